import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en', 'sorted');

describe('findPlaces: periods of abbreviations', () => {
  it('keeps the final period of an abbreviation with inner periods', () => {
    expect(names('The envoy flew to the U.S. on Monday.')).toEqual(['U.S.']);
    expect(names('He lives in the U.S.')).toEqual(['U.S.']);
  });

  it('still reads a sentence-final name without its period', () => {
    expect(names('The envoy flew to Mexico.')).toEqual(['Mexico']);
    expect(names('He lives in the US.')).toEqual(['US']);
  });

  it('keeps the district suffix after a city', () => {
    expect(names('Officials met in Washington, D.C., on Monday.')).toEqual(['Washington, D.C.']);
    expect(names('Officials met in Washington, then in Mexico.')).toEqual(['Mexico', 'Washington']);
  });
});
