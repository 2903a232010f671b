import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en', 'sorted');

describe('findPlaces: a name before "Park" or "Prefecture"', () => {
  it('reads a park named before its head', () => {
    expect(names('The concert moved from Albert Dock to Sefton Oak Park on Sunday.')).toEqual(['Sefton Oak Park']);
  });

  it('reads a prefecture named before its head', () => {
    expect(names('Buyers from Gifu Prefecture met the delegation.')).toEqual(['Gifu Prefecture']);
  });

  it('does not take a Korean family name after a given name or a title for a park', () => {
    expect(names('The delegation, led by Mayor Park, met Min-jun Park and Daniel Park.')).toEqual([]);
  });
});
