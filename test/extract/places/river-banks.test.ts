import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import type { Language } from '../../../src/extract/types.js';

const names = (text: string, language: Language = 'fr'): string[] => [...new Set(findPlaces(text, language).map((p) => p.name))];

describe('findPlaces: a river named by its banks', () => {
  it('takes the name after "les rives du", "les bords de la", "les berges de la" as a place', () => {
    expect(names('Au programme : une promenade sur les rives du Milo, puis sur les bords de la Moselle.')).toEqual(['Milo', 'Moselle']);
    expect(names('Ils ont longé les berges de la Meuse avant le dîner.')).toEqual(['Meuse']);
  });

  it('does not take the name after "à bord du" (on board a ship) as a place', () => {
    expect(names('Les invités ont dîné à bord du Milo.')).toEqual([]);
  });
});
