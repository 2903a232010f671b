import { describe, expect, it } from 'vitest';
import { agreementFor, agreementsFor } from './entities-for.js';

describe('a pair noun of schools', () => {
  it('reads "les deux lycées" as the two lycées named before', () => {
    const text =
      "Le lycée Jean-Roy de Montclar et le lycée Paul-Gil de Varenne échangent des élèves depuis 2019. Les deux lycées ont signé mardi une convention d'échanges.";
    expect(agreementFor(text, [['ORG', 'lycée Jean-Roy de Montclar'], ['ORG', 'lycée Paul-Gil de Varenne']])?.parties).toEqual(['lycée Jean-Roy de Montclar', 'lycée Paul-Gil de Varenne']);
  });

  it('reads "the two colleges" as the two colleges named before, not the towns', () => {
    const text =
      'Arden College and Nordby College have exchanged students since 2010, and officials from Arden and Nordby met on Monday. The two colleges signed a memorandum of understanding on nursing.';
    expect(agreementFor(text, [['ORG', 'Arden College'], ['ORG', 'Nordby College'], ['PLACE', 'Arden'], ['PLACE', 'Nordby']], [], 'en')?.parties).toEqual(['Arden College', 'Nordby College']);
  });

  it('leaves "les deux ports", which often names two towns, out of the pair nouns', () => {
    const text = "Le Port de Montclar et le Port de Varenne échangent depuis 2010. Une exposition sur les deux ports et un projet de jumelage d'écoles sont évoqués.";
    expect(agreementsFor(text, [['ORG', 'Port de Montclar'], ['ORG', 'Port de Varenne']])).toEqual([]);
  });
});
