import type { FeatureSpan } from './find-features.js';
import { COMMON_WORDS, capitalizedRunAfter, isNameWord } from './find-features.js';
import { NEVER_PLACES } from './place-cues.js';
import { EN_HEADS, FR_HEADS } from '../lexicons/org-head-words.js';
import { HONORIFICS, ROLE_WORDS } from '../lexicons/people-titles.js';
import type { WordToken } from './word-tokens.js';
import { gapAfter, isSpaceAfter } from './word-tokens.js';

/*
 * Rivers are often named bare, their head word said once before them or not at all: "Our
 * rivers, the Tarn and the Water of Ayr", "une rivière, la Sélune chez nous", "the banks of the
 * Wye", "along the Exe". The gazetteer lists towns, not rivers.
 */

const RIVER_NOUNS = new Set(['river', 'rivers', 'riviere', 'rivieres', 'fleuve', 'fleuves']);
const ARTICLES = new Set(['the', 'la', 'le', 'l']);
const LIST_WORDS = new Set(['and', 'et']);
// The parts of a river or a lake named "of the X" in English; "a source of the X", "the bank of the X" are a newspaper's or a firm's.
const WATER_PARTS = new Set(['banks', 'shore', 'shores', 'mouth', 'headwaters', 'estuary']);
const ALONG = 'along';
// Lower-case words between a river noun and its names ("a shared river:", "un fleuve capricieux :").
const MAX_QUALIFIERS = 2;
// Words between one named river and the next ("the Tay for us and the Ayr for you").
const MAX_WORDS_BETWEEN = 4;
const MAX_RIVERS = 4;
const CONFIDENCE = 0.6;

/** Rivers named bare after a river noun, or after "the banks of", "along". */
export function findNamedRivers(text: string, tokens: readonly WordToken[]): FeatureSpan[] {
  const found: FeatureSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.capitalized) continue;
    if (RIVER_NOUNS.has(token.key)) found.push(...riversAfterNoun(text, tokens, i));
    else if (WATER_PARTS.has(token.key) && tokens[i + 1]?.key === 'of') pushRiver(found, riverAt(text, tokens, i + 2));
    else if (token.key === ALONG) pushRiver(found, oneWord(riverAt(text, tokens, i + 1)));
  }
  return found;
}

// "along the Exe"; "along the Trans-Canada Highway" is a road, named by its head elsewhere.
function oneWord(span: FeatureSpan | null): FeatureSpan | null {
  return span && span.first === span.last ? span : null;
}

function pushRiver(found: FeatureSpan[], span: FeatureSpan | null): void {
  if (span) found.push(span);
}

/** "rivers, the Tarn and the Ayr": the names in apposition to a river noun, after a comma or colon. */
function riversAfterNoun(text: string, tokens: readonly WordToken[], noun: number): FeatureSpan[] {
  let k = noun;
  while (k < noun + MAX_QUALIFIERS && tokens[k + 1] && !tokens[k + 1]!.capitalized && !ARTICLES.has(tokens[k + 1]!.key) && isSpaceAfter(text, tokens, k)) k++;
  if (!/^\s?[,:]\s$/u.test(gapAfter(text, tokens, k))) return [];
  const rivers: FeatureSpan[] = [];
  let at = k + 1;
  while (rivers.length < MAX_RIVERS) {
    const river = riverAt(text, tokens, at);
    if (!river) break;
    rivers.push(river);
    const next = nextListed(text, tokens, river.last);
    if (next < 0) break;
    at = next;
  }
  return rivers;
}

/** The article of the next name in the list after token `last`: after "and", "et" or a comma, within a few words. */
function nextListed(text: string, tokens: readonly WordToken[], last: number): number {
  for (let k = last + 1; k <= last + MAX_WORDS_BETWEEN && k < tokens.length; k++) {
    if (/[.;!?\n]/u.test(gapAfter(text, tokens, k - 1))) return -1;
    if (!ARTICLES.has(tokens[k]!.key) || tokens[k]!.capitalized) continue;
    if (LIST_WORDS.has(tokens[k - 1]!.key) || gapAfter(text, tokens, k - 1).includes(',')) return k;
  }
  return -1;
}

/** "along the Mayor", "the mouth of the Council": a person's title or a body's head, no river. */
function isTitleOrHead(key: string): boolean {
  return ROLE_WORDS.has(key) || HONORIFICS.has(key) || EN_HEADS.has(key) || FR_HEADS.has(key);
}

/** "the Tarn", "la Sélune", "the Water of Ayr": an article and a short name that no capitalized word goes on. */
function riverAt(text: string, tokens: readonly WordToken[], article: number): FeatureSpan | null {
  const word = tokens[article];
  if (!word || word.capitalized || !ARTICLES.has(word.key) || !/^[ '’]$/u.test(gapAfter(text, tokens, article))) return null;
  const first = article + 1;
  const name = tokens[first];
  // A given name may name a river ("the Tamar"), a common word not ("along the Way").
  if (!name || !isNameWord(name) || COMMON_WORDS.has(name.key) || NEVER_PLACES.has(name.key) || isTitleOrHead(name.key)) return null;
  let last = capitalizedRunAfter(text, tokens, first);
  // "the Water of Girvan": one "of" inside the name.
  if (tokens[last + 1]?.key === 'of' && !tokens[last + 1]!.capitalized && tokens[last + 2] && isNameWord(tokens[last + 2]!) && isSpaceAfter(text, tokens, last) && isSpaceAfter(text, tokens, last + 1)) last = capitalizedRunAfter(text, tokens, last + 2);
  const after = tokens[last + 1];
  if (after?.capitalized && isSpaceAfter(text, tokens, last)) return null;
  // "the river, the Council said": a body, no river.
  if (EN_HEADS.has(tokens[last]!.key) || FR_HEADS.has(tokens[last]!.key)) return null;
  return { first, last, confidence: CONFIDENCE };
}
