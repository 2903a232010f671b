import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';

const names = (text: string): string[] => [...new Set(findPlaces(text, 'fr').map((p) => p.name))];

describe('findPlaces: the territory a university is named after', () => {
  it('takes a department that needs a cue after "Université de"', () => {
    expect(names("Des chercheurs de l'Université de Creuse publient.")).toEqual(['Creuse']);
  });
});
