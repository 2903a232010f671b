import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en', 'sorted');

describe('findPlaces: an English pronoun with a capital is no place', () => {
  it('does not take "Us" in a site menu or "Our" opening a quote for places', () => {
    expect(names('Home | Residents | Visitors | Contact Us | Accessibility')).toEqual([]);
    expect(names('"Our region grows wheat," she said.')).toEqual([]);
  });

  it('keeps "US" in capitals as the country', () => {
    expect(names('Exports to the US rose by a third, the minister said.')).toEqual(['US']);
  });
});
