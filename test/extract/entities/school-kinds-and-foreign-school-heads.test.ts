import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('the kind of a school between its head and its name', () => {
  it('reads a vocational or modern lycée', () => {
    const text = 'Ils ont rencontré des enseignants du lycée professionnel Marcel-Pagnol. Le Lycée moderne de Bondoukou doit signer une convention.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Bondoukou')])).toEqual(['Lycée moderne de Bondoukou', 'lycée professionnel Marcel-Pagnol']);
  });

  it('leaves a modern room that is no body alone', () => {
    expect(namesOf('La salle moderne du centre a ouvert.', 'ORG')).toEqual([]);
  });
});

describe('school heads of other languages that open the name', () => {
  it('reads an Italian liceo named after a person, without its town', () => {
    const text = 'Le collège Henri-Bosco de Menton et le liceo Volta de Sanremo ont renouvelé leur accord.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Menton'), placeAt(text, 'Sanremo')])).toEqual(['collège Henri-Bosco', 'liceo Volta']);
  });

  it('reads a Welsh coleg before its name', () => {
    expect(namesOf('Coleg Powys has also said it would like an exchange.', 'ORG', 'en')).toEqual(['Coleg Powys']);
  });

  it('leaves a coleg with no name after it alone', () => {
    expect(namesOf('The coleg said it would like an exchange.', 'ORG', 'en')).toEqual([]);
  });
});

describe('a school named after a person, then "of" and its town in an English text', () => {
  it('ends the name before "of" + the town', () => {
    const text = 'Students from the Liceo Scientifico Marco Polo of Parma and the Lycée Jean-Moulin of Lyon visited.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Parma'), placeAt(text, 'Lyon')])).toEqual(['Liceo Scientifico Marco Polo', 'Lycée Jean-Moulin']);
  });

  it('keeps "of" + a town right after an English head', () => {
    const text = 'The College of Charleston came.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Charleston')])).toEqual(['College of Charleston']);
  });
});
