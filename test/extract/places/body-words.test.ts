import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en');

describe('findPlaces: words of bodies and titles are no town alone', () => {
  it('does not take "Commerce" of a chamber or "Vice" of a title as a town', () => {
    expect(names('The delegation met the Valbrune Chamber of Commerce and Vice Mayor Jane Doe in Halifax.')).toEqual(['Halifax']);
  });

  it('keeps a longer place name that opens with such a word', () => {
    expect(names('The delegation then drove to Commerce City, Colorado, for a plant visit.')).toEqual(['Commerce City', 'Colorado']);
  });
});
