import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a capitalized État, Province or Canton before a place names a body', () => {
  it('reads "l’État de X" and "la Province de Y" as organizations', () => {
    const text = "L'État de Vaud et la Province de Liège ont signé une convention.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Vaud'), placeAt(text, 'Liège')])).toEqual(['Province de Liège', 'État de Vaud']);
  });

  it('reads "l’État du X" with a country', () => {
    const text = "Aucun financement de l'État du Mali n'est prévu.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Mali')])).toEqual(['État du Mali']);
  });

  it('takes no body from "conseiller d’État", "État de droit" or a lower-case province', () => {
    const text = "Le conseiller d'État Paul Meier défend l'État de droit dans la province de Liège.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Liège')])).toEqual([]);
  });

  it('reads the English "the Province of X" too', () => {
    const text = 'A memorandum between the authority and the Province of Utrecht is being drafted.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Utrecht')])).toEqual(['Province of Utrecht']);
  });
});

describe('the federal state named "la Confédération"', () => {
  it('is a body when used alone after its article', () => {
    expect(namesOf('La Confédération déconseille les voyages dans la région.', 'ORG')).toEqual(['Confédération']);
    expect(namesOf("Des projets auprès de la Confédération, dans le cadre du programme.", 'ORG')).toEqual(['Confédération']);
  });

  it('leaves a lower-case confederation and a confederation with its own complement alone', () => {
    expect(namesOf('Une confédération de tribus vivait là.', 'ORG')).toEqual([]);
    expect(namesOf('La Confédération des syndicats de Tarvel a signé.', 'ORG')).not.toContain('Confédération');
  });
});
