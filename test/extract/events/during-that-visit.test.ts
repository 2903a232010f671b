import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor } from './entities-for.js';

describe('an agreement to be signed "during that visit"', () => {
  it('takes the date and place of the trip told just before (English)', () => {
    const text =
      'A Halifax delegation led by the Mayor will travel to Galway in June 2027. During that visit, Harbourside University and the University of Connacht expect to sign a memorandum of understanding on marine research.';
    const specs = [['ORG', 'Harbourside University'], ['ORG', 'University of Connacht'], ['PLACE', 'Halifax'], ['PLACE', 'Galway']] as const;
    const e = agreementFor(text, specs, [dateFor(text, 'June 2027', '2027-06')], 'en');
    expect(e).toMatchObject({ status: 'planned', date: '2027-06', place: 'Galway' });
  });

  it('reads "Lors de cette visite" in French', () => {
    const text =
      "Une délégation de Rimouski se rendra à Vigo en juin 2027. Lors de cette visite, le Cégep de Rimouski et l'Université de Vigo comptent signer une entente de recherche.";
    const specs = [['ORG', 'Cégep de Rimouski'], ['ORG', 'Université de Vigo'], ['PLACE', 'Rimouski'], ['PLACE', 'Vigo']] as const;
    const e = agreementFor(text, specs, [dateFor(text, 'juin 2027', '2027-06')]);
    expect(e).toMatchObject({ status: 'planned', date: '2027-06', place: 'Vigo' });
  });

  it('leaves a plan told after a trip with no such cue undated and unplaced', () => {
    const text =
      'A Halifax delegation led by the Mayor will travel to Galway in June 2027. Separately, Harbourside University and the University of Connacht expect to sign a memorandum of understanding on marine research.';
    const specs = [['ORG', 'Harbourside University'], ['ORG', 'University of Connacht'], ['PLACE', 'Halifax'], ['PLACE', 'Galway']] as const;
    const e = agreementFor(text, specs, [dateFor(text, 'June 2027', '2027-06')], 'en');
    expect(e?.place).toBeUndefined();
  });
});
