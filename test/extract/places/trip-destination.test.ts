import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en');

describe('findPlaces: where a trip went ("a delegation … to X")', () => {
  it('reads "led a delegation of eleven people to X" as a place', () => {
    expect(names('Ms Doe led a delegation of eleven people to Isolde from 16 to 19 November.')).toEqual(['Isolde']);
  });

  it('does not read a person after "to" without a trip noun, nor a body named "The Mission to X"', () => {
    expect(names('The delegation spoke to Isolde on Monday.')).toEqual([]);
    expect(names('The Mission to Mariners hosted a lunch on Thursday.')).toEqual([]);
  });
});
