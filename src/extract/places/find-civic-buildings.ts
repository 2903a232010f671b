import type { FeatureSpan } from './find-features.js';
import type { WordToken } from './word-tokens.js';
import { isSpaceAfter } from './word-tokens.js';

// A council's building that needs no town in its name: "signed at County Hall, Llanfair", "in the Guildhall".
const ONE_WORD_BUILDINGS = new Set(['guildhall']);
// Two capitalized words: the first names whose building it is, the second what it is.
const TWO_WORD_BUILDINGS = new Map([
  ['county', 'hall'],
  ['shire', 'hall'],
  ['municipal', 'chambers'],
]);

/**
 * "at County Hall", "the Guildhall", "the Municipal Chambers": a council's building named on its
 * own. Not inside a longer name ("Dorset County Hall" is read as a town's hall, "County Hall
 * Gardens" as something else), nor a written-out heading in capitals.
 */
export function findCivicBuildings(text: string, tokens: readonly WordToken[]): FeatureSpan[] {
  const found: FeatureSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (!word.capitalized || word.allCaps) continue;
    const second = TWO_WORD_BUILDINGS.get(word.key);
    const last = ONE_WORD_BUILDINGS.has(word.key) ? i : second !== undefined && second === nextKey(text, tokens, i) ? i + 1 : -1;
    if (last < 0 || continuesName(text, tokens, i - 1) || continuesName(text, tokens, last)) continue;
    found.push({ first: i, last, confidence: 0.6 });
    i = last;
  }
  return found;
}

function nextKey(text: string, tokens: readonly WordToken[], i: number): string | undefined {
  const next = tokens[i + 1];
  return next?.capitalized && !next.allCaps && isSpaceAfter(text, tokens, i) ? next.key : undefined;
}

// Capitalized at a sentence's start without being part of the name: "The Guildhall was full."
const OPENERS = new Set(['the', 'at', 'in', 'from', 'inside', 'outside']);

/** A capitalized word joined by a space to the building's name on that side. */
function continuesName(text: string, tokens: readonly WordToken[], i: number): boolean {
  const [word, other] = [tokens[i], tokens[i + 1]];
  return word !== undefined && other !== undefined && word.capitalized && !OPENERS.has(word.key) && other.capitalized && isSpaceAfter(text, tokens, i);
}
