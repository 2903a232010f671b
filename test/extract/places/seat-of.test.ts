import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en');

describe('findPlaces: the home town after a company', () => {
  it('reads "Ltd. of X" and ", of X" as where a company is', () => {
    expect(names('The deal binds Northfield Pumps Ltd. of Portage la Prairie to a buyer.')).toEqual(['Portage la Prairie']);
    expect(names('Orders went to Kestrel Boatworks, of Tobermory, and to a Danish firm.')).toEqual(['Tobermory']);
  });

  it('leaves a weak "of" with a small town alone', () => {
    expect(names('The board of Tobermory met.')).toEqual([]);
  });
});
