import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('"a memorandum would matter more for X": the worth of an agreement, none in particular', () => {
  it('is no agreement (English and French)', () => {
    const en = 'Observers say a memorandum would matter more for Tromsø than for Leith.';
    expect(eventsFor(en, [['PLACE', 'Tromsø'], ['PLACE', 'Leith']], [], 'en').filter((e) => e.type === 'agreement')).toEqual([]);
    const fr = 'Selon les observateurs, une convention serait plus utile à Lorient qu\'à Vigo.';
    expect(eventsFor(fr, [['PLACE', 'Lorient'], ['PLACE', 'Vigo']]).filter((e) => e.type === 'agreement')).toEqual([]);
  });

  it('keeps "a memorandum would be signed by X and Y": a plan', () => {
    const text = 'Officials said a memorandum would be signed by the Port of Leith and the Tromsø Harbour Board next spring.';
    const out = eventsFor(text, [['ORG', 'Port of Leith'], ['ORG', 'Tromsø Harbour Board']], [], 'en').filter((e) => e.type === 'agreement');
    expect(out).toHaveLength(1);
    expect(out[0]?.status).toBe('planned');
  });
});
