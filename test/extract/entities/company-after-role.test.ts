import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a role, then "de la" + a company noun, then a name', () => {
  it('reads the name as the company’s, not a person’s', () => {
    const text = 'Il était avec Paul Martin, fondateur de la coopérative Agro Nova Verde.';
    expect(namesOf(text, 'PERSON')).toEqual(['Paul Martin']);
    expect(namesOf(text, 'ORG')).toEqual(['Agro Nova Verde']);
  });
});
