import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor } from './entities-for.js';

describe('a dated earlier step told without its sides', () => {
  const specs = [['ORG', 'Ville de Granville'], ['ORG', 'Commune de Tiassalé']] as const;

  it('keeps "le texte prolonge une charte signée en 2019" apart, between the same sides', () => {
    const text =
      'La Ville de Granville et la Commune de Tiassalé ont signé le 4 mai 2026 une convention de coopération. Le texte prolonge la charte d’amitié signée en avril 2019 par les maires de l’époque.';
    const agreements = agreementsFor(text, [...specs], [dateFor(text, '4 mai 2026', '2026-05-04'), dateFor(text, 'avril 2019', '2019-04')]);
    expect(agreements).toHaveLength(2);
    expect(agreements[1]?.kind).toMatch(/^charte d’amitié/);
    expect(agreements[1]).toMatchObject({ status: 'signed', date: '2019-04', parties: ['Ville de Granville', 'Commune de Tiassalé'] });
  });

  it('does not split off a signing of the same year', () => {
    const text =
      'La Ville de Granville et la Commune de Tiassalé ont signé le 4 mai 2026 une convention de coopération. La charte d’amitié signée en mai 2026 complète ce texte.';
    const agreements = agreementsFor(text, [...specs], [dateFor(text, '4 mai 2026', '2026-05-04'), dateFor(text, 'mai 2026', '2026-05')]);
    expect(agreements).toHaveLength(1);
  });
});
