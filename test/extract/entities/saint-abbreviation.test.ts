import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('an abbreviated saint opening an English name', () => {
  it('keeps "St." and "Ste." in the name', () => {
    const text = 'She studied at Ste. Marie University before joining St. Lucy College in the fall.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['St. Lucy College', 'Ste. Marie University']);
  });
});
