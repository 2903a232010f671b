import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('two bodies coordinated after a seated name', () => {
  it('ends a name after "à + seat" before "et d’" + another body', () => {
    const text = "Le projet a reçu l'appui du Bureau du Québec à Lima et d'Export Normandie International.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Québec'), placeAt(text, 'Lima')])).toEqual(['Bureau du Québec à Lima', 'Export Normandie International']);
  });
});
