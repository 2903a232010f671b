import { expandAbbreviation, normalizeWord } from '../gazetteer/normalize-name.js';

/** A run of letters with what the place rules read about it. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** normalizeWord(text): accent- and case-folded, St → saint. */
  readonly key: string;
  /** Starts with a capital letter. */
  readonly capitalized: boolean;
  /** Two or more letters, all capitals. */
  readonly allCaps: boolean;
}

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;

interface WordFacts {
  readonly key: string;
  readonly capitalized: boolean;
  readonly allCaps: boolean;
}

// Words repeat across and within articles; folding accents is the costly part of tokenizing.
const FACTS = new Map<string, WordFacts>();
const MAX_REMEMBERED = 50_000;

/** Letter runs of the text; digits and punctuation only separate them. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    // ASCII by code, inline: most characters, and a call per character costs more than the test.
    if (first < 128 ? (first | 32) < 97 || (first | 32) > 122 : !(classAt(text, i) & IS_LETTER)) { i++; continue; }
    const start = i;
    let ascii = true;
    let lower = false;
    let upper = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        lower = true;
        i++;
      } else if (c < 128) {
        if (c < 65 || c > 90) break;
        upper = true;
        i++;
      } else {
        if (!(classAt(text, i) & (IS_LETTER | IS_MARK))) break;
        ascii = false;
        i += charLength(text, i);
      }
    }
    const word = text.slice(start, i);
    // ASCII words (most of a text) are read here: lower case is their own key, and their case
    // needs no lookup among the remembered words.
    if (ascii && !upper) tokens.push({ start, end: i, text: word, key: expandAbbreviation(word), capitalized: false, allCaps: false });
    else if (ascii) {
      const capitalized = first <= 90;
      tokens.push({ start, end: i, text: word, key: expandAbbreviation(word.toLowerCase()), capitalized, allCaps: capitalized && i - start > 1 && !lower });
    } else {
      const facts = factsOf(word);
      tokens.push({ start, end: i, text: word, key: facts.key, capitalized: facts.capitalized, allCaps: facts.allCaps });
    }
  }
  return tokens;
}

const IS_LETTER = 1;
const IS_MARK = 2;
const KNOWN = 4;
// Class of each BMP code met so far (KNOWN | IS_LETTER | IS_MARK): one read per character, and
// typographic quotes, dashes and spaces are frequent, each regex test costing more than a scan.
const BMP_CLASS = new Uint8Array(0x10000);

/** IS_LETTER / IS_MARK bits of the code point at i: ASCII and Latin-1 letters by code, the rest by Unicode class. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) return unicodeClass(String.fromCodePoint(text.codePointAt(i)!));
  if (!BMP_CLASS[c]) BMP_CLASS[c] = KNOWN | classOfCode(c);
  return BMP_CLASS[c]! & (IS_LETTER | IS_MARK);
}

function classOfCode(c: number): number {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? IS_LETTER : 0;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7 ? IS_LETTER : 0;
  return unicodeClass(String.fromCharCode(c));
}

function unicodeClass(char: string): number {
  return LETTER.test(char) ? IS_LETTER : MARK.test(char) ? IS_MARK : 0;
}

function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c < 0xdc00 ? 2 : 1;
}

function factsOf(word: string): WordFacts {
  const known = FACTS.get(word);
  if (known) return known;
  const capitalized = word[0] !== word[0]!.toLowerCase();
  const facts = { key: normalizeWord(word), capitalized, allCaps: capitalized && word.length > 1 && word === word.toUpperCase() };
  if (FACTS.size >= MAX_REMEMBERED) FACTS.clear();
  FACTS.set(word, facts);
  return facts;
}

// What may stand between two words of one place name: "New Brunswick", "Fès-Meknès",
// "Côte d'Ivoire", "St. John", "Wallonie - Bruxelles", "Saguenay–Lac-Saint-Jean".
const JOINERS = new Set([' ', '\u00a0', '-', '‐', '‑', '–', "'", '’', '. ', '.', '.-', ' - ', ' – ']);
const HYPHENS = new Set(['-', '‐', '‑', '–']);
const HYPHEN_CODES = new Set([...HYPHENS].map((h) => h.charCodeAt(0)));
const LONGEST_JOINER = Math.max(...[...JOINERS].map((j) => j.length));

/** The characters between token i and token i + 1. */
export function gapAfter(text: string, tokens: readonly WordToken[], i: number): string {
  const next = tokens[i + 1];
  return next ? text.slice(tokens[i]!.end, next.start) : '';
}

/** A gap already cut out of the text is a hyphen or dash. */
export function isHyphen(gap: string): boolean {
  return HYPHENS.has(gap);
}

/** The gap after token i is a joiner; cut out of the text only when it is neither one space nor too long to be one. */
export function isJoinerAfter(text: string, tokens: readonly WordToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  const from = tokens[i]!.end;
  const length = next.start - from;
  if (length === 1 && text.charCodeAt(from) === 32) return true;
  return length <= LONGEST_JOINER && JOINERS.has(text.slice(from, next.start));
}

/** The gap after token i is a hyphen or dash, read by char code. */
export function isHyphenAfter(text: string, tokens: readonly WordToken[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.start - tokens[i]!.end === 1 && HYPHEN_CODES.has(text.charCodeAt(next.start - 1));
}

/** The character at `at` is a hyphen or dash (one of the one-char hyphen gaps). */
export function isHyphenCodeAt(text: string, at: number): boolean {
  return HYPHEN_CODES.has(text.charCodeAt(at));
}

/** The gap after token i is one plain space, read by char code. */
export function isSpaceAfter(text: string, tokens: readonly WordToken[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.start - tokens[i]!.end === 1 && text.charCodeAt(next.start - 1) === 32;
}

/** gapAfter(text, tokens, i) === gap, without cutting the gap out. */
export function isGapAfter(text: string, tokens: readonly WordToken[], i: number, gap: string): boolean {
  const next = tokens[i + 1];
  if (!next) return gap === '';
  const from = tokens[i]!.end;
  return next.start - from === gap.length && text.startsWith(gap, from);
}

/** Last token of the capitalized words hyphened onto token i ("Baie-Trinité", "Deux-Îlets"). */
export function hyphenedEnd(text: string, tokens: readonly WordToken[], i: number): number {
  let last = i;
  while (tokens[last + 1]?.capitalized && isHyphenAfter(text, tokens, last)) last++;
  return last;
}
