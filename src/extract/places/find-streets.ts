import type { FeatureSpan } from './find-features.js';
import type { WordToken } from './word-tokens.js';
import { gapAfter, isHyphenAfter, isSpaceAfter } from './word-tokens.js';

/*
 * Streets and squares are places, named with their head: "rue Rocheval", "avenue de la
 * Gare", "la place du Marché", "Rue Colbert", "Baker Street", "the Trans-Canada Highway".
 */

// Lower-case French heads before a street's name. "route de X", "chemin de X" are often the way to X; "cours" opens "au cours de".
const FR_STREET_HEADS = new Set(['rue', 'avenue', 'boulevard', 'quai', 'allee', 'impasse', 'esplanade', 'place']);
// Of those, the ones also written with a capital in running text ("Rue Colbert", "Place des Arts").
const FR_CAPITAL_HEADS = new Set(['rue', 'place', 'avenue', 'boulevard']);
// Capitalized English heads after a street's name.
const EN_STREET_HEADS = new Set(['street', 'avenue', 'road', 'boulevard', 'highway']);
const LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'l']);
// Lower-case words that may stand inside a hyphened name: "place du Général-de-Gaulle".
const INNER_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'en', 'et', 'd', 'l']);
const FUNCTION_WORDS = new Set(['la', 'le', 'les', 'l', 'the', 'de', 'du', 'des', 'd', 'et', 'and', 'of', 'a', 'au', 'aux', 'en', 'in', 'at']);
const ELIDED = new Set(['d', 'l', 'qu']);
const APOSTROPHES = new Set(["'", '’']);
const MAX_NAME_WORDS = 5;

const isNameWord = (token: WordToken | undefined): boolean => token !== undefined && token.capitalized && !token.allCaps && !FUNCTION_WORDS.has(token.key);

/** Streets and squares named in the text, head included. */
export function findStreets(text: string, tokens: readonly WordToken[]): FeatureSpan[] {
  const found: FeatureSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const span = frenchStreet(text, tokens, i) ?? englishStreet(text, tokens, i);
    if (!span) continue;
    found.push(span);
    i = span.last;
  }
  return found;
}

/** "rue Rocheval", "chemin de la Côte-Sainte-Catherine", "sur la place du Plessis". */
function frenchStreet(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const head = tokens[i]!;
  if (!FR_STREET_HEADS.has(head.key) || head.allCaps || (head.capitalized && !FR_CAPITAL_HEADS.has(head.key))) return null;
  // "The Harbourview Place Trust": a capitalized head inside an English name.
  if (head.capitalized && (startsSentence(text, tokens, i) || (isNameWord(tokens[i - 1]) && isSpaceAfter(text, tokens, i - 1)))) return null;
  if (head.key === 'place' && !head.capitalized && !squareNoun(text, tokens, i)) return null;
  let j = i + 1;
  while (j <= i + 2 && tokens[j] !== undefined && LINKS.has(tokens[j]!.key) && !tokens[j]!.capitalized) j++;
  if (j === tokens.length || !/^[ '’]$/u.test(gapAfter(text, tokens, j - 1))) return null;
  // "la place de Paris dans la finance", "la place d'Oran comme porte d'entrée": a town's standing, no square.
  if (head.key === 'place' && j === i + 2 && (tokens[i + 1]!.key === 'de' || tokens[i + 1]!.key === 'd')) return null;
  const last = nameEnd(text, tokens, j);
  return last < 0 ? null : { first: i, last, confidence: 0.6 };
}

/** "la place", "sur la Place": the noun, not the verb ("qui place Sfax sur la carte"). */
function squareNoun(text: string, tokens: readonly WordToken[], i: number): boolean {
  const article = tokens[i - 1];
  return article !== undefined && article.key === 'la' && isSpaceAfter(text, tokens, i - 1);
}

/** "Saint-Urbain Street", "the Alaska Highway"; not "Wall Street Journal". */
function englishStreet(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const head = tokens[i]!;
  if (!head.capitalized || head.allCaps || !EN_STREET_HEADS.has(head.key) || i === 0) return null;
  const next = tokens[i + 1];
  if (next && next.capitalized && !FUNCTION_WORDS.has(next.key) && isSpaceAfter(text, tokens, i)) return null;
  if (!isSpaceAfter(text, tokens, i - 1) || !isNameWord(tokens[i - 1])) return null;
  let first = i - 1;
  while (first > i - MAX_NAME_WORDS && isNameWord(tokens[first - 1]) && (isSpaceAfter(text, tokens, first - 1) || isHyphenAfter(text, tokens, first - 1))) first--;
  return { first, last: i, confidence: 0.6 };
}

/** Last token of the name opening at `from` (capitalized words, hyphened particles, "To'ata"), or -1. */
function nameEnd(text: string, tokens: readonly WordToken[], from: number): number {
  if (!isNameWord(tokens[from])) return -1;
  let last = from;
  while (last + 1 < tokens.length && last < from + MAX_NAME_WORDS - 1) {
    const next = tokens[last + 1]!;
    const gap = gapAfter(text, tokens, last);
    if (gap === ' ' && isNameWord(next)) last++;
    else if (isHyphenAfter(text, tokens, last) && (isNameWord(next) || (INNER_PARTICLES.has(next.key) && isHyphenAfter(text, tokens, last + 1) && isNameWord(tokens[last + 2])))) last++;
    // "To'ata": a lower-case syllable after an apostrophe inside a name, not an elision ("d'Arlon").
    else if (APOSTROPHES.has(gap) && !next.capitalized && tokens[last]!.capitalized && !ELIDED.has(tokens[last]!.key)) last++;
    else break;
  }
  return last;
}

/** Token i opens a sentence or a line. */
function startsSentence(text: string, tokens: readonly WordToken[], i: number): boolean {
  if (i === 0) return true;
  return /[.!?:\n]\s*$/u.test(gapAfter(text, tokens, i - 1));
}
