import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const news = `Corvale firms head to Brennmoor

CORVALE, March 3, 2026 – The Corvale Development Agency led a trade mission to Brennmoor from February 23 to 26, 2026, headed by its chair, Teodora Quillane. Twelve companies took part.

`;

describe('"X was on its third Y mission. The first, in <date>, …" tells the earlier trip', () => {
  it('reads the first of the counted trips as a trip of its own, dated by its sentence', () => {
    const text = `${news}The Corvale Development Agency was on its third Brennmoor mission. The first, in October 2023, had looked at timber.`;
    const trips = extract(text).events.filter((e) => e.type === 'mission');
    expect(trips.map((t) => t.date)).toEqual(['2026-02-23/2026-02-26', '2023-10']);
    expect(trips[1]?.parties).toEqual(['Corvale Development Agency', 'Brennmoor']);
  });

  it('makes no second trip of a count that no earlier trip follows', () => {
    const text = `${news}It was the Corvale Development Agency's second Brennmoor mission. The companies met buyers in October.`;
    expect(extract(text).events.filter((e) => e.type === 'mission')).toHaveLength(1);
  });
});
