import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('bodies named by their place first', () => {
  it('reads a university that follows its city, and one opened by an elided article', () => {
    const text = "Nantes Université a signé avec l'Université de Sherbrooke. L'Université Laval suivra.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Nantes'), placeAt(text, 'Sherbrooke')])).toEqual(['Nantes Université', 'Université Laval', 'Université de Sherbrooke']);
  });

  it('reads an economic development agency named after its city', () => {
    const text = 'The delegation included Economic Development Regina and two firms.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Regina')])).toEqual(['Economic Development Regina']);
  });
});
