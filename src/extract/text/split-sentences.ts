import type { Span } from '../types.js';
import { isSpaceCode } from './space-code.js';

/**
 * Sentence boundaries for French and English news text, as trimmed half-open spans.
 * Line breaks always end a sentence. A `.`, `!`, `?` or `…` ends one when followed by
 * spaces and then an upper-case letter, digit or opening quote, unless the word before
 * the period is an abbreviation (M., Mme, Dr, St, Inc., Gov.) or an initial (J. Smith,
 * U.S.). Closing quotes and brackets after the mark stay with the sentence. One linear
 * scan, no backtracking.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // The regex engine skips the plain text between marks and line breaks far faster than a char loop.
  MARK_OR_BREAK.lastIndex = 0;
  while (MARK_OR_BREAK.exec(text)) {
    const i = MARK_OR_BREAK.lastIndex - 1;
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      pushTrimmed(text, start, i, spans);
      start = i + 1;
      continue;
    }
    const end = boundaryAfter(text, i);
    if (end > 0) {
      pushTrimmed(text, start, end, spans);
      start = end;
      MARK_OR_BREAK.lastIndex = end;
    } else {
      // The later marks of a run ("....") read the same run end, closers and next letter, so they
      // are no boundary either: skip the run, or a long one would be rescanned once per mark.
      MARK_OR_BREAK.lastIndex = endOfRun(text, i);
    }
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

const MARK_OR_BREAK = /[.!?\u2026\n\r]/g;

const ABBREVIATIONS = new Set(
  [
    'm', 'mm', 'mme', 'mmes', 'mlle', 'mgr', 'me', 'dr', 'pr', 'st', 'ste', 'inc', 'ltée', 'ltee',
    'cie', 'co', 'corp', 'ltd', 'av', 'apr', 'env', 'etc', 'cf', 'no', 'nos', 'vol', 'p', 'pp',
    'art', 'boul', 'bd', 'mr', 'mrs', 'ms', 'jr', 'sr', 'gov', 'sen', 'rep', 'hon', 'prof',
    'gen', 'lt', 'col', 'capt', 'sgt', 'rev', 'vs', 'fig', 'ch', 'tel', 'tél', 'dept', 'min',
    'jan', 'feb', 'fév', 'aug', 'sept', 'oct', 'nov', 'dec', 'déc', 'mt', 'ft', 'st-', 'ex',
    // Spanish honorifics before a name: "Dra. Ana Ruiz", "Lic. José Soto", "Ing. Luis Mora".
    'dra', 'sra', 'srta', 'lic', 'ing', 'cllr',
  ].map((w) => w.toLowerCase()),
);

function isTerminal(ch: number): boolean {
  return ch === 46 /* . */ || ch === 33 /* ! */ || ch === 63 /* ? */ || ch === 0x2026 /* … */;
}

function endOfRun(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && isTerminal(text.charCodeAt(j))) j++;
  return j;
}

/** End offset of the sentence whose terminal mark is at `i`, or -1 when it is not a boundary. */
function boundaryAfter(text: string, i: number): number {
  let j = skipClosers(text, endOfRun(text, i));
  const end = j;
  let k = j;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
  if (k === j || k >= text.length) return k >= text.length && k > j ? end : -1;
  if (!startsSentence(text[k]!)) return -1;
  if (text.charCodeAt(i) === 46 && j === i + 1 && isAbbreviation(text, i)) return -1;
  return end;
}

/** Closing quotes and brackets after the mark, French spacing included ("signerons. »"). */
function skipClosers(text: string, from: number): number {
  let j = from;
  for (;;) {
    if (j < text.length && isCloser(text[j]!)) j++;
    else if (isInlineSpace(text[j]) && text[j + 1] === '»') j += 2;
    else return j;
  }
}

function isInlineSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\u00a0' || c === '\u202f';
}

function isCloser(c: string): boolean {
  return c === '»' || c === '"' || c === '”' || c === '’' || c === "'" || c === ')' || c === ']';
}

function startsSentence(c: string): boolean {
  if (c === '«' || c === '"' || c === '“' || c === '(' || c === '[' || c === '—' || c === '-') return true;
  if (c >= '0' && c <= '9') return true;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when the word ending at the period `i` is a known abbreviation or a one-letter initial. */
function isAbbreviation(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && isWordCharAt(text, s - 1)) s--;
  const word = text.slice(s, i);
  if (word.length === 0) return false;
  if (word.length === 1 && word !== word.toLowerCase()) return true;
  // U.S. / J.-C. style: a letter preceded by a period.
  if (word.length <= 2 && s > 0 && text[s - 1] === '.') return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The unit at i has case (a letter that lower- or upper-cases to something else); ASCII by code. */
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  const c = text[i]!;
  return c !== c.toLowerCase() || c !== c.toUpperCase();
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}
