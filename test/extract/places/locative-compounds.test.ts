import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: a hyphened name after a locative that the gazetteer knows only in part', () => {
  it('reports the whole name, whether its first part is a common word or a listed town', () => {
    expect(names("La soirée s'est tenue à Havre-Saint-Éloi-Nord, au bord de l'eau.")).toContain('Havre-Saint-Éloi-Nord');
    expect(names("Les élus se rendront à Grand-Vitré l'an prochain.")).toEqual(['Grand-Vitré']);
    expect(names('Une visite est prévue à Lyon-Ouest en mai.')).toEqual(['Lyon-Ouest']);
  });

  it("leaves a body named with a province's or a country's name, and a name with no locative, alone", () => {
    expect(names('Elle a longtemps travaillé à Hydro-Québec puis à Radio-Canada.')).toEqual([]);
    expect(names('Le comité Grand-Vitré a voté mardi.')).toEqual([]);
  });
});
