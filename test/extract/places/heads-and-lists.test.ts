import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: works and waters named by a head word', () => {
  it('takes airports, bridges and racecourses named before their head', () => {
    expect(names('A direct flight from Kilbrack Airport to Tollmoor Regional Airport is planned.', 'en')).toEqual(['Kilbrack Airport', 'Tollmoor Regional Airport']);
    expect(names('They toured the site of the Marden Howe International Bridge and the Ardlow Racecourse.', 'en')).toEqual(['Marden Howe International Bridge', 'Ardlow Racecourse']);
  });

  it('does not take an airport’s or a bridge’s body for a place', () => {
    expect(names('The Kilbrack Airport Authority and Ardlow Bridge Company met.', 'en')).toEqual([]);
  });

  it('does not open a feature at a head that closes an earlier name ("Moose Bay City Hall")', () => {
    // The town hall is a venue and its town a place (civic halls); no "Bay …" feature opens inside either name.
    expect(names('Talks were held at Moose Bay City Hall, then at Carrow Bay Consulting, on the Bay of Islands.', 'en')).toEqual(['Moose Bay', 'Moose Bay City Hall', 'Bay of Islands']);
  });

  it('takes a monument or a garden named after its lower-case noun, a saint’s with its place', () => {
    expect(names('Le concert a lieu au palais des Rohan, puis au jardin des Plantes.')).toEqual(['palais des Rohan', 'jardin des Plantes']);
    expect(names('La délégation a visité la cathédrale Saint-Étienne de Metz et la basilique Notre-Dame de la Garde.')).toEqual(['cathédrale Saint-Étienne de Metz', 'Metz', 'basilique Notre-Dame de la Garde']);
  });

  it('takes a building or a public space named before its head where something happens there', () => {
    expect(names('The deal was signed at Harbourview Place, after lunch at the Old Mill Market.', 'en')).toEqual(['Harbourview Place', 'Old Mill Market']);
    expect(names('Guests toured the Corby Library and Music House before dinner.', 'en')).toEqual(['Corby Library and Music House']);
  });

  it('takes a theatre, a pavilion, a showground or a port where a ceremony or a visit takes place', () => {
    expect(names('The charter was signed at the Harbour Lights Theatre, then guests met in the Rose Pavilion.', 'en')).toEqual(['Harbour Lights Theatre', 'Rose Pavilion']);
    expect(names('The group visited Kelmoor Port and the Dunvale Showground.', 'en')).toEqual(['Kelmoor Port', 'Dunvale Showground']);
  });

  it('does not take a port’s or a theatre’s body for a place', () => {
    expect(names('The Kelmoor Port Authority and the Harbour Lights Theatre Company met.', 'en')).toEqual([]);
    expect(names('Kelmoor Port reported record volumes.', 'en')).toEqual([]);
    expect(names('Trucks queued at the Dunvale Land Port of Entry.', 'en')).not.toContain('Dunvale Land Port');
  });

  it('does not take such a head opening a body or a company’s name, or without a cue', () => {
    expect(names('The Harbourview Place Trust and Old Mill Market Traders met.', 'en')).toEqual([]);
    expect(names('Old Mill Market published its report.', 'en')).toEqual([]);
  });

  it('takes a lough or a harbour named before its head', () => {
    expect(names('Boats left Ballyhale Harbour for Lurgan Lough.', 'en')).toEqual(['Ballyhale Harbour', 'Lurgan Lough']);
  });

  it('takes an ocean or a sea named after "océan" or "mer"', () => {
    expect(names("Des échanges de l'autre côté de l'océan Indien et sur la mer Baltique.")).toEqual(['océan Indien', 'mer Baltique']);
  });

  it('ends a region’s name at the end of its sentence', () => {
    expect(names('Des entreprises de la région de la Haute-Brenière. Dirigée par sa présidente, la mission part.')).toEqual(['Haute-Brenière']);
  });
});

describe('findPlaces: settlements listed after a plural noun', () => {
  it('takes every name of "les communes de X et de Y", "the villages of X, Y and Z"', () => {
    expect(names('Les visiteurs ont parcouru les communes de Kervalou et de Ndiar Mbeye.')).toEqual(['Kervalou', 'Ndiar Mbeye']);
    expect(names('Wells were dug in the villages of Tarnock, Bellish and Croagh.', 'en')).toEqual(['Tarnock', 'Bellish', 'Croagh']);
  });

  it('takes a district named after "arrondissement de", "quartier de"', () => {
    expect(names("Trois forages dans l'arrondissement de Ndiar Mbeye.")).toEqual(['Ndiar Mbeye']);
  });

  it('takes a town too small for the gazetteer after "la ville de", "the cities of"', () => {
    expect(names('Les pêcheurs de la ville de Ndiarème réclament un quai.')).toEqual(['Ndiarème']);
    expect(names('Exports from the cities of Tarnock and Bellish grew.', 'en')).toEqual(['Tarnock', 'Bellish']);
  });

  it('takes one name only after a singular noun', () => {
    expect(names('La commune de Kervalou et de nombreux partenaires.')).toEqual(['Kervalou']);
  });
});

describe('findPlaces: grounds, old towns and roads', () => {
  it('takes a park or a promenade named after its head, and the places inside the name', () => {
    expect(names("Au programme : visite du parc de l'Île-Marcotte et de la promenade Jean-De Brébeuf.")).toEqual(["parc de l'Île-Marcotte", 'promenade Jean-De Brébeuf']);
    expect(names('Un pique-nique au parc de la Gatineau.')).toEqual(['parc de la Gatineau', 'Gatineau']);
  });

  it('takes "Vieux-X" as the old town of the place X', () => {
    expect(names('Une librairie dans le Vieux-Québec.')).toEqual(['Vieux-Québec']);
  });

  it('reads "prendre la route de X" as heading for X, "la route de X" alone as a street', () => {
    expect(names('La délégation a ensuite pris la route de Montréal, jeudi.')).toEqual(['Montréal']);
    expect(names('Un bureau sur la route de Montréal.')).toEqual([]);
  });

  it('does not read a common word closing a body’s name as a place', () => {
    expect(names('La Chambre de Commerce, d’Industrie et de Services de Tanger a reçu la mission.')).not.toContain('Commerce');
  });
});
