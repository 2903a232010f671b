import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('people: honorifics spelled out in lower case, and more roles', () => {
  it('reads a full name after "le docteur", "monsieur", "madame"', () => {
    const text = "Elle a été paraphée par le docteur Awa Ndiongue, puis par monsieur Sok Dara et madame Chan Vanna.";
    expect(namesOf(text, 'PERSON', 'fr')).toEqual(['Awa Ndiongue', 'Chan Vanna', 'Sok Dara']);
  });

  it('reads no name after "monsieur le Maire" or before a lone word', () => {
    const text = 'Il a remercié monsieur le Maire et madame Bellerose pour leur accueil.';
    expect(namesOf(text, 'PERSON', 'fr')).toEqual([]);
  });

  it('reads a name after "Superintendent" and "borgmester"', () => {
    const text = 'It was signed by Superintendent Odell Farrow and by the borgmester Sten Aakre Holm.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Odell Farrow', 'Sten Aakre Holm']);
  });
});
