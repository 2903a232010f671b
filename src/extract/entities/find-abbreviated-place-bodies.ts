import { UPPER_STOP_WORDS } from '../lexicons/org-stop-words.js';
import { spanText, type Analysis, type Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { isNameWord, isPunct } from './word-classes.js';
import { PLACE_BODY_PREFIX } from './word-lists.js';

/*
 * "Enterprise NI", "Innovation NL", "Tourism NB": a body named after its territory in
 * initials. The gazetteer knows no "NI", so the place-named rule misses it and the
 * all-caps rule takes the initials alone. "Enterprise Northern Ireland (Enterprise NI)" defines
 * the short form of a long one: the long form gets it as an alias, so that each later
 * "Enterprise NI" joins that body.
 */

const MAX_INITIALS = 4;
const MAX_LONG_FORM_WORDS = 4;

/** ORG candidates "Prefix INITIALS", and the long form a bracketed one abbreviates. */
export function findAbbreviatedPlaceBodies(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!(a.listsInText & PLACE_BODY_PREFIX) || !a.hasUpper) return out;
  const t = a.tokens;
  let longForms: Map<string, string> | undefined;
  for (let i = 0; i < t.length - 1; i++) {
    const tok = t[i]!;
    if (!(tok.lists & PLACE_BODY_PREFIX) || !tok.isCap || tok.isUpper || a.inHeadline[i] || !isInitials(t[i + 1]!)) continue;
    // "Business AI Summit": a capitalized word after the initials names something else.
    if (isNameWord(t[i + 2]) && !t[i + 2]!.sentenceStart) continue;
    const short = spanText(a, i, i + 2);
    const longStart = isPunct(t[i - 1], '(') && isPunct(t[i + 2], ')') ? abbreviatedLongForm(t, i - 1) : -1;
    if (longStart >= 0) {
      const long = spanText(a, longStart, i - 1);
      (longForms ??= new Map()).set(short, long);
      out.push({ type: 'ORG', start: longStart, end: i - 1, priority: 7, confidence: 0.8, aliases: [short] });
    }
    const long = longForms?.get(short);
    out.push({ type: 'ORG', start: i, end: i + 2, priority: 6, confidence: 0.7, ...(long ? { aliases: [long] } : {}) });
  }
  return out;
}

/** "NI", "PEI": two to four capitals, no unit or code. */
function isInitials(tok: Token): boolean {
  if (!tok.isUpper || tok.text.length > MAX_INITIALS || UPPER_STOP_WORDS.has(tok.fold) || tok.sentenceStart || tok.lineStart) return false;
  for (let k = 0; k < tok.text.length; k++) {
    const c = tok.text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * Start of "Enterprise Northern Ireland" before the "(" at `open` of "(Enterprise NI)": the same
 * first word, then words whose initials spell the capitals; -1 when they do not.
 */
function abbreviatedLongForm(t: readonly Token[], open: number): number {
  const prefix = t[open + 1]!;
  const initials = t[open + 2]!.fold;
  const n = initials.length;
  const start = open - 1 - n;
  if (start < 0 || n > MAX_LONG_FORM_WORDS || t[start]!.fold !== prefix.fold) return -1;
  for (let k = 0; k < n; k++) {
    const word = t[start + 1 + k]!;
    if (!isNameWord(word) || word.fold[0] !== initials[k]) return -1;
  }
  return start;
}
