import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: the territory a university is named after', () => {
  it('takes a department that needs a cue after "Université de"', () => {
    expect(names("Des chercheurs de l'Université de Creuse publient.")).toEqual(['Creuse']);
  });
});
