import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor } from './entities-for.js';

describe('a site named after its town places a signing in that town', () => {
  const signing = (site: string) =>
    `La Ville de Morlanges et la Commune de Fontclaire ont signé une convention de partenariat le 9 avril 2026 ${site}, lors du salon régional.`;
  const specs = (site: string) => [['ORG', 'Ville de Morlanges'], ['ORG', 'Commune de Fontclaire'], ['PLACE', site], ['PLACE', 'Valbrune']] as const;

  it('reads "au Parc des expositions de X" as X', () => {
    const text = signing('au Parc des expositions de Valbrune');
    expect(agreementFor(text, specs('Parc des expositions de Valbrune'), [dateFor(text, '9 avril 2026', '2026-04-09')])?.place).toBe('Valbrune');
  });

  it('leaves a port or an airport as it is named (where a trip lands, not always its town)', () => {
    const text = signing("à l'aéroport de Valbrune");
    expect(agreementFor(text, specs('aéroport de Valbrune'), [dateFor(text, '9 avril 2026', '2026-04-09')])?.place).toBe('aéroport de Valbrune');
  });
});
