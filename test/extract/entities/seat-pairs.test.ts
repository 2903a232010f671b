import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a diplomatic post that sits in two towns', () => {
  it('keeps both seats after "à X et Y" (French)', () => {
    const text = 'Le projet est soutenu par le Consulat général de Belgique à Lorval et Brenmouth, qui ne le signe pas.';
    const places = [placeAt(text, 'Belgique'), placeAt(text, 'Lorval'), placeAt(text, 'Brenmouth')];
    expect(namesOf(text, 'ORG', 'fr', places)).toEqual(['Consulat général de Belgique à Lorval et Brenmouth']);
  });

  it('keeps both seats after "in X and Y" (English)', () => {
    const text = 'Help came from the Consulate General of Chile in Lorval and Brenmouth last year.';
    const places = [placeAt(text, 'Chile'), placeAt(text, 'Lorval'), placeAt(text, 'Brenmouth')];
    expect(namesOf(text, 'ORG', 'en', places)).toEqual(['Consulate General of Chile in Lorval and Brenmouth']);
  });

  it('ends at the first seat when a body’s name goes on after "and"', () => {
    const text = 'Help came from the Consulate General of Chile in Lorval and Brenmouth Harbour Authority.';
    const places = [placeAt(text, 'Chile'), placeAt(text, 'Lorval'), placeAt(text, 'Brenmouth')];
    expect(namesOf(text, 'ORG', 'en', places)).toContain('Consulate General of Chile in Lorval');
  });

  it('keeps the seat of a representative office', () => {
    const text = 'The Velmar Representative Office in Lorval helped with visas.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Lorval')])).toEqual(['Velmar Representative Office in Lorval']);
  });
});
