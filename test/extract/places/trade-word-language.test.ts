import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en', 'sorted');

describe('findPlaces: a common word names a body trade in its own language only', () => {
  it('reads a town named by an English-only common word after a French chamber', () => {
    expect(names('La Chambre de commerce de Reading a signé un accord.', 'fr')).toEqual(['Reading']);
  });

  it('still reads the English common word as the chamber trade in English', () => {
    expect(names('The Chamber of Commerce of Reading signed an agreement.', 'en')).toEqual([]);
  });
});
