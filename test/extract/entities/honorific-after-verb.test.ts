import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('people: a verb before "M." in French minutes', () => {
  it('leaves the verb and the honorific out of the name', () => {
    expect(namesOf('Remercie M. Bastien Lefrançois, conseiller communal, pour sa présentation.', 'PERSON', 'fr')).toEqual(['Bastien Lefrançois']);
  });

  it('keeps a middle initial in an English name', () => {
    expect(namesOf('The director, Kwesi M. Appiah, said the deal was good.', 'PERSON', 'en')).toEqual(['Kwesi M. Appiah']);
  });
});

describe('people: "Dame" after "Notre"', () => {
  it('does not read the word after "Notre Dame" as a surname', () => {
    expect(namesOf('The deal links the University of Notre Dame Kenya and a hospital.', 'PERSON', 'en')).toEqual([]);
  });

  it('still reads "Dame" as an honorific elsewhere', () => {
    expect(namesOf('The deal was welcomed by Dame Hilary Wren on Monday.', 'PERSON', 'en')).toEqual(['Hilary Wren']);
  });
});
