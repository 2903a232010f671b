import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('two bodies coordinated after a seated name', () => {
  it('ends a name after "à + seat" before "et d’" + another body', () => {
    const text = "Le projet a reçu l'appui du Bureau du Québec à Lima et d'Export Normandie International.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Québec'), placeAt(text, 'Lima')])).toEqual(['Bureau du Québec à Lima', 'Export Normandie International']);
  });
});

describe('an English "and" after a head shared by both languages', () => {
  it('does not read "College and Place" as one French-ordered name', () => {
    const text = 'Courses are offered by Lakeshore College and Ohio community colleges.';
    const orgs = namesOf(text, 'ORG', 'en', [placeAt(text, 'Ohio')]);
    expect(orgs).toEqual(['Lakeshore College']);
  });
});
