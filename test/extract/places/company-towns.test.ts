import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en', 'sorted');

describe('findPlaces: a town opening a company name', () => {
  it('reads the town when a legal form or an industry noun closes the name, in a country the text names', () => {
    expect(names('Six UK firms travelled: Doncaster Rail Services, Barnsley Valve Works and Huddersfield Catalysts Ltd.')).toEqual(['Barnsley', 'Doncaster', 'Huddersfield', 'UK']);
  });

  it('leaves a town of a country the text does not name, and a name inside a longer one', () => {
    expect(names('Kenyan firms Lakeview Power Ltd and Cedar Ridge Semiconductor signed in Kenya.')).toEqual(['Kenya']);
  });
});
