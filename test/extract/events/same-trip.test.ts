import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('a signing told "on the same trip"', () => {
  const specs = [
    ['ORG', 'City of Arden'],
    ['PLACE', 'Nordby'],
    ['ORG', 'Kestrel Foods'],
    ['ORG', 'Nordby Harbour Exports'],
    ['ORG', 'Nordby Municipal Council'],
  ] as const;
  const trip = 'A delegation from the City of Arden was in Nordby from 16 to 20 November 2026. The City of Arden and Nordby Municipal Council signed a memorandum. ';

  it('adds an agreement, and leaves the trip its own sides', () => {
    const en = trip + 'On the same trip, Kestrel Foods signed a supply agreement with Nordby Harbour Exports, one of the largest processors in Nordby.';
    const events = eventsFor(en, specs, [dateFor(en, '16 to 20 November 2026', '2026-11-16/2026-11-20')], 'en');
    expect(events.map((e) => [e.type, e.parties])).toEqual([
      ['mission', ['City of Arden', 'Nordby']],
      ['agreement', ['City of Arden', 'Nordby Municipal Council']],
      ['agreement', ['Kestrel Foods', 'Nordby Harbour Exports']],
    ]);
  });

  it('still reads a trip announced with an indefinite article as a trip of its own', () => {
    const en = trip + 'Kestrel Foods will lead a trade mission to Nordby in May 2027, and hopes to sign a supply agreement with Nordby Harbour Exports.';
    const events = eventsFor(en, specs, [dateFor(en, '16 to 20 November 2026', '2026-11-16/2026-11-20')], 'en');
    expect(events.filter((e) => e.type === 'mission').map((e) => e.parties)).toEqual([
      ['City of Arden', 'Nordby'],
      ['Kestrel Foods', 'Nordby'],
    ]);
  });
});
