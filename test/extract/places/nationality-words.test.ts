import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en');

describe('findPlaces: a language or a nationality is not the small town of that name', () => {
  it('does not read "in English and Czech" as places', () => {
    expect(names('The agreement, in English and Czech, is on show in Valbrune.')).toEqual(['Valbrune']);
  });

  it('keeps a country whose name is also a nationality word ("en Argentine", "aux Philippines")', () => {
    expect(names('La délégation a séjourné en Argentine puis aux Philippines.', 'fr')).toEqual(['Argentine', 'Philippines']);
  });
});
