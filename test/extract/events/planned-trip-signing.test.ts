import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor } from './entities-for.js';

const specs = [['ORG', 'Ostrevik Chamber of Commerce'], ['ORG', 'Caldmoor Trade Board'], ['PLACE', 'Ostrevik'], ['PLACE', 'Caldmoor']] as const;

describe('a planned signing told with a trip to come', () => {
  it('is to be signed where that trip goes', () => {
    const text =
      'The Ostrevik Chamber of Commerce and the Caldmoor Trade Board are expected to sign a cooperation agreement in May 2027, when a Caldmoor delegation travels to Ostrevik.';
    const dates = [dateFor(text, 'May 2027', '2027-05')];
    expect(agreementFor(text, specs, dates, 'en')?.place).toBe('Ostrevik');
  });

  it('keeps no place when the trip is dated in another month than the signing', () => {
    const text =
      'The Ostrevik Chamber of Commerce and the Caldmoor Trade Board are expected to sign a cooperation agreement in May 2027, when the talks begun as a Caldmoor delegation travels to Ostrevik in March 2027 are over.';
    const dates = [dateFor(text, 'May 2027', '2027-05'), dateFor(text, 'March 2027', '2027-03')];
    const agreement = agreementFor(text, specs, dates, 'en');
    expect(agreement).toBeDefined();
    expect(agreement!.place).toBeUndefined();
  });
});

const frSpecs = [['ORG', "Chambre de commerce d'Ostrevik"], ['ORG', 'Conseil de Caldmoor'], ['PLACE', 'Ostrevik'], ['PLACE', 'Caldmoor']] as const;

describe('a planned signing told with a trip to come, in French', () => {
  it("is to be signed where the trip goes after an elided lorsqu'", () => {
    const text =
      "La Chambre de commerce d'Ostrevik et le Conseil de Caldmoor devraient signer un accord de coopération en mai 2027, lorsqu'une délégation de Caldmoor sera en visite à Ostrevik.";
    const dates = [dateFor(text, 'mai 2027', '2027-05')];
    expect(agreementFor(text, frSpecs, dates, 'fr')?.place).toBe('Ostrevik');
  });

  it('keeps no place when the trip is told after the signing (après que)', () => {
    const text =
      "La Chambre de commerce d'Ostrevik et le Conseil de Caldmoor devraient signer un accord de coopération en mai 2027, après qu'une délégation de Caldmoor sera en visite à Ostrevik.";
    const dates = [dateFor(text, 'mai 2027', '2027-05')];
    const agreement = agreementFor(text, frSpecs, dates, 'fr');
    expect(agreement).toBeDefined();
    expect(agreement?.place).toBeUndefined();
  });
});
