import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a local agency named by its territory then its domain', () => {
  it('reads "<Place> Economic Development" and "<Place> Tourism" when the text names the place', () => {
    const text = 'In Red Deer, a representative of Red Deer Economic Development met Ottawa Tourism, based in Ottawa.';
    const places = [placeAt(text, 'Red Deer'), { ...placeAt(text, 'in Ottawa'), start: text.indexOf('in Ottawa') + 3, name: 'Ottawa' }];
    expect(namesOf(text, 'ORG', 'en', places)).toEqual(['Ottawa Tourism', 'Red Deer Economic Development']);
  });

  it('keeps a second portfolio after "and"', () => {
    const text = 'Officials from Yukon Economic Development and Trade came to Yukon.';
    const at = text.lastIndexOf('Yukon');
    expect(namesOf(text, 'ORG', 'en', [{ start: at, end: at + 5, name: 'Yukon', confidence: 0.9 }])).toEqual(['Yukon Economic Development and Trade']);
  });

  it('takes nothing when the words before are no place of the text', () => {
    expect(namesOf('The Regional Economic Development plan was tabled.', 'ORG', 'en')).toEqual([]);
  });
});
