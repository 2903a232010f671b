import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr', 'sorted');

describe('findPlaces: English and French exonyms of first-level subdivisions', () => {
  it('knows a first-level unit by its English and French names, not only its local one', () => {
    expect(names('The governor visited Carinthia and Styria on Monday.', 'en')).toEqual(['Carinthia', 'Styria']);
    expect(names('Le gouverneur a visité la Carinthie et les Pouilles lundi.')).toEqual(['Carinthie', 'Pouilles']);
  });

  it('knows disputed and historic first-level regions by their English names', () => {
    expect(names('The minister travelled to Abkhazia, then to Transnistria.', 'en')).toEqual(['Abkhazia', 'Transnistria']);
    expect(names('The minister met Paul Scania and Anna Istria.', 'en')).toEqual([]);
  });

  it('reads an exonym that is also an ordinary French word after a place cue only', () => {
    expect(names('Le sommet de la Crète est enneigé.')).toEqual([]);
    expect(names('Le ministre se rend en Crète lundi.')).toEqual(['Crète']);
  });
});

describe('findPlaces: islands that are political units', () => {
  it('knows an island council or island province by its name', () => {
    expect(names('The minister travelled to Majorca and Mindanao last week.', 'en')).toEqual(['Majorca', 'Mindanao']);
    expect(names('Le ministre s’est rendu à Minorque.')).toEqual(['Minorque']);
  });

  it('reads an island named like a surname after a place cue only', () => {
    expect(names('Paul Bougainville a parlé lundi.')).toEqual([]);
    expect(names('Le ministre s’est rendu à Bougainville.')).toEqual(['Bougainville']);
  });
});
