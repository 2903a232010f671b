import { describe, expect, it } from 'vitest';
import { agreementsFor } from './entities-for.js';

describe('"a memorandum would matter more for X": the worth of an agreement, none in particular', () => {
  it('is no agreement (English and French)', () => {
    const en = 'Observers say a memorandum would matter more for Tromsø than for Leith.';
    expect(agreementsFor(en, [['PLACE', 'Tromsø'], ['PLACE', 'Leith']], [], 'en')).toEqual([]);
    const fr = 'Selon les observateurs, une convention serait plus utile à Lorient qu\'à Vigo.';
    expect(agreementsFor(fr, [['PLACE', 'Lorient'], ['PLACE', 'Vigo']])).toEqual([]);
  });

  it('keeps "a memorandum would be signed by X and Y": a plan', () => {
    const text = 'Officials said a memorandum would be signed by the Port of Leith and the Tromsø Harbour Board next spring.';
    const out = agreementsFor(text, [['ORG', 'Port of Leith'], ['ORG', 'Tromsø Harbour Board']], [], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]?.status).toBe('planned');
  });
});
