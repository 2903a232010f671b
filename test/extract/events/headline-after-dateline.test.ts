import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor } from './entities-for.js';

describe('a signing first named in the headline, dated under a dateline', () => {
  const specs = [['ORG', 'Ville de Morvaux'], ['ORG', 'Commune de Tessan'], ['PLACE', 'Morvaux'], ['PLACE', 'Tessan']] as const;

  it('takes the day the lead tells, not the dateline\'s own date', () => {
    const fr =
      "La Gazette\nMorvaux et Tessan signent leur convention\n\nMorvaux, jeudi 19 novembre 2026 – Morvaux et Tessan ont scellé leur partenariat le 17 novembre, à l'hôtel de ville de Tessan.\n\nLa convention de coopération a été signée par la Ville de Morvaux et la Commune de Tessan.";
    const out = agreementsFor(fr, [...specs], [dateFor(fr, 'jeudi 19 novembre 2026', '2026-11-19'), dateFor(fr, '17 novembre', '2026-11-17')]);
    expect(out[0]!.date).toBe('2026-11-17');
  });

  it('still takes a date of the story that follows the headline', () => {
    const fr =
      "La Gazette\nMorvaux et Tessan signent leur convention\n\nLe 17 novembre, Morvaux et Tessan ont scellé leur partenariat, à l'hôtel de ville de Tessan.\n\nLa convention de coopération a été signée par la Ville de Morvaux et la Commune de Tessan.";
    const out = agreementsFor(fr, [...specs], [dateFor(fr, '17 novembre', '2026-11-17')]);
    expect(out[0]!.date).toBe('2026-11-17');
  });
});
