import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: a name listed before a country', () => {
  it('takes an ambiguous country name listed with the same preposition before another country', () => {
    expect(names('Des chorales arrivent de Maurice, de Tunisie et du Sénégal.')).toEqual(['Maurice', 'Tunisie', 'Sénégal']);
  });

  it('does not take a given name joined by "and" to a country', () => {
    expect(names('Florence and Portugal were named.', 'en')).toEqual(['Portugal']);
  });
});
