import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor } from './entities-for.js';

describe('a signing entry of a programme under a day heading', () => {
  const text = [
    'PROGRAMME DES RENCONTRES',
    '',
    'MERCREDI 4 MARS — Salle des fêtes',
    '',
    '9h00 — Accueil des invités',
    '',
    '11h00 — Signature de la convention de partenariat entre le Collège Vauclair et le Lycée Marmonde',
  ].join('\n');

  it('takes the day of its heading', () => {
    const agreements = agreementsFor(text, [['ORG', 'Collège Vauclair'], ['ORG', 'Lycée Marmonde']], [dateFor(text, '4 MARS', '--03-04')]);
    expect(agreements).toHaveLength(1);
    expect(agreements[0]!.date).toBe('--03-04');
  });

  it('takes the day when the heading and the entries run on as one sentence', () => {
    const run = ['PROGRAMME', 'Mercredi 4 mars', '9h00 : accueil des invités', '11h00 : signature de la convention de partenariat entre le Collège Vauclair et le Lycée Marmonde'].join('\n');
    const agreements = agreementsFor(run, [['ORG', 'Collège Vauclair'], ['ORG', 'Lycée Marmonde']], [dateFor(run, '4 mars', '--03-04')]);
    expect(agreements).toHaveLength(1);
    expect(agreements[0]!.date).toBe('--03-04');
  });

  it('takes no date from a day told in a paragraph of prose', () => {
    const prose = [
      'PROGRAMME DES RENCONTRES',
      '',
      "Les invités arriveront le 4 mars à la salle des fêtes, où un déjeuner sera servi avant la visite du port de plaisance.",
      '',
      '11h00 — Signature de la convention de partenariat entre le Collège Vauclair et le Lycée Marmonde',
    ].join('\n');
    const agreements = agreementsFor(prose, [['ORG', 'Collège Vauclair'], ['ORG', 'Lycée Marmonde']], [dateFor(prose, '4 mars', '--03-04')]);
    expect(agreements).toHaveLength(1);
    expect(agreements[0]!.date).toBeUndefined();
  });

  it('takes no heading day for a signing that is no timetable entry', () => {
    const plain = ['Mercredi 4 mars', '', 'Le Collège Vauclair et le Lycée Marmonde signeront une convention de partenariat.'].join('\n');
    const agreements = agreementsFor(plain, [['ORG', 'Collège Vauclair'], ['ORG', 'Lycée Marmonde']], [dateFor(plain, '4 mars', '--03-04')]);
    expect(agreements).toHaveLength(1);
    expect(agreements[0]!.date).toBeUndefined();
  });
});
