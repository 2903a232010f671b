import { ROLE_WORDS } from '../lexicons/people-titles.js';
import { wordSet } from '../lexicons/word-set.js';
import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { isNameWord, isPunct } from './word-classes.js';

// Marks that part a contact line: "Contact presse : Ana Roy, Service communication de X – 555".
const SEGMENT_MARKS = ',;:|/–—-()';
// A segment longer than this is a sentence, not a unit's name.
const MAX_SEGMENT_TOKENS = 12;

// Words an English communications unit is made of: "Communications and Public Affairs",
// "Office of Public Communications", "Marketing and Communications", "Communications team".
const EN_UNIT_WORDS = wordSet(`
communications communication media public affairs community engagement marketing corporate
external stakeholder relations office department team unit division branch desk service
services press strategic digital news and of for &
`);
const EN_KEYS = wordSet(`communications communication`);
// French heads of a department and the words of its communications remit: "Service
// communication", "direction de la communication", "Division des relations avec les médias".
const FR_UNIT_HEADS = wordSet(`service direction division pole cellule bureau departement equipe unite`);
const FR_UNIT_WORDS = wordSet(`communication communications presse relations medias media publiques avec les de la des du et`);
const FR_KEYS = wordSet(`communication communications presse medias media`);
const OWNER_LINKS = wordSet(`de du des d' la l' le les et of the`);

/**
 * A communications unit that fills a segment of a line, as a release's contact block or
 * photo credit gives it: "Communications and Public Affairs, Northvale University",
 * "Contact presse : Ana Roy, Service communication de la Ville de Pontlieu". A French unit
 * keeps the body it belongs to, unless that body is a lone acronym ("direction de la
 * communication de l'UTB"), which stands as its own entity.
 */
export function findCommsSegments(a: Analysis): Candidate[] {
  const t = a.tokens;
  const out: Candidate[] = [];
  let start = 0;
  for (let k = 0; k <= t.length; k++) {
    const tok = t[k];
    const ends = tok === undefined || tok.lineStart || isPunct(tok, SEGMENT_MARKS);
    if (!ends) continue;
    if (k > start && k - start <= MAX_SEGMENT_TOKENS && !a.inHeadline[start]) {
      const end = unitEnd(t, start, k);
      if (end > start) out.push({ type: 'ORG', start, end, priority: 8, confidence: 0.6 });
    }
    start = tok !== undefined && tok.lineStart ? k : k + 1;
  }
  return out;
}

/** Where the unit filling segment [from, to) ends, or `from` when the segment is no unit. */
function unitEnd(t: readonly Token[], from: number, to: number): number {
  return FR_UNIT_HEADS.has(t[from]!.fold) ? frenchUnitEnd(t, from, to) : englishUnitEnd(t, from, to);
}

/** A French head, its remit, then nothing or "de" + the owner's name up to the segment's end. */
function frenchUnitEnd(t: readonly Token[], from: number, to: number): number {
  let remitEnd = -1;
  for (let k = from + 1; k < to && FR_UNIT_WORDS.has(t[k]!.fold); k++) if (FR_KEYS.has(t[k]!.fold)) remitEnd = k + 1;
  if (remitEnd < 0) return from;
  if (remitEnd === to) return to;
  if (!OWNER_LINKS.has(t[remitEnd]!.fold) || !isOwnerName(t, remitEnd, to)) return from;
  return isLoneAcronym(t, remitEnd, to) ? remitEnd : to;
}

/** Capitalized words and links, one capitalized at least. */
function isOwnerName(t: readonly Token[], from: number, to: number): boolean {
  let named = false;
  for (let k = from; k < to; k++) {
    const tok = t[k]!;
    if (isNameWord(tok) || tok.isUpper) named = true;
    else if (!OWNER_LINKS.has(tok.fold)) return false;
  }
  return named;
}

function isLoneAcronym(t: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let upper = false;
  for (let k = from; k < to; k++) {
    if (OWNER_LINKS.has(t[k]!.fold)) continue;
    words++;
    upper = t[k]!.isUpper;
  }
  return words === 1 && upper;
}

/**
 * An optional owner's name ("Northvale University Media and Communications"), then unit
 * words only, capitalized but for links and a closing "team", with "Communications" among them.
 */
function englishUnitEnd(t: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && isNameWord(t[k]) && !EN_UNIT_WORDS.has(t[k]!.fold) && !ROLE_WORDS.has(t[k]!.fold)) k++;
  if (k === to || !t[k]!.isCap) return from;
  let key = false;
  for (let m = k; m < to; m++) {
    const tok = t[m]!;
    if (!EN_UNIT_WORDS.has(tok.fold) || (!tok.isCap && !isLowerUnitWord(t, m, k, to))) return from;
    if (EN_KEYS.has(tok.fold)) key = true;
  }
  // A lone "Communications" after a role ("Directeur, Communications") is a remit, not a unit.
  return key && to - from > 1 && EN_UNIT_WORDS.has(t[to - 1]!.fold) && !OWNER_LINKS.has(t[to - 1]!.fold) ? to : from;
}

/** A link inside the unit, or its closing noun in lower case ("Communications team"). */
function isLowerUnitWord(t: readonly Token[], m: number, first: number, to: number): boolean {
  const fold = t[m]!.fold;
  return m > first && (fold === 'and' || fold === 'of' || fold === 'for' || fold === '&' || (m === to - 1 && fold === 'team'));
}
