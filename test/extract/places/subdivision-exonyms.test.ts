import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import type { Language } from '../../../src/extract/types.js';

const names = (text: string, language: Language = 'fr'): string[] => [...new Set(findPlaces(text, language).map((p) => p.name))].sort();

describe('findPlaces: English and French exonyms of first-level subdivisions', () => {
  it('knows a first-level unit by its English and French names, not only its local one', () => {
    expect(names('The governor visited Carinthia and Styria on Monday.', 'en')).toEqual(['Carinthia', 'Styria']);
    expect(names('Le gouverneur a visité la Carinthie et les Pouilles lundi.')).toEqual(['Carinthie', 'Pouilles']);
  });

  it('reads an exonym that is also an ordinary French word after a place cue only', () => {
    expect(names('Le sommet de la Crète est enneigé.')).toEqual([]);
    expect(names('Le ministre se rend en Crète lundi.')).toEqual(['Crète']);
  });
});
