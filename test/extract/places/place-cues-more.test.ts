import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: common nouns that are also towns', () => {
  it('reads a word between an article and a French adjective as a common noun', () => {
    expect(names('Le dîner a eu lieu au Palais régional. La Mission locale aide les jeunes. Le ministre du Commerce extérieur était là.')).toEqual([]);
  });

  it('wants the article of a name that has one ("Le Cap") before its bare word', () => {
    expect(names('Cap ensuite sur Nairobi pour la délégation.')).toEqual(['Nairobi']);
    expect(names('La délégation ira au Cap en mai.')).toEqual(['Le Cap']);
  });
});

describe('findPlaces: places the gazetteer does not list', () => {
  it('takes the town of a mayor ("le maire de X", "the mayor of X")', () => {
    expect(names("La bourgmestre d’Ettelval a reçu le maire de Kouassiville, Paul Konan.")).toEqual(['Ettelval', 'Kouassiville']);
    expect(names('She met the mayor of Tullymore.', 'en')).toEqual(['Tullymore']);
  });

  it('takes a name joined by "and" to a place after a locative', () => {
    expect(names("Staff in Campbellton and O'Brennan Creek handle it.", 'en')).toContain('Campbellton');
    expect(names("Offices in Campbellton and O'Lennagh approve grants.", 'en')).toEqual(['Campbellton', "O'Lennagh"]);
    expect(names('Elle vit à Campbellton et Jean y travaille.')).toEqual(['Campbellton']);
  });

  it('takes a town named like a noun ending ("à Sion")', () => {
    expect(names('La prochaine réunion est prévue à Sion.')).toEqual(['Sion']);
  });

  it('takes the place of an "X-based" compound', () => {
    expect(names('Sunderland-based firms signed up.', 'en')).toEqual(['Sunderland']);
  });
});

describe('findPlaces: features and buildings', () => {
  it('takes "océan" and "mer" in lower case before their capitalized name', () => {
    expect(names("Les navires traversent l'océan Atlantique puis la mer Baltique.")).toEqual(['océan Atlantique', 'mer Baltique']);
  });

  it('takes a capitalized "Vallée", "Baie" after an article when one name follows, up to the sentence end', () => {
    expect(names("Elle a visité la Vallée d'Ossau. Elle y reviendra.")).toEqual(["Vallée d'Ossau"]);
    expect(names('La Vallée de la Mobilité Durable recrute.')).toEqual([]);
  });

  it('takes a building named after a person with its lower-case noun', () => {
    expect(names('La remise des prix a eu lieu au pavillon Louis-Jacques-Casault, puis salle Pierre-Mercure.')).toEqual(['pavillon Louis-Jacques-Casault', 'salle Pierre-Mercure']);
    expect(names('La salle des fêtes est pleine.')).toEqual([]);
  });

  it('reads "South-East", "South East" like "Southeast"', () => {
    expect(names('Offices across South-East Asia and South East Asia.', 'en')).toEqual(['South-East Asia']);
  });
});

describe('findPlaces: compass regions', () => {
  it('takes "the North West", "the East Coast" after a preposition, not a body named after them', () => {
    expect(names('Buyers from across the North West and on the East Coast came.', 'en')).toEqual(['North West', 'East Coast']);
    expect(names('He chairs the South West Business Council and likes the North American market.', 'en')).toEqual([]);
  });
});

describe('findPlaces: labels of a release', () => {
  it('takes no "Source :" or "Contact:" line label for a town', () => {
    expect(names('Entente signée.\n\nSource : Agence Nordique\nContact : Marie Roy', 'fr')).toEqual([]);
  });
});

describe('findPlaces: a town before its mayor', () => {
  it('takes "Bristol Mayor X" as a cue for the town', () => {
    expect(names('The delegation met Bristol Mayor Marvin Rees on Tuesday.', 'en')).toEqual(['Bristol']);
  });
});

describe('findPlaces: a French article before a town name', () => {
  it('reads a town name after "le/la" as a common noun, unless the name has its article', () => {
    expect(names('Ils ont signé avec le Carrefour jeunesse-emploi du quartier.')).toEqual([]);
    expect(names('Elle ira à la Nouvelle-Orléans en mai.')).toEqual(['Nouvelle-Orléans']);
  });
});

