import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: streets and squares', () => {
  it('reports a French street or square with its head noun', () => {
    expect(names('Le marché se tient sur la place de la Libération, puis rue Saint-Georges.')).toEqual(['place de la Libération', 'rue Saint-Georges']);
    expect(names("Le concert aura lieu sur la place Jean-Baptiste Ouellet et quai des Pêcheurs.")).toEqual(['place Jean-Baptiste Ouellet', 'quai des Pêcheurs']);
  });

  it("keeps a name with an apostrophe inside it, not an elision", () => {
    expect(names("La foule remplissait la place Ha'apai samedi.")).toEqual(["place Ha'apai"]);
  });

  it('reads "place" as a verb or as a standing when no square is named', () => {
    expect(names('Ce classement place Tournon en tête des villes.')).toEqual([]);
    expect(names("Le port confirme la place de Marseille comme porte d'entrée.")).toEqual(['Marseille']);
  });

  it('reports English streets and roads named before their head, and French ones capitalized', () => {
    expect(names('The parade runs down Maple Leaf Avenue and along the Yellowhead Highway.', 'en')).toEqual(['Maple Leaf Avenue', 'Yellowhead Highway']);
    expect(names('The council will close Rue Champlain to cars on Sundays.', 'en')).toEqual(['Rue Champlain']);
  });

  it('leaves a street word that closes a longer name alone', () => {
    expect(names('The Main Street Journal reported it.', 'en')).toEqual([]);
  });
});
