import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('an agency named by a domain word and a place, listed before another body', () => {
  it('splits "Invest <Place> and <X> College"', () => {
    const text = 'The program is run by Invest Hamilton and Redhill College since May.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Hamilton')])).toEqual(['Invest Hamilton', 'Redhill College']);
  });

  it('keeps a name whose domain words are no place', () => {
    const text = 'The Business Development and Innovation Council met in Hamilton.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Hamilton')])).toEqual(['Business Development and Innovation Council']);
  });
});
