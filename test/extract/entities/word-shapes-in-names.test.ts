import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a question\'s verb with its subject after it', () => {
  it('ends a body\'s name before "participe-t-elle"', () => {
    const text = "L'ambassade de Korvanie participe-t-elle au projet ?";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Korvanie')])).toEqual(['ambassade de Korvanie']);
  });

  it('still reads an adjective that ends like a pronoun ("Caisse mutuelle de X")', () => {
    const text = 'La Caisse mutuelle de Korvanie a signé.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Korvanie')])).toEqual(['Caisse mutuelle de Korvanie']);
  });
});

describe('adjectives in "-iel" and "-uel" inside a French name', () => {
  it('reads "industriel et portuaire" as the park\'s adjectives', () => {
    const text = 'La Société du parc industriel et portuaire de Korvanie a signé.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Korvanie')])).toEqual(['Société du parc industriel et portuaire de Korvanie']);
  });

  it('stops at the article of a second body after the adjective', () => {
    const text = 'La Société du parc industriel de Korvanie et le Centre local de Velmorie ont signé.';
    const names = namesOf(text, 'ORG', 'fr', [placeAt(text, 'Korvanie'), placeAt(text, 'Velmorie')]);
    expect(names).toContain('Société du parc industriel de Korvanie');
  });
});

describe('three adjectives after a school\'s head', () => {
  it('reads "secondaire catholique régionale" and the town', () => {
    const text = "Les élèves de l'École secondaire catholique régionale de Korvanie ont signé.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Korvanie')])).toEqual(['École secondaire catholique régionale de Korvanie']);
  });

  it('does not read a participle after the town as an adjective', () => {
    const text = 'La Ville de Korvanie représentée par son maire a signé.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Korvanie')])).toEqual(['Ville de Korvanie']);
  });
});

describe('a name with its article after the kind\'s adjective', () => {
  it('reads "lycée agricole Les Sorbières"', () => {
    expect(namesOf('Les élèves du lycée agricole Les Sorbières ont signé.', 'ORG')).toEqual(['lycée agricole Les Sorbières']);
  });

  it('reads "Coopérative agricole Les Prés-Clairs"', () => {
    expect(namesOf('La Coopérative agricole Les Prés-Clairs a signé.', 'ORG')).toEqual(['Coopérative agricole Les Prés-Clairs']);
  });

  it('leaves an article that opens the next phrase after a name', () => {
    const text = 'Au lycée agricole de Velmorie Le maire a parlé.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Velmorie')])).toEqual(['lycée agricole de Velmorie']);
  });
});
