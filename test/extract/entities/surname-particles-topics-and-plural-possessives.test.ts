import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a school named after a person whose surname has a particle', () => {
  it('keeps "Le" and the surname in the name', () => {
    const text = 'Les élèves du lycée Pierre-Yves Le Quéré sont venus à Brest.';
    expect(namesOf(text, 'ORG')).toContain('lycée Pierre-Yves Le Quéré');
  });

  it('does not take an article that opens the next phrase', () => {
    const text = 'Au lycée Anne-Sophie Moreau Le maire a parlé.';
    expect(namesOf(text, 'ORG')).toContain('lycée Anne-Sophie Moreau');
    expect(namesOf(text, 'ORG')).not.toContain('lycée Anne-Sophie Moreau Le');
  });
});

describe('a research body that names its topic with "sur"', () => {
  it('keeps the topic in the name', () => {
    const text = "Le Centre de recherche sur l'hydrogène a signé une entente.";
    expect(namesOf(text, 'ORG')).toEqual(["Centre de recherche sur l'hydrogène"]);
  });

  it('leaves "sur place" out', () => {
    const text = 'Le Centre de recherche sur place a reçu les élus.';
    expect(namesOf(text, 'ORG')).toEqual(['Centre de recherche']);
  });

  it('leaves a verb\'s "sur" out', () => {
    const text = 'Le Centre de recherche travaille sur le bois.';
    expect(namesOf(text, 'ORG')).toEqual(['Centre de recherche']);
  });

  it('keeps a topic that opens with an article', () => {
    const text = 'Une entente lie la Ville de Lorval et le Centre de recherche sur la forêt claire.';
    expect(namesOf(text, 'ORG')).toEqual(['Centre de recherche sur la forêt claire', 'Ville de Lorval']);
  });

  it('still stops at a verb\'s object after "sur"', () => {
    const text = 'Le Centre de recherche mise sur la forêt claire.';
    expect(namesOf(text, 'ORG')).toEqual(['Centre de recherche']);
  });
});

describe('an irregular plural possessive inside an English name', () => {
  it('keeps "Fishermen\'s" inside the body\'s name', () => {
    const text = "They met the Portlow Fishermen's Cooperative Association on Monday.";
    expect(namesOf(text, 'ORG', 'en')).toEqual(["Portlow Fishermen's Cooperative Association"]);
  });

  it('keeps "Women\'s" inside the body\'s name', () => {
    const text = "The Marbury Women's Institute hosted the delegation.";
    expect(namesOf(text, 'ORG', 'en')).toEqual(["Marbury Women's Institute"]);
  });

  it('does not read a given name ending in "men" as a plural', () => {
    const text = "The delegation visited Carmen's Bakery Association in Marbury.";
    expect(namesOf(text, 'ORG', 'en')).not.toContain("Carmen's Bakery Association");
  });
});
