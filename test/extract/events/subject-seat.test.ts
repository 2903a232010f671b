import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const signingPlace = (text: string): string | undefined => extract(text).events.find((e) => e.type === 'agreement')?.place;

describe('a place right after a body of the subject, before the signing verb', () => {
  it('says where the body sits, not where it was signed', () => {
    const text = 'TARNÓW, March 4 — The City of Tarnów and Hamar Municipality (Hamar kommune) in southern Norway signed a memorandum of understanding on Tuesday, March 3, in the council chamber.';
    expect(signingPlace(text)).toBe('Tarnów');
  });

  it('stays the signing place when it follows the verb', () => {
    const text = 'TARNÓW, March 4 — The City of Tarnów signed a memorandum of understanding with Hamar Municipality in Lillehammer and agreed on a first student exchange.';
    expect(signingPlace(text)).toBe('Lillehammer');
  });
});
