import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');
const body = '\n\nLe conseil a voté mardi un budget pour les écoles.';
const enBody = '\n\nThe council voted on Tuesday to fund the schools.';

describe('findPlaces: the area a local paper is named after', () => {
  it('takes the name after a French paper word and its link', () => {
    expect(names(`L'Écho de la Brévannie | Actualités${body}`)).toEqual(['Brévannie']);
    expect(names(`Le Courrier des Vorelles${body}`)).toEqual(['Vorelles']);
    expect(names(`L'Écho de la Pointe des Morvennes${body}`)).toEqual(['Pointe des Morvennes']);
  });

  it('takes an English area before the paper word, and a town before a French local-news word', () => {
    expect(names(`The Tarnby Valley Chronicle${enBody}`, 'en')).toEqual(['Tarnby Valley']);
    expect(names(`NORTH KELMORIA TRIBUNE | Business${enBody}`, 'en')).toEqual(['North Kelmoria']);
    expect(names(`BRÉVANNE HEBDO — Sud${body}`)).toEqual(['Brévanne']);
  });

  it('leaves common nouns, business titles and titles below the masthead alone', () => {
    expect(names(`Le Courrier des Îles | Région${body}`)).toEqual([]);
    expect(names(`Tarnby Business Review${enBody}`, 'en')).toEqual([]);
    expect(names(`CCIB INFOS${body}`)).toEqual([]);
    expect(names(`Nouvelles de l'UQB${body}`)).toEqual([]);
    expect(names(`Le conseil a voté.\nUn mot.\nDeux mots.\nTrois mots.\nQuatre mots.\nCinq mots.\nL'Écho de la Brévannie`)).toEqual([]);
  });
});
