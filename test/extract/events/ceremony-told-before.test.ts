import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor } from './entities-for.js';

const SPECS = [['ORG', 'Quarrow University'], ['ORG', 'Eldham University'], ['PLACE', 'Eldham']] as const;

function dealDate(held: string): string | undefined {
  const text = `A delegation from Quarrow visited Eldham from 2 to 6 November.\n\nThe week ended with a signed memorandum of understanding between Quarrow University and Eldham University.\n\n${held} on Wednesday 4 November at the city arena. The two rectors signed the memorandum in front of their students.`;
  const dates = [dateFor(text, '2 to 6 November', '2026-11-02/2026-11-06'), dateFor(text, 'Wednesday 4 November', '2026-11-04')];
  return agreementsFor(text, [...SPECS], dates, 'en')[0]?.date;
}

describe('a signing whose ceremony day is told in the sentence just before a mention', () => {
  it('takes "The official signing was held on Wednesday 4 November", not the trip\'s days', () => {
    expect(dealDate('The official signing was held')).toBe('2026-11-04');
  });

  it('leaves alone a sentence before that tells another event\'s day', () => {
    expect(dealDate('The council dinner was held')).toBe('2026-11-02/2026-11-06');
  });
});
