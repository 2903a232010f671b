import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('signers told in the sentence after the agreement', () => {
  it('reads "X et Y ont apposé leur signature" after the signing sentence', () => {
    const text =
      "L'Université de Moncton et l'Université de Poitiers ont signé un accord de coopération. Le recteur, M. Paul Leduc, et la présidente, Mme Anne Roy, ont apposé leur signature lors d'une cérémonie à Poitiers.";
    const [e] = eventsFor(text, [['ORG', 'Université de Moncton'], ['ORG', 'Université de Poitiers'], ['PERSON', 'Paul Leduc'], ['PERSON', 'Anne Roy'], ['PLACE', 'Poitiers']]);
    expect(e).toMatchObject({ type: 'agreement', signatories: ['Paul Leduc', 'Anne Roy'], place: 'Poitiers' });
  });

  it('does not take people of a later sentence that signs nothing', () => {
    const text =
      "L'Université de Moncton et l'Université de Poitiers ont signé un accord de coopération. Le recteur, M. Paul Leduc, a salué une étape importante.";
    const [e] = eventsFor(text, [['ORG', 'Université de Moncton'], ['ORG', 'Université de Poitiers'], ['PERSON', 'Paul Leduc']]);
    expect(e?.signatories).toEqual([]);
  });
});
