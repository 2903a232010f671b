import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a bare body head named by a place with a capitalized particle', () => {
  it('keeps the word after "d\'El" in a commune\'s name', () => {
    const text = "Une délégation de la Commune d'El Mansour a signé avec la Ville de Tours.";
    expect(namesOf(text, 'ORG')).toContain("Commune d'El Mansour");
  });

  it('keeps the word after an elided capital article in a municipality\'s name', () => {
    const text = "La Municipalité régionale de comté de L'Anse-Verte a reçu la mission.";
    expect(namesOf(text, 'ORG')).toContain("Municipalité régionale de comté de L'Anse-Verte");
  });

  it('does not join a new sentence-like capital after a bare head', () => {
    const text = 'La Commune de Lorval Le maire a dit oui.';
    expect(namesOf(text, 'ORG')).toEqual(['Commune de Lorval']);
  });
});

describe('a numbered commune', () => {
  it('keeps the roman ordinal of the district', () => {
    const text = 'La maire de la Commune de Bafoussam IIe était présente.';
    expect(namesOf(text, 'ORG')).toContain('Commune de Bafoussam IIe');
  });

  it('does not take a capitalized word that is no ordinal', () => {
    const text = 'La maire de la Commune de Bafoussam Jeudi était présente.';
    expect(namesOf(text, 'ORG')).toContain('Commune de Bafoussam');
  });
});

describe('"d\'Or" inside a name', () => {
  it('reads "Or" after an elided "d\'" as the noun', () => {
    const text = "Le Syndicat mixte du Pic d'Or gère le domaine skiable.";
    expect(namesOf(text, 'ORG')).toEqual(["Syndicat mixte du Pic d'Or"]);
  });

  it('leaves the sentence conjunction "Or" outside the name', () => {
    const text = 'Le Syndicat mixte de Lorval a voté. Or, le budget manque.';
    expect(namesOf(text, 'ORG')).toEqual(['Syndicat mixte de Lorval']);
  });
});
