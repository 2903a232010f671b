import { describe, expect, it } from 'vitest';
import { duringTrip } from '../../../src/extract/events/trip-span.js';
import { extract } from '../../../src/extract/extract.js';

describe('an agreement takes a trip’s place only when it can have been signed during it', () => {
  it('tells a signing day from a trip of another year or month', () => {
    expect(duringTrip('2026-10-20', '2019-09')).toBe(false);
    expect(duringTrip('--10-20', '2019-09')).toBe(false);
    expect(duringTrip('2015', '--03-17/--03-20')).toBe(true);
    expect(duringTrip('2026-10-21', '2026-10-19/2026-10-24')).toBe(true);
    expect(duringTrip('--01-02', '--12-28/--01-04')).toBe(true);
    expect(duringTrip('--11-02', '--12-28/--01-04')).toBe(false);
  });

  it('does not place a signing where a trip of years before went', () => {
    const text =
      'Mayor Jane Doyle and Mayor Li Wen signed a sister city agreement between Tamworth Regional Council and the Weifang Municipal Government on Tuesday, 20 October. The link goes back to a Tamworth business mission to Shandong in September 2019. Councillor Ray Hill questioned the cost of hosting the delegation, and asked whether the agreement binds ratepayers to anything.';
    const deal = extract(text).events.find((e) => e.type === 'agreement');
    expect(deal?.place).not.toBe('Shandong');
  });
});
