import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

const person = (text: string, language: 'fr' | 'en' = 'en') => entitiesOf(text, language).filter((e) => e.type === 'PERSON');

describe('people: the family name of a name that puts it first', () => {
  it('joins "Mayor Choi" to a Korean full name and keeps "Choi" as its alias', () => {
    const found = person('The accord was signed by Busan Mayor Choi Dong-wook on Monday. Later, Mayor Choi toured the harbour.');
    expect(found.map((p) => p.name)).toEqual(['Choi Dong-wook']);
    expect(found[0]!.aliases).toContain('Choi');
  });

  it('keeps the last word of a name whose hyphenated part is a family name', () => {
    const found = person('The accord was signed by Mayor Paul Tane-Barrow on Monday. Later, Tane-Barrow toured the harbour.');
    expect(found[0]!.aliases).toEqual(['Tane-Barrow']);
  });
});
