import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: towns whose name is also a second-person verb form', () => {
  it('takes them with a weak cue like any town of their size', () => {
    expect(names('Des artisans venus de Vannes et de Nivelles ont exposé.')).toEqual(['Vannes', 'Nivelles']);
  });

  it('still needs a cue for towns that are ordinary words', () => {
    expect(names('Orange a vendu des forfaits.')).toEqual([]);
  });
});
