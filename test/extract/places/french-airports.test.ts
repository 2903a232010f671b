import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr', 'sorted');

describe('findPlaces: "l\'aéroport de X", the airport and its town', () => {
  it('reads the airport named after its town, and the town on its own', () => {
    expect(names("La délégation a été accueillie à l'aéroport de Castelmoron par le maire.")).toEqual(['Castelmoron', 'aéroport de Castelmoron']);
  });

  it('keeps a hyphenated airport name whole', () => {
    expect(names("Le village est à vingt minutes de l'aéroport de Vernel-Sainte-Aure.")).toEqual(expect.arrayContaining(['aéroport de Vernel-Sainte-Aure']));
  });

  it('does not take a capitalized airport company for the building', () => {
    expect(names("Les Aéroports de Castelmoron ont présenté leur bilan.")).not.toContain('Aéroports de Castelmoron');
  });

  it('does not report an airport named by no town', () => {
    expect(names("Il a pris l'avion à l'aéroport de la ville voisine.")).toEqual([]);
  });
});

describe('findPlaces: a town\'s capitalized article after the head of grounds', () => {
  it('keeps "La" in the airport named after a town whose name begins with it', () => {
    expect(names("Elle l'a dit à son retour à l'aéroport de La Roche-Vieille.")).toContain('aéroport de La Roche-Vieille');
  });

  it('does not open a name on a capitalized article followed by no name', () => {
    expect(names("Il est passé par l'aéroport de La, puis est reparti.")).toEqual([]);
  });
});
