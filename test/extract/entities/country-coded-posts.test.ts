import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a diplomatic post after a country code in capitals', () => {
  it('reads the code, the head and the seat as one name', () => {
    const text = 'Staff of the UK Consulate General in Mombasa and the US Embassy helped with visas.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['UK Consulate General in Mombasa', 'US Embassy']);
  });

  it('leaves a lower-case delegation and an acronym that is no country alone', () => {
    const text = 'The US delegation met the ABC Embassy staff on Monday.';
    expect(namesOf(text, 'ORG', 'en').filter((n) => n.startsWith('US') || n.startsWith('ABC Embassy'))).toEqual([]);
  });
});
