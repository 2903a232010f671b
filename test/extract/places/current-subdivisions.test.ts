import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr', 'sorted');

describe('findPlaces: current first-level subdivisions', () => {
  it('knows the regions of Madagascar that replaced its provinces', () => {
    expect(names('Madagascar : la région Analamanga et la région Vakinankaratra signent.')).toEqual(['Analamanga', 'Madagascar', 'Vakinankaratra']);
  });

  it('knows the provinces of the Philippines, not only its regions', () => {
    expect(names('Farmers from Bulacan and Nueva Ecija, two provinces of the Philippines, met.', 'en')).toEqual(['Bulacan', 'Nueva Ecija', 'Philippines']);
  });

  it('reads a compass region of a named country after a strong cue only', () => {
    expect(names('Au Cameroun, la mission se rend dans le Nord-Ouest puis au Sud-Ouest.')).toEqual(['Cameroun', 'Nord-Ouest', 'Sud-Ouest']);
    expect(names('Le Nord-Ouest de la ville est calme.')).toEqual([]);
  });

  it('does not also report the first word of a region read by a head rule', () => {
    expect(names('Au Burkina Faso, la région de la Boucle du Mouhoun est fermée aux visiteurs.')).toEqual(['Boucle du Mouhoun', 'Burkina Faso']);
  });
});
