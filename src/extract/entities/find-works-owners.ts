import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { isGivenName, isHeadWord, isNameWord } from './word-classes.js';

/*
 * A company named by the works it owns, with no head word of its own: "l'usine Corvane de
 * Melville", "le siège d'Orlavia", "propriété d'Orlavia"; "the Orlavia headquarters",
 * "Orlavia's Kelso plant". What only a company has marks the name beside it as one.
 */

const MAX_NAME_WORDS = 3;

// "l'usine Corvane de …": the owner's name follows the noun with no link ("l'usine de Lorval" is a town's).
const FR_WORKS_NOUNS = new Set(['usine', 'usines']);
// "le siège d'Orlavia", "propriété d'Orlavia": the owner follows "de".
const FR_OWNED_NOUNS = new Set(['siege', 'propriete']);
const FR_OF = new Set(['de', "d'"]);
// "the Orlavia headquarters", "Orlavia's Kelso plant": a company's sites, after its name.
const EN_WORKS_NOUNS = new Set(['headquarters', 'plant', 'factory', 'refinery', 'smelter', 'shipyard', 'campus', 'site']);
// "the Kelso campus", "the Kelso site" mostly say where (a university's campus, a town's site): only "Orlavia's campus" names an owner.
const EN_POSSESSED_ONLY = new Set(['campus', 'site']);

/** Companies marked by their works, French ("usine X", "siège d'X") and English ("the X plant", "X's Y site"). */
export function findWorksOwners(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  for (let i = 0; i < t.length - 1; i++) {
    const tok = t[i]!;
    if (tok.isCap || !tok.isWord) continue;
    const start = ownerStartAfter(t, i);
    if (start >= 0) pushOwner(a, out, start, nameEnd(t, start));
    else if (EN_WORKS_NOUNS.has(tok.fold)) pushEnglishOwner(a, out, i);
  }
  return out;
}

/** Where the owner's name starts after a French works noun at i, or -1. */
function ownerStartAfter(t: readonly Token[], i: number): number {
  const fold = t[i]!.fold;
  if (FR_WORKS_NOUNS.has(fold)) return i + 1;
  return FR_OWNED_NOUNS.has(fold) && FR_OF.has(t[i + 1]?.fold ?? '') && !t[i + 1]!.isCap ? i + 2 : -1;
}

/** "the X headquarters" (X right before the noun, after "the") or "X's [Place] plant" (X before "'s"). */
function pushEnglishOwner(a: Analysis, out: Candidate[], noun: number): void {
  const t = a.tokens;
  let end = noun;
  // "Orlavia's Kelso plant": one capitalized word of the site's place between "'s" and the noun.
  if (isNameWord(t[noun - 1]) && t[noun - 2]?.fold === "'s") end = noun - 2;
  else if (t[noun - 1]?.fold === "'s") end = noun - 1;
  const possessive = end < noun;
  const start = nameStartBefore(t, end);
  if (start < 0 || (!possessive && (EN_POSSESSED_ONLY.has(t[noun]!.fold) || !(t[start - 1]?.fold === 'the' && !t[start - 1]!.isCap)))) return;
  pushOwner(a, out, start, end);
}

function pushOwner(a: Analysis, out: Candidate[], start: number, end: number): void {
  if (end <= start || !isOwnerName(a, start, end)) return;
  out.push({ type: 'ORG', start, end, priority: 4, confidence: 0.55 });
}

/** End of up to three capitalized words from `start`, on one line and in one sentence. */
function nameEnd(t: readonly Token[], start: number): number {
  let k = start;
  while (k < start + MAX_NAME_WORDS && isOwnerWord(t[k]) && !(k > start && (t[k]!.sentenceStart || t[k]!.lineStart))) k++;
  return k;
}

/** Start of up to three capitalized words ending at `end`, or -1. */
function nameStartBefore(t: readonly Token[], end: number): number {
  let s = end;
  while (s > end - MAX_NAME_WORDS && s > 0 && isOwnerWord(t[s - 1]) && !(s < end && (t[s]!.sentenceStart || t[s]!.lineStart))) s--;
  return s < end ? s : -1;
}

function isOwnerWord(tok: Token | undefined): boolean {
  return tok !== undefined && isNameWord(tok) && !tok.isUpper;
}

/** No place of the gazetteer, no person, no lone head word, no headline, no sentence's first word alone. */
function isOwnerName(a: Analysis, start: number, end: number): boolean {
  const t = a.tokens;
  for (let k = start; k < end; k++) if (a.inPlace[k] || a.inHeadline[k]) return false;
  if (isGivenName(t[start])) return false;
  if (end - start === 1 && (isHeadWord(t[start]) || t[start]!.sentenceStart || t[start]!.lineStart)) return false;
  return true;
}
