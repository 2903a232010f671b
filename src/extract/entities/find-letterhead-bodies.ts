import { MASTHEAD_LINES } from '../lexicons/outlet-words.js';
import { wordSet } from '../lexicons/word-set.js';
import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { isPunct } from './word-classes.js';

// A body's letterhead names it in a few words: a longer line in capitals is a headline.
const MAX_NAME_WORDS = 6;

// Heads that close a council's name: "HIGHLAND COUNCIL", "X REGIONAL COUNCIL".
const CLOSING_HEADS = wordSet(`council`);
// Heads that open a commune's name before "de": "COMMUNE DE Y". ("VILLE DE X", "CITY OF X" are left to
// the page's own mentions: read here, the letterhead would stand in for the town as an agreement's party.)
const OPENING_HEADS = wordSet(`commune`);
const OPENING_LINKS = wordSet(`de d' du`);

/**
 * The body whose minutes, agenda or release a page is, named in capitals on one of its first
 * lines ("PEMBROKESHIRE COUNTY COUNCIL", "THE HIGHLAND COUNCIL – NEWS RELEASE", "COMMUNE DE
 * X (Orne)"): the line, or its part before a dash or a bracket, is only that name.
 */
export function findLetterheadBodies(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!a.hasUpper) return out;
  const t = a.tokens;
  let line = 0;
  for (let i = 0; i < t.length; i++) {
    if (!t[i]!.lineStart) continue;
    if (++line > MASTHEAD_LINES) break;
    const end = nameEnd(t, i);
    if (end < 0) continue;
    const start = t[i]!.fold === 'the' ? i + 1 : i;
    if (isCouncilName(t, start, end) || isTownBodyName(t, start, end)) out.push({ type: 'ORG', start, end, priority: 9, confidence: 0.65 });
  }
  return out;
}

/** End of the run of capitals words that fills the line at i up to its end, a dash or a bracket; -1 otherwise. */
function nameEnd(t: readonly Token[], i: number): number {
  let k = i;
  while (k < t.length && k - i <= MAX_NAME_WORDS && (k === i || !t[k]!.lineStart) && isUpperWord(t[k]!)) k++;
  if (k === i || k - i > MAX_NAME_WORDS) return -1;
  const next = t[k];
  return next === undefined || next.lineStart || isPunct(next, '—–-|(') ? k : -1;
}

function isUpperWord(tok: Token): boolean {
  // "D'" of "D'AUBAGNE" is one capital letter and its apostrophe.
  return tok.isWord && (tok.isUpper || (tok.isCap && tok.fold === "d'"));
}

/** "PEMBROKESHIRE COUNTY COUNCIL": a name of one word at least, then the council. */
function isCouncilName(t: readonly Token[], start: number, end: number): boolean {
  return end - start >= 2 && CLOSING_HEADS.has(t[end - 1]!.fold);
}

/** "COMMUNE DE SAINT-X": the head, its link, then the place. */
function isTownBodyName(t: readonly Token[], start: number, end: number): boolean {
  return end - start >= 3 && OPENING_HEADS.has(t[start]!.fold) && OPENING_LINKS.has(t[start + 1]!.fold);
}
