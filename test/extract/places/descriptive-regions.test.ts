import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: regions named by a descriptive head', () => {
  it('takes an area noun and a compass word as one region', () => {
    expect(names('Le programme couvre la Province Nord et la Rive-Sud.')).toEqual(['Province Nord', 'Rive-Sud']);
    expect(names("L'office du tourisme de la Côte Est a reçu 12 000 euros.")).toEqual(['Côte Est']);
  });

  it('takes "Pays de X" whole', () => {
    expect(names('Les vignerons du Pays de Retz exposent.')).toEqual(['Pays de Retz']);
  });

  it('takes a relief noun and an adjective of place after an article', () => {
    expect(names('Les randonneurs ont traversé les Montagnes vosgiennes.')).toEqual(['Montagnes vosgiennes']);
  });

  it('leaves a compass word with an adjective of place alone', () => {
    expect(names("Le port est la porte d'entrée de l'Ouest malien.")).toEqual([]);
  });
});

describe('findPlaces: a peninsula named by an adjective of place', () => {
  it('takes "la Péninsule" and its adjective as one region', () => {
    expect(names('La délégation séjourne dans la Péninsule gaspésienne du 11 au 18 août.')).toEqual(['Péninsule gaspésienne']);
  });

  it('takes the region after "du" too', () => {
    expect(names('Les pêcheurs du Plateau vosgien ont reçu la délégation.')).toEqual(['Plateau vosgien']);
  });

  it('leaves a peninsula with a common adjective alone', () => {
    expect(names('La Péninsule entière a voté.')).toEqual([]);
  });
});
