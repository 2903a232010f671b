import { describe, expect, it } from 'vitest';
import { dateFor, missionFor } from './entities-for.js';

describe('a trip dated by a day and by the range of its stay', () => {
  it('takes the range when the day is its last day or the next', () => {
    const text =
      'HALDEN, May 8, 2026 - A trade mission from Tromsø wrapped up its visit to Halden on Thursday, May 7. "We came to listen," said the head of the Tromsø Harbour Authority, which led the mission to Halden from May 4-7.';
    const dates = [dateFor(text, 'May 8, 2026', '2026-05-08'), dateFor(text, 'Thursday, May 7', '2026-05-07'), dateFor(text, 'May 4-7', '2026-05-04/2026-05-07')];
    expect(missionFor(text, [['ORG', 'Tromsø Harbour Authority'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], dates, 'en')?.date).toBe('2026-05-04/2026-05-07');
  });

  it('keeps its day when the range is another time', () => {
    const text =
      'HALDEN, May 8, 2026 - A trade mission from Tromsø wrapped up its visit to Halden on Thursday, May 7. "We came to listen," said the head of the Tromsø Harbour Authority, which led a first mission to Halden from March 2-5.';
    const dates = [dateFor(text, 'May 8, 2026', '2026-05-08'), dateFor(text, 'Thursday, May 7', '2026-05-07'), dateFor(text, 'March 2-5', '2026-03-02/2026-03-05')];
    expect(missionFor(text, [['ORG', 'Tromsø Harbour Authority'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], dates, 'en')?.date).toBe('2026-05-07');
  });
});
