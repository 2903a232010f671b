import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: names with their own article', () => {
  it('reads the cue before a capitalized article that opens the name, and keeps the article', () => {
    expect(names('Les bateaux partent de La Rochelle chaque matin.')).toEqual(['La Rochelle']);
  });

  it('names a place by its full name when the article is contracted away', () => {
    expect(names('Les dockers du Havre ont voté.')).toEqual(['Le Havre']);
  });
});

describe('findPlaces: words that are no place on their own', () => {
  it('does not take a nationality before a lower-case "region" as the region’s name', () => {
    expect(names('Nova Scotia signed with an Italian region and the Kootenay region.', 'en')).toEqual(['Nova Scotia', 'Kootenay']);
  });

  it('does not take "Centre" opening a body or a venue as a town', () => {
    expect(names('La remise des prix a eu lieu au Centre culturel, puis au Centre sportif.')).toEqual([]);
  });
});
