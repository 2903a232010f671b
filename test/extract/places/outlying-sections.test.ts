import { describe, expect, it } from 'vitest';
import { placeIndex } from '../../../src/extract/gazetteer/place-index.js';
import { findPlaces } from '../../../src/extract/places/find-places.js';

const cities = (key: string): string[] => (placeIndex().byKey.get(key)?.entries ?? []).filter((e) => e.kind === 'city').map((e) => e.country ?? '');

describe('place index: sections of populated places (GeoNames PPLX)', () => {
  it('keeps a section far from every large city: a town of its own', () => {
    expect(cities('bli bli')).toContain('AU');
    expect(findPlaces('The mayor of Bli Bli spoke on Monday.', 'en').map((p) => p.name)).toEqual(['Bli Bli']);
  });

  it('still drops a quarter of a large city', () => {
    expect(cities('mazargues')).toEqual([]);
    expect(cities('belmont cragin')).toEqual([]);
  });
});
