import { describe, expect, it } from 'vitest';
import { dateFor, missionFor } from './entities-for.js';

describe('a dateline whose date stands between two dashes', () => {
  it('keeps "REGINA — Oct. 3, 2026 —" out of the trip told after it', () => {
    const text =
      'REGINA — Oct. 3, 2026 — Seven companies from Saskatchewan are back from Chile after a business mission to Santiago. The mission, led by Ann Kerr, ran from Sept. 21 to 25.';
    const dates = [dateFor(text, 'Oct. 3, 2026', '2026-10-03'), dateFor(text, 'Sept. 21 to 25', '--09-21/--09-25')];
    expect(missionFor(text, [['PLACE', 'REGINA'], ['PLACE', 'Saskatchewan'], ['PLACE', 'Chile'], ['PLACE', 'Santiago'], ['PERSON', 'Ann Kerr']], dates, 'en')?.date).toBe('--09-21/--09-25');
  });
});
