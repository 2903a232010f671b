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
