import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor, missionsFor } from './entities-for.js';

describe('a trip that returns an earlier one', () => {
  it('tells the earlier trip apart, with its own date and leader', () => {
    const text = [
      'A delegation from Dayton spent the week in Waterford from 12 to 16 October.',
      'The trip returned the one made in May 2025 by a council delegation led by Cllr Ann Kearney, who spent four days in Dayton.',
    ].join(' ');
    const trips = missionsFor(
      text,
      [['PLACE', 'Dayton'], ['PLACE', 'Waterford'], ['PERSON', 'Ann Kearney']],
      [dateFor(text, 'from 12 to 16 October', '--10-12/--10-16'), dateFor(text, 'May 2025', '2025-05')],
      'en',
    );
    expect(trips).toHaveLength(2);
    const earlier = trips.find((e) => e.date === '2025-05');
    expect(earlier?.signatories).toEqual(['Ann Kearney']);
    expect(earlier?.place).toBe('Dayton');
    expect(trips.find((e) => e.date !== '2025-05')?.signatories).toEqual([]);
  });

  it('stays one trip when no verb relates the two nouns', () => {
    const text = 'A delegation from Dayton spent the week in Waterford from 12 to 16 October, a trip led by Cllr Ann Kearney.';
    const trips = eventsFor(text, [['PLACE', 'Dayton'], ['PLACE', 'Waterford'], ['PERSON', 'Ann Kearney']], [dateFor(text, 'from 12 to 16 October', '--10-12/--10-16')], 'en').filter(
      (e) => e.type === 'mission',
    );
    expect(trips).toHaveLength(1);
  });
});
