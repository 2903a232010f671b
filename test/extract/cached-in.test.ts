import { describe, expect, it } from 'vitest';
import { DocumentCache } from '../../src/extract/cached-in.js';

describe('DocumentCache', () => {
  it('computes a key once per document, undefined values included', () => {
    const cache = new DocumentCache<object, string | undefined>();
    const key = {};
    let computed = 0;
    const compute = (): undefined => {
      computed++;
      return undefined;
    };
    cache.cached('Le maire de Brivonne signe.', key, compute);
    cache.cached('Le maire de Brivonne signe.', key, compute);
    expect(computed).toBe(1);
  });

  it('forgets the values of the document before once another is asked about', () => {
    const cache = new DocumentCache<object, number>();
    const key = {};
    expect(cache.cached('first text', key, () => 1)).toBe(1);
    expect(cache.cached('second text', key, () => 2)).toBe(2);
    expect(cache.cached('second text', key, () => 3)).toBe(2);
  });
});
