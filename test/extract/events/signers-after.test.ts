import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('signers told in the sentence after the agreement', () => {
  it('reads "X et Y ont apposé leur signature" after the signing sentence', () => {
    const text =
      "L'Université de Campbellton et l'Université de Poitiers ont signé un accord de coopération. Le recteur, M. Paul Leduc, et la présidente, Mme Anne Roy, ont apposé leur signature lors d'une cérémonie à Poitiers.";
    const [e] = eventsFor(text, [['ORG', 'Université de Campbellton'], ['ORG', 'Université de Poitiers'], ['PERSON', 'Paul Leduc'], ['PERSON', 'Anne Roy'], ['PLACE', 'Poitiers']]);
    expect(e).toMatchObject({ type: 'agreement', signatories: ['Paul Leduc', 'Anne Roy'], place: 'Poitiers' });
  });

  it('does not take people of a later sentence that signs nothing', () => {
    const text =
      "L'Université de Campbellton et l'Université de Poitiers ont signé un accord de coopération. Le recteur, M. Paul Leduc, a salué une étape importante.";
    const [e] = eventsFor(text, [['ORG', 'Université de Campbellton'], ['ORG', 'Université de Poitiers'], ['PERSON', 'Paul Leduc']]);
    expect(e?.signatories).toEqual([]);
  });
});

describe('where a lead agreement was signed', () => {
  it('places the story’s lead agreement, told with no place, where the news was filed', () => {
    const text =
      'RIMOUSKI – La Ville de Rimouski et la Ville de Lorient ont renouvelé leur jumelage. Les deux villes prévoient de signer une convention culturelle.';
    const out = eventsFor(text, [['PLACE', 'Rimouski', 'RIMOUSKI'], ['ORG', 'Ville de Rimouski'], ['ORG', 'Ville de Lorient']]);
    expect(out[0]).toMatchObject({ status: 'signed', place: 'Rimouski' });
    expect(out[1]?.place).toBeUndefined();
  });
});
