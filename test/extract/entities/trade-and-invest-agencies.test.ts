import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

/** A place span for every occurrence of `word`. */
function placesOf(text: string, word: string) {
  const out = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push({ start: at, end: at + word.length, name: word, confidence: 0.9 });
  return out;
}

describe('a trade and investment agency named by its territory', () => {
  it('keeps "Trade and/&" before "Invest(ment) <Place>"', () => {
    const text = 'The mission was led by Trade & Investment Tasmania with partners from Tasmania.';
    expect(namesOf(text, 'ORG', 'en', placesOf(text, 'Tasmania'))).toEqual(['Trade & Investment Tasmania']);
  });

  it('reads "<Place> Trade & Invest" as the agency', () => {
    const text = 'La mission était organisée par Andorre Trade & Invest et des entreprises d\'Andorre.';
    expect(namesOf(text, 'ORG', 'fr', placesOf(text, 'Andorre'))).toEqual(['Andorre Trade & Invest']);
  });
});

describe('a body named after its descriptor\'s adjective or complement', () => {
  it('drops "l\'agence régionale", "l\'agence de développement" before the name', () => {
    expect(namesOf("Une lettre lie l'agence régionale Innovarmor et la Ville de Brest.", 'ORG')).toEqual(['Innovarmor', 'Ville de Brest']);
    expect(namesOf("Elle a rencontré l'agence de développement Promovia lundi.", 'ORG')).toEqual(['Promovia']);
  });

  it('keeps the whole name when the capital follows "de"', () => {
    expect(namesOf("Elle a rencontré l'agence régionale de santé de Bretagne lundi.", 'ORG')).toEqual(['agence régionale de santé de Bretagne']);
  });
});
