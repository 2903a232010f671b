import { ROLE_WORDS } from '../lexicons/people-titles.js';
import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { isGivenName, isNameWord } from './word-classes.js';

// How many capitalized words may name whose communications they are ("Manx Government Communications").
const MAX_OWNER_WORDS = 3;
// Nouns after "Communications" that make a unit of it: "Communications Team", "Communications Office".
const UNIT_NOUNS = new Set(['team', 'office', 'unit', 'branch', 'division', 'desk', 'service', 'services']);
// Words before a run that make it a portfolio, not a unit: "Minister of Communications", "Information and Communications".
const PORTFOLIO_LINKS = new Set(['of', 'for', 'and', '&']);

/**
 * A press or communications unit, as a release's contact block names it: "Corporate
 * Communications", "Manx Government Communications", "Communications Team", "UCalgary
 * Media Relations". A portfolio ("Minister of Communications") and a role ("Communications
 * Director") are no unit.
 */
export function findPressUnits(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (!tok.isCap || tok.isUpper || a.inHeadline[i] || (tok.fold !== 'communications' && tok.fold !== 'relations')) continue;
    const span = unitSpan(t, i);
    if (span && !followsPortfolioLink(t, span[0]) && !isRoleOrName(t[span[1]])) out.push({ type: 'ORG', start: span[0], end: span[1], priority: 7, confidence: 0.6 });
  }
  return out;
}

/** [start, end) of the unit whose key word is at i, or undefined. */
function unitSpan(t: readonly Token[], i: number): [number, number] | undefined {
  const next = t[i + 1];
  if (t[i]!.fold === 'communications' && next?.isCap && UNIT_NOUNS.has(next.fold) && !next.lineStart) return [ownerStart(t, i), i + 2];
  // "Media Relations" needs its owner's name before it; "Communications" one word at least.
  const key = t[i]!.fold === 'relations' ? (t[i - 1]?.fold === 'media' && t[i - 1]!.isCap ? i - 1 : -1) : i;
  if (key < 0) return undefined;
  const start = ownerStart(t, key);
  return start < key ? [start, i + 1] : undefined;
}

function ownerStart(t: readonly Token[], key: number): number {
  let s = key;
  while (s > key - MAX_OWNER_WORDS && !t[s]!.lineStart && !t[s]!.sentenceStart && isOwnerWord(t[s - 1])) s--;
  return s;
}

function isOwnerWord(tok: Token | undefined): boolean {
  return tok !== undefined && (isNameWord(tok) || tok.isUpper) && !ROLE_WORDS.has(tok.fold) && !isGivenName(tok);
}

function followsPortfolioLink(t: readonly Token[], start: number): boolean {
  const prev = t[start - 1];
  return prev !== undefined && !prev.lineStart && !t[start]!.lineStart && PORTFOLIO_LINKS.has(prev.fold);
}

/** "Communications Director", "Communications Technology": a capitalized word after the unit goes on into another name. */
function isRoleOrName(next: Token | undefined): boolean {
  return next !== undefined && !next.lineStart && next.isCap;
}
