import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a family name written in capitals', () => {
  it('follows a capitalized particle after the given name', () => {
    const text = "La charte a été signée par Anne-Sophie Le GUENNEC, alors maire de la ville, et par son homologue.";
    expect(namesOf(text, 'PERSON')).toEqual(['Anne-Sophie Le GUENNEC']);
    expect(namesOf(text, 'ORG')).toEqual([]);
  });

  it('takes no acronym after a lower-case particle', () => {
    expect(namesOf("Cette étude d'Anne de CNRS Éditions est parue en mars.", 'PERSON')).not.toContain('Anne de CNRS');
  });

  it('closes a name of unknown given name set off after a role', () => {
    const text = "La délégation était menée par la vice-présidente du conseil, Dorotea-Ilinca VRANCEANU, et comprenait deux enseignants.";
    expect(namesOf(text, 'PERSON')).toEqual(['Dorotea-Ilinca VRANCEANU']);
  });

  it('leaves an acronym in the middle of such a run alone', () => {
    const text = "La délégation était menée par la directrice du centre, Ilinca CRED Vranceanu, et comprenait deux enseignants.";
    expect(namesOf(text, 'PERSON')).not.toContain('Ilinca CRED Vranceanu');
  });
});

describe('a deputy of a role', () => {
  it('is a role before a name set off by commas ("le vice-maire de X, A B")', () => {
    const text = "La délégation était menée par le vice-maire de Tarvik, Dorotea-Ilinca Vranceanu, et comprenait deux enseignants.";
    expect(namesOf(text, 'PERSON')).toEqual(['Dorotea-Ilinca Vranceanu']);
  });

  it('is no role when "vice" opens a word that is no role (near miss)', () => {
    const sentence = (word: string) => `La délégation était menée par le ${word} de Tarvik, Dorotea-Ilinca Vranceanu, et comprenait deux enseignants.`;
    expect(namesOf(sentence('vice-doyen'), 'PERSON')).toEqual(['Dorotea-Ilinca Vranceanu']);
    expect(namesOf(sentence('vice-musée'), 'PERSON')).toEqual([]);
  });
});
