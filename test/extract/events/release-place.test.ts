import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor } from './entities-for.js';

describe('the town line of a press release places its lead signing', () => {
  const specs = [['ORG', 'Ville de Valbrune'], ['ORG', 'Commune de Morlanges'], ['PLACE', 'Valbrune'], ['PLACE', 'Morlanges']] as const;

  it('gives the town of "Valbrune, le 6 mai 2026" to an agreement signed with no place told', () => {
    const text =
      'COMMUNIQUÉ DE PRESSE\nValbrune, le 6 mai 2026\n\nLa Ville de Valbrune et la Commune de Morlanges ont signé une convention de coopération le lundi 4 mai, dans la salle des Cordiers.';
    expect(agreementFor(text, specs, [dateFor(text, '6 mai 2026', '2026-05-06'), dateFor(text, 'lundi 4 mai', '2026-05-04')])?.place).toBe('Valbrune');
  });

  it('reads no town from a date line further down the text (a quoted letter, a programme)', () => {
    const text =
      'La Ville de Valbrune et la Commune de Morlanges ont signé une convention de coopération le lundi 4 mai, dans la salle des Cordiers. ' +
      'Le texte de quatre pages fixe trois priorités communes pour les deux villes, dont le patrimoine, la jeunesse et le tourisme fluvial, ' +
      'et prévoit un comité de suivi annuel, une lettre d\'information commune et des échanges réguliers entre les services techniques.\n' +
      'Valbrune, le 6 mai 2026\n';
    expect(agreementFor(text, specs, [dateFor(text, 'lundi 4 mai', '2026-05-04'), dateFor(text, '6 mai 2026', '2026-05-06')])?.place).toBeUndefined();
  });
});
