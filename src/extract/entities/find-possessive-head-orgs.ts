import { spanText, type Analysis, type Candidate } from './candidate.js';
import { isAbbreviatedSaint } from './find-head-orgs.js';
import type { Token } from './tokenize.js';
import { isGivenName, isNameWord } from './word-classes.js';
import { ROLE_NOUN } from './word-lists.js';

/*
 * "Warden's University", "Regent's University Dunmore", "St. John's College": a school
 * named after its patron in the possessive. The head right after "'s" names nothing by
 * itself, so the possessor is the name's first word, and "Bishop's" alone elsewhere in
 * the text is the same body. A possessor before a body that has its own name ("New
 * Zealand's Harakeke Institute") or a complement ("Ontario's Ministry of …") only says
 * whose it is, and other rules read those.
 */

// Heads of the institutions that are named after a patron in the possessive.
const PATRON_NAMED_HEADS = new Set(['university', 'college', 'school', 'hospital', 'academy', 'seminary']);
const COMPLEMENT_LINKS = new Set(['of', 'for']);
const MAX_NAME_WORDS_AFTER_HEAD = 2;

/** ORG candidates "X's University …", and each lone "X's" of the same possessor. */
export function findPossessiveHeadOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!a.text.includes("'s") && !a.text.includes('’s')) return out;
  const t = a.tokens;
  const named = new Map<string, string>();
  for (let p = 1; p < t.length - 1; p++) {
    if (!isPossessiveMark(t, p) || !isPatron(t[p - 1]!)) continue;
    const head = t[p + 1]!;
    if (!head.isCap || head.isUpper || !PATRON_NAMED_HEADS.has(head.fold) || head.lineStart || a.inHeadline[p + 1]) continue;
    if (COMPLEMENT_LINKS.has(t[p + 2]?.fold ?? '')) continue;
    const start = patronStart(t, p - 1);
    if (start < 0) continue;
    let end = p + 2;
    while (end < p + 2 + MAX_NAME_WORDS_AFTER_HEAD && continuesName(t[end])) end++;
    const possessive = spanText(a, start, p + 1);
    named.set(t[p - 1]!.fold, spanText(a, start, end));
    out.push({ type: 'ORG', start, end, priority: 7, confidence: 0.75, aliases: [possessive] });
  }
  if (named.size > 0) addLoneMentions(a, named, out);
  return out;
}

/** "'s" glued to the word before it. */
function isPossessiveMark(t: readonly Token[], p: number): boolean {
  return t[p]!.end - t[p]!.start === 2 && t[p]!.fold === "'s" && t[p - 1]!.end === t[p]!.start;
}

/** A capitalized word that may name a patron ("Queen's", "Bishop's"), no acronym. */
function isPatron(tok: Token): boolean {
  return isNameWord(tok) && !tok.isUpper;
}

/** First token of the name: the possessor, or "St." / "Saint" before it; -1 for a person's first name alone. */
function patronStart(t: readonly Token[], owner: number): number {
  if (isAbbreviatedSaint(t, owner - 2)) return owner - 2;
  const prev = t[owner - 1];
  if (prev && prev.isCap && (prev.fold === 'saint' || prev.fold === 'sainte') && !t[owner]!.sentenceStart) return owner - 1;
  // "Maria's College": a given name with no saint before it is a person's.
  return isGivenName(t[owner]) ? -1 : owner;
}

/** "Regent's University Dunmore": a capitalized word after the head that is no person, role or new sentence. */
function continuesName(tok: Token | undefined): boolean {
  return tok !== undefined && isNameWord(tok) && !tok.isUpper && !tok.sentenceStart && !tok.lineStart && !isGivenName(tok) && !(tok.lists & ROLE_NOUN) && !PATRON_NAMED_HEADS.has(tok.fold);
}

/** "… according to Bishop's principal": the possessive alone names the body found in full. */
function addLoneMentions(a: Analysis, named: ReadonlyMap<string, string>, out: Candidate[]): void {
  const t = a.tokens;
  for (let p = 1; p < t.length; p++) {
    if (!isPossessiveMark(t, p) || !isPatron(t[p - 1]!)) continue;
    const full = named.get(t[p - 1]!.fold);
    if (full === undefined || PATRON_NAMED_HEADS.has(t[p + 1]?.fold ?? '')) continue;
    const start = patronStart(t, p - 1);
    out.push({ type: 'ORG', start: start < 0 ? p - 1 : start, end: p + 1, priority: 6, confidence: 0.65, aliases: [full] });
  }
}
