import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const TEXT = `Dunmere mission returns from Lithuania

DUNMERE – A week in Lithuania produced dozens of meetings, members of the Dunmere Regional Council first trade mission to the country said on their return.

The mission, held from November 1 to 7, 2026, took 20 participants to Vilnius and Panevėžys. It was led by Regional Chair Tom Avery and included the Dunmere Chamber of Commerce. The Panevėžys City Council and the Panevėžys Institute of Technology HOSTED, while the Baltic Trade Agency organized meetings in Vilnius.`;

describe('"X hosted the delegation in Y" after a trip', () => {
  it('retells that trip: X joins its sides, and no second trip is told', () => {
    const trips = extract(TEXT.replace('HOSTED', 'hosted the delegation in Panevėžys'), { language: 'en' }).events.filter((e) => e.type === 'mission');
    expect(trips).toHaveLength(1);
    expect(trips[0]?.parties).toEqual(expect.arrayContaining(['Dunmere Regional Council', 'Panevėžys City Council']));
  });

  it('"hosted a delegation from Z" (indefinite) tells another trip', () => {
    const trips = extract(TEXT.replace('HOSTED', 'hosted a delegation from Vilnius in Panevėžys last year'), { language: 'en' }).events.filter((e) => e.type === 'mission');
    expect(trips).toHaveLength(2);
  });
});
