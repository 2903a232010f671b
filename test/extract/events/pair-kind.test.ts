import { describe, expect, it } from 'vitest';
import { agreementsFor, eventsFor } from './entities-for.js';


describe('a pair noun names two bodies of its kind', () => {
  it('reads "les deux établissements" as the two schools named just before, not the twinned towns', () => {
    const text = [
      'La charte de jumelage entre Arbois et Kolda a été signée en 1990.',
      'Depuis 2012, le Lycée agricole de Arbois et le Collège technique de Kolda échangent quelques élèves chaque printemps.',
      "Une entente de mobilité entre les deux établissements pourrait être signée l'an prochain.",
    ].join(' ');
    const out = agreementsFor(text, [['PLACE', 'Arbois'], ['PLACE', 'Kolda'], ['ORG', 'Lycée agricole de Arbois'], ['ORG', 'Collège technique de Kolda']]);
    expect(out.map((e) => e.parties)).toEqual([
      ['Arbois', 'Kolda'],
      ['Lycée agricole de Arbois', 'Collège technique de Kolda'],
    ]);
  });

  it('reads "the two hospitals" as the hospitals of the agreement before, not a country named since', () => {
    const text = [
      'The Arden General Hospital and the Velm Health Board signed a memorandum of understanding in Velm.',
      'The memorandum was signed in the presence of a delegation from Wales, and Wales will fund the first exchanges.',
      'The two hospitals also intend to sign a nursing training agreement next year.',
    ].join(' ');
    const out = agreementsFor(text, [['ORG', 'Arden General Hospital'], ['ORG', 'Velm Health Board'], ['PLACE', 'Velm'], ['PLACE', 'Wales']], [], 'en');
    expect(out.map((e) => e.parties)).toEqual([
      ['Arden General Hospital', 'Velm Health Board'],
      ['Arden General Hospital', 'Velm Health Board'],
    ]);
  });

  it('still reads "les deux villes" as the towns of the agreement before', () => {
    const text = 'Arbois et Kolda ont signé une charte de jumelage en 1990. Les deux villes prévoient de signer une convention culturelle.';
    const out = agreementsFor(text, [['PLACE', 'Arbois'], ['PLACE', 'Kolda']]);
    expect(out.map((e) => e.parties)).toEqual([
      ['Arbois', 'Kolda'],
      ['Arbois', 'Kolda'],
    ]);
  });
});
