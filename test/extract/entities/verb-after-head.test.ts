import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a verb after a French head, read like an adjective', () => {
  it('reads no body in "la Ville estime le coût …"', () => {
    expect(namesOf('Le conseil a voté. La Ville estime le coût du voyage à 48 000 $, dont la moitié financée.', 'ORG')).toEqual([]);
  });

  it('keeps an article inside a complement and before a name', () => {
    const text = 'Le Centre de recherche pour le développement international a signé. Le Centre de santé le Phare ouvre.';
    expect(namesOf(text, 'ORG')).toEqual(['Centre de recherche pour le développement international', 'Centre de santé le Phare']);
  });
});
