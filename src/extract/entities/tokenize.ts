import { foldName } from '../lexicons/people-given-names.js';
import { isSpaceCode } from '../text/space-code.js';
import { HASH_SEED, hashOf, hashStep, spellingAt, type Spelling } from './spellings.js';
import { wordLists } from './word-lists.js';
import { wordShape } from './word-shapes.js';

/** A word or punctuation mark of the analysed text, with what the rules ask of it. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Accent-free lower case, apostrophes as `'`. */
  readonly fold: string;
  /** Starts with a letter. */
  readonly isWord: boolean;
  /** Starts with an upper-case letter. */
  readonly isCap: boolean;
  /** Two or more letters, none lower case (KORMET, KR2T, CRDÉI). */
  readonly isUpper: boolean;
  /** First token of a sentence or a line. */
  readonly sentenceStart: boolean;
  /** A line break separates it from the token before. */
  readonly lineStart: boolean;
  /** The word lists its fold is in: bits of word-lists.ts. */
  readonly lists: number;
  /** What its spelling looks like: bits of word-shapes.ts. */
  readonly shape: number;
}

// Words keep inner hyphens (any dash without spaces: Jean-François, Québec–Bavière) and
// inner apostrophes (O'Brien); elisions are split off afterwards. One linear scan.
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|presqu)['’](?=\p{L})/iu;
const POSSESSIVE = /['’]s$/iu;
// Words after which a period does not end the sentence.
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'me', 'pr', 'mr', 'mrs', 'ms', 'st', 'ste',
  'inc', 'ltd', 'corp', 'co', 'gov', 'sen', 'rep', 'prof', 'hon', 'jr', 'sr', 'no',
  'vs', 'etc', 'cf', 'cfr', 'ex', 'av', 'bd', 'env', 'p', 'ph', 'dept', 'mt', 'ft',
]);

/** Splits text into tokens in one linear pass (elisions and 's split off). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let lastEnd = 0;
  let pendingStart = true;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) { i++; continue; }
    const isWordStart = isWordCode(text, i);
    const end = isWordStart ? wordEnd(text, i) : i + (code >= 0xd800 && code < 0xdc00 ? 2 : 1);
    const lineStart = out.length === 0 || (hasNewline(text, lastEnd, i) && !isWrappedLine(text, lastEnd, i, out[out.length - 1]));
    // A word with an elision or a possessive is two tokens (l’|Agence, Dupuis|’s).
    // A mark token splits nowhere: only a word can hold an elision or a possessive.
    const split = isWordStart && wordHadApostrophe ? splitPoint(text.slice(i, end), i) : end;
    // A whole word was hashed while it was read.
    const hash = isWordStart && split === end ? wordHash : hashOf(text, i, split);
    pendingStart = pushToken(out, text, i, split, hash, lineStart, lineStart || pendingStart);
    if (split < end) pendingStart = pushToken(out, text, split, end, hashOf(text, split, end), false, lineStart || pendingStart);
    lastEnd = end;
    i = end;
  }
  return out;
}

/** Appends the token [start, end); returns whether the sentence starts after it (an opening quote or bracket). */
function pushToken(out: Token[], text: string, start: number, end: number, hash: number, lineStart: boolean, startsSentence: boolean): boolean {
  const prev = out[out.length - 1];
  const sentenceStart = startsSentence || (prev !== undefined && endsSentence(text, prev, out));
  const opener = isOpener(text.charCodeAt(start));
  out.push(makeToken(text, start, end, hash, sentenceStart && !opener, lineStart));
  return sentenceStart && opener;
}

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c < 0xd800 || c > 0xdfff) return unitClass(c) !== OTHER_UNIT;
  const cp = text.codePointAt(i)!;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

// The class of each UTF-16 unit, found by the Unicode regexes on first sight and kept
// (64 KB at most): quotes, dashes and apostrophes recur, and a table read costs far less.
const UNIT_CLASS = new Uint8Array(0x10000);
const LETTER_UNIT = 1;
const NUMBER_UNIT = 2;
const OTHER_UNIT = 3;

function unitClass(c: number): number {
  let k = UNIT_CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = LETTER.test(ch) ? LETTER_UNIT : WORD_CHAR.test(ch) ? NUMBER_UNIT : OTHER_UNIT;
    UNIT_CLASS[c] = k;
  }
  return k;
}

// Set by `wordEnd` for the word it last read, so that the word is scanned once: whether it
// had an inner apostrophe, and the hash of its chars (spellings.ts).
let wordHadApostrophe = false;
let wordHash = HASH_SEED;

/** End of the word at i: letters and digits, joined by inner dashes and apostrophes. */
function wordEnd(text: string, i: number): number {
  let k = i;
  let h = HASH_SEED;
  wordHadApostrophe = false;
  for (;;) {
    for (;;) {
      const c = text.charCodeAt(k);
      // ASCII letters and digits inline: most of the text, and NaN past the end fails both tests.
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        h = hashStep(h, c);
        k++;
      } else if (c >= 128 && isWordCode(text, k)) {
        h = hashStep(h, c);
        if (c >= 0xd800 && c < 0xdc00) {
          h = hashStep(h, text.charCodeAt(k + 1));
          k += 2;
        } else k++;
      } else break;
    }
    let c = text.charCodeAt(k);
    // "Odilon-P.-Marrot": an initial inside a hyphenated name keeps its period.
    if (c === 46 && isInnerInitial(text, i, k)) {
      h = hashStep(h, c);
      c = text.charCodeAt(++k);
    }
    const joiner = isInnerDash(c) || c === 39 || c === 0x2019;
    if (!joiner || k + 1 >= text.length || !isWordCode(text, k + 1)) {
      wordHash = h;
      return k;
    }
    if (c === 39 || c === 0x2019) wordHadApostrophe = true;
    h = hashStep(h, c);
    k++;
  }
}

/** The period at k closes one capital that a dash joined to the word's start and a dash and a letter follow. */
function isInnerInitial(text: string, wordStart: number, k: number): boolean {
  if (k - 2 <= wordStart || !isInnerDash(text.charCodeAt(k - 2)) || !isInnerDash(text.charCodeAt(k + 1)) || !isWordCode(text, k + 2)) return false;
  const initial = text[k - 1]!;
  return initial !== initial.toLowerCase() && isWordCode(text, k - 1);
}

/** The dashes that join a word's parts: "-", U+2010 and U+2011 hyphens, the en dash. */
function isInnerDash(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

/**
 * A line wrapped mid-sentence (PDF text): one line break after a word or comma, and the
 * next line going on in lower case ("la Délégation générale⏎du Québec").
 */
function isWrappedLine(text: string, from: number, to: number, prev: Token | undefined): boolean {
  if (!prev || !(prev.isWord || prev.text === ',')) return false;
  const next = text[to]!;
  if (next === next.toUpperCase() || !isLetter(next)) return false;
  let breaks = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) breaks++;
  return breaks === 1;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Where the word at `at` splits after an elision or before a possessive; its end when it does not. */
function splitPoint(word: string, at: number): number {
  const elision = ELISION.exec(word);
  if (elision) return at + elision[0].length;
  if (word.length > 3 && POSSESSIVE.test(word)) return at + word.length - 2;
  return at + word.length;
}

// « “ " ( [ ‘ - – — •
function isOpener(code: number): boolean {
  return code === 0xab || code === 0x201c || code === 34 || code === 40 || code === 91 || code === 0x2018 || code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2022;
}

/** Whether the token after `prev` starts a sentence; read from the text, not from the token's strings. */
function endsSentence(text: string, prev: Token, out: readonly Token[]): boolean {
  if (prev.end - prev.start !== 1) return false;
  const code = text.charCodeAt(prev.start);
  if (!isTerminal(code)) return false;
  if (code !== 46) return true;
  const before = out[out.length - 2];
  if (!before || !before.isWord) return true;
  if (ABBREVIATIONS.has(before.fold)) return false;
  return !(before.text.length === 1 && before.isCap);
}

// . ! ? … : ;
function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 58 || code === 59;
}

function makeToken(text: string, start: number, end: number, hash: number, sentenceStart: boolean, lineStart: boolean): Token {
  const s = spellingAt(text, start, end, hash, describeSpelling);
  return { text: s.text, start, end, fold: s.fold, isWord: s.isWord, isCap: s.isCap, isUpper: s.isUpper, sentenceStart, lineStart, lists: s.lists, shape: s.shape };
}

function describeSpelling(t: string): Spelling {
  const code = t.charCodeAt(0);
  const ascii = code < 128;
  const isWord = ascii ? (code | 32) >= 97 && (code | 32) <= 122 : isLetter(t[0]!);
  const isCap = isWord && (ascii ? code <= 90 : t[0] !== t[0]!.toLowerCase());
  const f = fold(t);
  // Every listed word starts with a letter: punctuation and numbers need no look-up.
  const isUpper = isCap && isAllCaps(t);
  return { text: t, fold: f, isWord, isCap, isUpper, lists: isWord ? wordLists(f) : 0, shape: wordShape(t, f, isCap, isUpper) };
}

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return unitClass(c) === LETTER_UNIT;
}
const LETTER = /\p{L}/u;

/** Two or more letters, all capitals, or one capital with a digit (C3E, M2A). */
function isAllCaps(t: string): boolean {
  let letters = 0;
  let digits = 0;
  let i = 0;
  // ASCII by code (no one-letter strings); from the first other character on, by case mapping.
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) break;
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 48 && c <= 57) digits++;
  }
  for (const ch of t.slice(i)) {
    const lower = ch.toLowerCase();
    if (lower !== ch.toUpperCase()) {
      if (lower === ch) return false;
      letters++;
    } else if (ch >= '0' && ch <= '9') digits++;
  }
  return letters >= 2 || (letters === 1 && digits > 0 && t.length > 1);
}

// Folding is the costliest per-token step; news text repeats its words, so cache it
// (bounded, so a 1 MB input of unique words cannot grow it without limit).
const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_MAX = 20_000;

/** `foldName` with a bounded cache: accent-free lower case. */
export function fold(t: string): string {
  // ASCII needs only lower-casing, and none when it has no capital: no cache look-up.
  let upper = false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128) return foldCached(t);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? t.toLowerCase() : t;
}

function foldCached(t: string): string {
  let f = FOLD_CACHE.get(t);
  if (f !== undefined) return f;
  f = foldName(t);
  if (FOLD_CACHE.size < FOLD_CACHE_MAX) FOLD_CACHE.set(t, f);
  return f;
}
