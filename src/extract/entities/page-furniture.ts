import type { Analysis } from './candidate.js';
import type { Token } from './tokenize.js';
import { isPunct } from './word-classes.js';

// A short label line in capitals ("LOCAL NEWS", "À L'AGENDA", "EN BREF") holds this many letters at least.
const LABEL_MIN_LETTERS = 6;
// A label line is a few tokens: no scan goes further, whatever the line's length.
const LABEL_MAX_TOKENS = 10;

/**
 * Whether the word in capitals at i is page furniture rather than an acronym: part of a
 * postal code ("G1R 3Y8", "SW1A 1AA") or a post-office box ("PO Box 12"), or of a short section label made only of capitals
 * on a line of its own (too short for the headline test of analyzeText) or between a line's marks ("AVIS PUBLICS — Publié le …").
 */
export function isPageFurniture(a: Analysis, i: number): boolean {
  return isPostalCodePart(a.tokens, i) || isCapitalLabelLine(a.tokens, i) || isCapitalLabelSegment(a.tokens, i) || isPostBox(a.tokens, i) || isDeskInitials(a.tokens, i) || isStateCode(a.tokens, i);
}

/** "Brelac, MN 56999", "ARDEN, NH –": two capitals after a town and its comma, before a ZIP code or a dateline's dash. */
function isStateCode(t: readonly Token[], i: number): boolean {
  const [tok, comma, town, next] = [t[i]!, t[i - 1], t[i - 2], t[i + 1]];
  if (tok.text.length !== 2 || !isPunct(comma, ',') || town === undefined || !town.isCap || next === undefined) return false;
  return /^\d{5}$/u.test(next.text) || (isPunct(next, '–—') && town.lineStart);
}

/** "ABW/jm" alone on the last line of a wire story: the initials of its writer and editor. */
function isDeskInitials(t: readonly Token[], i: number): boolean {
  const [tok, slash, editor, after] = [t[i]!, t[i + 1], t[i + 2], t[i + 3]];
  if (!tok.lineStart || !isPunct(slash, '/') || slash!.start !== tok.end || editor === undefined || editor.start !== slash!.end) return false;
  return editor.isWord && !editor.isCap && editor.end - editor.start <= MAX_EDITOR_LETTERS && (after === undefined || after.lineStart);
}
const MAX_EDITOR_LETTERS = 3;

/** "PO Box 12", "BP 345": a post-office box of an address. */
function isPostBox(t: readonly Token[], i: number): boolean {
  const next = t[i + 1];
  if (!next) return false;
  if (t[i]!.fold === 'po') return next.fold === 'box';
  return t[i]!.fold === 'bp' && /^\d+$/u.test(next.text);
}

/** "G1R 3Y8": letters and digits mixed in the word and in its neighbour (a code, not a name). */
function isPostalCodePart(t: readonly Token[], i: number): boolean {
  const tok = t[i]!;
  if (!hasLetterAndDigit(tok.text)) return false;
  const next = t[i + 1];
  const prev = t[i - 1];
  return (next !== undefined && next.start === tok.end + 1 && hasLetterAndDigit(next.text)) || (prev !== undefined && prev.end + 1 === tok.start && hasLetterAndDigit(prev.text));
}

function hasLetterAndDigit(text: string): boolean {
  if (text.length > 4) return false;
  let letter = false;
  let digit = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) digit = true;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letter = true;
  }
  return letter && digit;
}

/** The line around i has two words or more, all in capitals, and no other token but marks. */
function isCapitalLabelLine(t: readonly Token[], i: number): boolean {
  let from = i;
  while (from > 0 && !t[from]!.lineStart && i - from < LABEL_MAX_TOKENS) from--;
  if (!t[from]!.lineStart) return false;
  let words = 0;
  let letters = 0;
  for (let k = from; k < t.length && (k === from || !t[k]!.lineStart); k++) {
    const tok = t[k]!;
    if (k - from >= LABEL_MAX_TOKENS) return false;
    if (!tok.isWord) continue;
    if (!isCapitalsOnly(tok.text)) return false;
    words++;
    letters += tok.end - tok.start;
    // A long line is a headline or a sentence, which other tests read.
    if (words > 4) return false;
  }
  return words >= 2 && letters >= LABEL_MIN_LETTERS;
}

/** No lower-case letter in the word ("L'", "À" and "AGENDA" qualify). */
function isCapitalsOnly(text: string): boolean {
  return text === text.toUpperCase();
}

// Marks that part a page's top line into label, outlet and date: "AVIS PUBLICS — Publié le …", "X · November issue".
const SEGMENT_MARKS = '—–·|•';

/**
 * "AVIS PUBLICS — Publié le 3 mai", "L'Écho du Littoral – EN DIRECT": two words or more, all in capitals, between a
 * line's start or one of its marks and the next; a line wholly in capitals is isCapitalLabelLine's.
 */
function isCapitalLabelSegment(t: readonly Token[], i: number): boolean {
  let from = i;
  while (from > 0 && !t[from]!.lineStart && !isPunct(t[from - 1], SEGMENT_MARKS) && i - from < LABEL_MAX_TOKENS) from--;
  const afterMark = !t[from]!.lineStart;
  if (afterMark && !isPunct(t[from - 1], SEGMENT_MARKS)) return false;
  let to = i + 1;
  while (to < t.length && !t[to]!.lineStart && !isPunct(t[to], SEGMENT_MARKS) && to - from < LABEL_MAX_TOKENS) to++;
  const beforeMark = to < t.length && !t[to]!.lineStart;
  if ((!afterMark && !beforeMark) || (beforeMark && !isPunct(t[to], SEGMENT_MARKS))) return false;
  let words = 0;
  let letters = 0;
  for (let k = from; k < to; k++) {
    const tok = t[k]!;
    if (!tok.isWord && !isPunct(tok, "'’")) return false;
    if (!tok.isWord) continue;
    if (!isCapitalsOnly(tok.text)) return false;
    words++;
    letters += tok.end - tok.start;
  }
  return words >= 2 && words <= MAX_SEGMENT_WORDS && letters >= LABEL_MIN_LETTERS;
}
const MAX_SEGMENT_WORDS = 4;
