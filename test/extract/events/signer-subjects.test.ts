import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

describe('people told as the subject of a signing sign the agreement', () => {
  it('adds the second mayor of "A signed the document …, while Mayor B signed in Y"', () => {
    const text =
      'Oakport and Seto signed a friendship agreement on Monday. Mayor Dana Miles signed the document at City Hall at noon, while Mayor Aiko Morimoto signed in Seto the next morning.';
    const e = agreementFor(text, [['PERSON', 'Dana Miles'], ['PERSON', 'Aiko Morimoto'], ['PLACE', 'Oakport'], ['PLACE', 'Seto']], [], 'en');
    expect(e?.signatories).toEqual(expect.arrayContaining(['Dana Miles', 'Aiko Morimoto']));
  });

  it('reads "Les deux directeurs qui l\'ont signée, A et B" two sentences after the agreement', () => {
    const text =
      "L'École Horizon et l'Institut Sanaga ont signé une lettre d'intention le 3 mai. La mairie s'en félicite. Les deux directeurs qui l'ont signée, Rose Mbida et Luc Armand, veulent aller vite.";
    const e = agreementFor(text, [['ORG', 'École Horizon'], ['ORG', 'Institut Sanaga'], ['PERSON', 'Rose Mbida'], ['PERSON', 'Luc Armand']]);
    expect(e?.signatories).toEqual(['Rose Mbida', 'Luc Armand']);
  });

  it('leaves out a person who did not sign', () => {
    const text = "L'École Horizon et l'Institut Sanaga ont signé une lettre d'intention le 3 mai. La ministre Rose Mbida a salué ce texte.";
    expect(agreementFor(text, [['ORG', 'École Horizon'], ['ORG', 'Institut Sanaga'], ['PERSON', 'Rose Mbida']])?.signatories).toEqual([]);
  });
});
