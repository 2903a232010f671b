import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a brand in camel case with an industry noun after it', () => {
  it('keeps the industry noun in the name', () => {
    const text = 'Every battery made at NextWave Energy needs parts; BioLume Solutions agrees.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['BioLume Solutions', 'NextWave Energy']);
  });

  it('stops at a word that is no industry noun', () => {
    expect(namesOf('The deal gives PayPal Monday to answer.', 'ORG', 'en')).toEqual(['PayPal']);
  });
});
