import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: the lower or upper part of a town', () => {
  it('takes "Basse-X" and "Haut-X" whole, with the cue before the prefix', () => {
    expect(names("Le chantier de Basse-Terrebonne et la gare de Haut-Sherbrooke sont finis.")).toEqual(['Basse-Terrebonne', 'Haut-Sherbrooke']);
  });
});
