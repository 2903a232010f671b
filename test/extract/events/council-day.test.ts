import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor } from './entities-for.js';

const SIDES = [['ORG', 'Ville de Sornac'], ['ORG', 'Ville de Brivelle'], ['PLACE', 'Brivelle']] as const;

describe('a plan is not dated by the day a council examines its text', () => {
  it('dates "y signeront une charte, que le conseil doit examiner le 3 mars" by the trip it is signed on', () => {
    const text =
      "Une délégation de Sornac se rendra à Brivelle en juin 2027. La Ville de Sornac et la Ville de Brivelle y signeront alors une charte d'amitié, que le conseil municipal doit examiner le 3 mars.";
    const dates = [dateFor(text, 'juin 2027', '2027-06'), dateFor(text, '3 mars', '--03-03')];
    expect(agreementFor(text, [...SIDES], dates)?.date).toBe('2027-06');
  });

  it('keeps the day a plan is to be signed on', () => {
    const text =
      "Une délégation de Sornac se rendra à Brivelle en juin 2027. La Ville de Sornac et la Ville de Brivelle signeront une charte d'amitié le 3 mars.";
    const dates = [dateFor(text, 'juin 2027', '2027-06'), dateFor(text, '3 mars', '--03-03')];
    expect(agreementFor(text, [...SIDES], dates)?.date).toBe('--03-03');
  });
});
