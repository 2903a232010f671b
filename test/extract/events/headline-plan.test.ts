import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor } from './entities-for.js';

describe('a headline that plans one text, and an earlier text signed', () => {
  const specs = [['ORG', 'commune de Dabou'], ['PLACE', 'Lannion'], ['PLACE', 'Dabou']] as const;

  it('keeps the dated signing of a text named otherwise apart from the plan', () => {
    const text =
      'Délibération n° 12 – Coopération avec la commune de Dabou : approbation d’une convention\n\nLe rapporteur rappelle que Lannion et Dabou avaient signé le 2 juin 2021 un protocole d’amitié. Le projet de convention soumis au conseil sera signé à Dabou en mars 2027.';
    const agreements = agreementsFor(text, [...specs], [dateFor(text, '2 juin 2021', '2021-06-02'), dateFor(text, 'mars 2027', '2027-03')]);
    expect(agreements.map((a) => [a.kind, a.status])).toEqual([
      ['convention', 'planned'],
      ['protocole d’amitié', 'signed'],
    ]);
  });

  it('lets a headline that plans a tie be sealed by any text', () => {
    const text = 'Vers un partenariat avec la commune de Dabou\n\nLannion et Dabou ont signé le 2 juin 2026 un protocole d’amitié.';
    const agreements = agreementsFor(text, [...specs], [dateFor(text, '2 juin 2026', '2026-06-02')]);
    expect(agreements).toHaveLength(1);
  });
});
