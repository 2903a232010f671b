import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: a French feature head ends at a full stop', () => {
  it('does not join a head noun to the first word of the next sentence', () => {
    expect(names('Le syndicat gère les quais de la presqu’île et de l’île. Elle compte trois ports.')).toEqual([]);
    expect(names('Les cargos remontent le fleuve. Pour la suite, le port de Rimouski attend.')).toEqual(['Rimouski']);
  });

  it('still reads an abbreviated saint after a head', () => {
    expect(names('Les pêcheurs du lac St. Clair sont inquiets.')).toEqual(['lac St. Clair']);
  });
});

describe('findPlaces: "mer de" a town is its seaside', () => {
  it('reports the town, not a sea named after it', () => {
    expect(names('Les terrasses du front de mer de Biarritz sont refaites.')).toEqual(['Biarritz']);
    expect(names('Une école des métiers de la mer de Boulogne-sur-Mer a ouvert.')).toEqual(['Boulogne-sur-Mer']);
  });

  it('keeps seas named after countries and regions', () => {
    expect(names('Les cargos de la mer de Chine et de la mer du Nord.')).toEqual(['mer de Chine', 'mer du Nord']);
  });
});
