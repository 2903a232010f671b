import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

describe('signing told in the imperfect or as "apposer leurs signatures"', () => {
  it('reads the signers of "le maire X et son homologue Y signaient la charte"', () => {
    const text = "Ce matin-là, à Brioude, le maire Paul Verdier et son homologue de Tarnos, Anne Lesage, signaient la charte d'amitié entre les deux villes.";
    const e = agreementFor(text, [['PERSON', 'Paul Verdier'], ['PERSON', 'Anne Lesage'], ['PLACE', 'Brioude'], ['PLACE', 'Tarnos']]);
    expect(e?.signatories).toEqual(['Paul Verdier', 'Anne Lesage']);
  });

  it('adds the people who "ont apposé leurs signatures sur l\'avenant" to the agreement just named', () => {
    const text =
      "Le Lycée Vauban et le Collège Ste-Anne ont renouvelé leur accord d'échanges. La proviseure Inès Carvalho et le directeur Marc Aubry ont apposé leurs signatures sur l'avenant.";
    const e = agreementFor(text, [['ORG', 'Lycée Vauban'], ['ORG', 'Collège Ste-Anne'], ['PERSON', 'Inès Carvalho'], ['PERSON', 'Marc Aubry']]);
    expect(e?.signatories).toEqual(['Inès Carvalho', 'Marc Aubry']);
  });
});
