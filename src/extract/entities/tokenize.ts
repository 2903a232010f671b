import { foldName } from '../lexicons/people-given-names.js';

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
  /** Two or more letters, none lower case (POSCO, CD2E, CTTÉI). */
  readonly isUpper: boolean;
  /** First token of a sentence or a line. */
  readonly sentenceStart: boolean;
  /** A line break separates it from the token before. */
  readonly lineStart: boolean;
}

// Words keep inner hyphens (any dash without spaces: Jean-François, Québec–Bavière) and
// inner apostrophes (O'Brien); elisions are split off afterwards. One linear scan.
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|presqu)['’](?=\p{L})/iu;
const POSSESSIVE = /['’]s$/iu;
const TERMINAL = new Set(['.', '!', '?', '…', ':', ';']);
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
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || (code > 0x1fff && isSpace(text[i]!))) { i++; continue; }
    const end = isWordCode(text, i) ? wordEnd(text, i) : i + (code >= 0xd800 && code < 0xdc00 ? 2 : 1);
    const lineStart = out.length === 0 || (hasNewline(text, lastEnd, i) && !isWrappedLine(text, lastEnd, i, out[out.length - 1]));
    for (const [s, e] of hasApostrophe(text, i, end) ? pieces(text.slice(i, end), i) : [[i, end] as [number, number]]) {
      const prev = out[out.length - 1];
      const sentenceStart: boolean = lineStart || pendingStart || (prev !== undefined && endsSentence(prev, out));
      out.push(makeToken(text, s, e, sentenceStart && !isOpener(text[s]!), lineStart && s === i));
      pendingStart = sentenceStart && isOpener(text[s]!);
    }
    lastEnd = end;
    i = end;
  }
  return out;
}

const SPACE = /\s/u;
function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  const cp = text.codePointAt(i)!;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** End of the word at i: letters and digits, joined by inner dashes and apostrophes. */
function wordEnd(text: string, i: number): number {
  let k = i;
  for (;;) {
    while (k < text.length && isWordCode(text, k)) k += text.charCodeAt(k) >= 0xd800 && text.charCodeAt(k) < 0xdc00 ? 2 : 1;
    const c = text.charCodeAt(k);
    const joiner = c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 39 || c === 0x2019;
    if (!joiner || k + 1 >= text.length || !isWordCode(text, k + 1)) return k;
    k++;
  }
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

/** An apostrophe in [from, to), found without slicing the word out. */
function hasApostrophe(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

function pieces(word: string, at: number): [number, number][] {
  const elision = ELISION.exec(word);
  if (elision) return [[at, at + elision[0].length], [at + elision[0].length, at + word.length]];
  if (word.length > 3 && POSSESSIVE.test(word)) return [[at, at + word.length - 2], [at + word.length - 2, at + word.length]];
  return [[at, at + word.length]];
}

function isOpener(ch: string): boolean {
  return ch === '«' || ch === '“' || ch === '"' || ch === '(' || ch === '[' || ch === '‘' || ch === '-' || ch === '–' || ch === '—' || ch === '•';
}

function endsSentence(prev: Token, out: readonly Token[]): boolean {
  if (!TERMINAL.has(prev.text)) return false;
  if (prev.text !== '.') return true;
  const before = out[out.length - 2];
  if (!before || !before.isWord) return true;
  if (ABBREVIATIONS.has(before.fold)) return false;
  return !(before.text.length === 1 && before.isCap);
}

function makeToken(text: string, start: number, end: number, sentenceStart: boolean, lineStart: boolean): Token {
  const t = text.slice(start, end);
  const code = t.charCodeAt(0);
  const ascii = code < 128;
  const isWord = ascii ? (code | 32) >= 97 && (code | 32) <= 122 : isLetter(t[0]!);
  const isCap = isWord && (ascii ? code <= 90 : t[0] !== t[0]!.toLowerCase());
  return { text: t, start, end, fold: fold(t), isWord, isCap, isUpper: isCap && isAllCaps(t), sentenceStart, lineStart };
}

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER.test(ch);
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
const ASCII = /^[\x00-\x7f]*$/;

/** `foldName` with a bounded cache: accent-free lower case. */
export function fold(t: string): string {
  let f = FOLD_CACHE.get(t);
  if (f !== undefined) return f;
  f = ASCII.test(t) ? t.toLowerCase() : foldName(t);
  if (FOLD_CACHE.size < FOLD_CACHE_MAX) FOLD_CACHE.set(t, f);
  return f;
}
