import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en', 'sorted');

describe('findPlaces: an English visit verb is a cue for its object', () => {
  it('reads a listed town right after "visited" or "toured"', () => {
    expect(names('The delegation visited Dubbo on Monday.')).toEqual(['Dubbo']);
    expect(names('The delegation toured Dubbo on Monday.')).toEqual(['Dubbo']);
  });

  it('does not make a person or a common word a place', () => {
    expect(names('The delegation visited Tom Dubbo on Monday.')).toEqual([]);
    expect(names('The delegation visited Hope on Monday.')).toEqual([]);
  });
});
