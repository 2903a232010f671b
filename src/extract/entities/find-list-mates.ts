import { isPlaceRange, type Analysis, type Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { ROLE_WORD } from './word-lists.js';
import { BASED_COMPOUND } from './word-shapes.js';
import { isAdjectiveLike, isGivenName, isLowerWord, isNameWord, isPunct } from './word-classes.js';

// A list of three names at least: two could be any pair ("X and Y").
const MIN_MEMBERS = 3;
const MAX_MEMBER_TOKENS = 5;
const ARTICLES = new Set(['le', 'la', 'les', "l'", 'the']);
const AND = new Set(['et', 'and']);
const OF = new Set(['of', 'de', "d'", 'in']);

interface Member {
  readonly start: number;
  readonly end: number;
  /** An organization some rule already found there. */
  readonly known: boolean;
}

/**
 * "Prairie Dawn Logistics, Fieldcrest Ag Tech and Northstar Media", "Menuiseries Dupuis
 * (Saint-Ovide), Atelier Roy (Québec) et Cidrerie Caron (Rivière-aux-Saules)": in a list of three names or
 * more where a rule already read one as an organization, the others, capitalized names
 * followed at most by their town, are organizations too.
 */
export function findListMates(a: Analysis, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  if (!a.text.includes(',')) return out;
  const orgEnd = new Int32Array(t.length);
  const inPerson = new Uint8Array(t.length);
  for (const c of found) {
    if (c.type === 'ORG') orgEnd[c.start] = Math.max(orgEnd[c.start]!, c.end);
    else if (c.type === 'PERSON') inPerson.fill(1, c.start, c.end);
  }
  let i = 0;
  while (i < t.length) {
    const members = readList(a, i, orgEnd);
    if (members.length === 0) { i++; continue; }
    if (members.length >= MIN_MEMBERS && members.some((m) => m.known)) {
      for (const m of members) if (!m.known && isCompanyLike(a, m, inPerson)) out.push({ type: 'ORG', start: m.start, end: m.end, priority: 6, confidence: 0.55 });
    }
    // Each token is read by one list at most: linear on a list of thousands.
    i = members[members.length - 1]!.end;
  }
  return out;
}

/** Members of the list starting at i, each separated by ",", "et", "and" or ", and". */
function readList(a: Analysis, i: number, orgEnd: Int32Array): readonly Member[] {
  // Most tokens open no list: no array for them.
  const first = readMember(a, i, orgEnd, true);
  if (!first) return NO_MEMBERS;
  const members: Member[] = [first];
  for (let k = nextMemberAt(a, first); k >= 0; ) {
    const m = readMember(a, k, orgEnd, false);
    if (!m) break;
    members.push(m);
    k = nextMemberAt(a, m);
  }
  return members;
}
const NO_MEMBERS: readonly Member[] = [];

/** Where the member after m starts, past its town and a separator (",", "et", "and", ", and"); -1 when none follows. */
function nextMemberAt(a: Analysis, m: Member): number {
  const t = a.tokens;
  let j = afterTown(a, m.end);
  const sep = t[j];
  if (isPunct(sep, ',')) { j++; if (AND.has(t[j]?.fold ?? '') && !t[j]!.isCap) j++; }
  else if (sep !== undefined && AND.has(sep.fold) && !sep.isCap) j++;
  else return -1;
  return j;
}

/** A name at k, after an article: a rule's organization, or capitalized words (one lower-case adjective inside). */
function readMember(a: Analysis, k: number, orgEnd: Int32Array, first: boolean): Member | undefined {
  const t = a.tokens;
  let s = k;
  if (!first && t[s] !== undefined && ARTICLES.has(t[s]!.fold) && !t[s]!.isCap) {
    s++;
    // "la microbrasserie Le Grenier": a descriptor before a name a rule read.
    if (isLowerWord(t[s]) && orgEnd[s + 1]! > s + 1) s++;
  }
  const tok = t[s];
  if (!tok || (!first && (tok.lineStart || tok.sentenceStart))) return undefined;
  if (orgEnd[s]! > s) return { start: s, end: orgEnd[s]!, known: true };
  if (!isNameWord(tok)) return undefined;
  let end = s + 1;
  while (end < t.length && end - s < MAX_MEMBER_TOKENS) {
    const next = t[end]!;
    if (next.lineStart || next.sentenceStart) break;
    if (isNameWord(next) || (isPunct(next, '&') && isNameWord(t[end + 1]))) end++;
    else if (isLowerWord(next) && isAdjectiveLike(next) && isNameWord(t[end + 1]) && !t[end + 1]!.sentenceStart) end += 2;
    else break;
  }
  return { start: s, end, known: false };
}

/** After a name, its town in brackets ("(Saint-Ovide)"), after "of"/"de", or a legal form's period: skipped. */
function afterTown(a: Analysis, j: number): number {
  const t = a.tokens;
  if (isPunct(t[j], '.') && t[j]!.start === t[j - 1]!.end && isPunct(t[j + 1], ',')) return j + 1;
  if (isPunct(t[j], '(') && isNameWord(t[j + 1])) {
    let k = j + 1;
    while (k < j + 5 && isNameWord(t[k])) k++;
    return isPunct(t[k], ')') ? k + 1 : j;
  }
  if (t[j] !== undefined && OF.has(t[j]!.fold) && a.inPlace[j + 1] && isNameWord(t[j + 1])) {
    let k = j + 1;
    while (k < j + 4 && a.inPlace[k] && isNameWord(t[k])) k++;
    return k;
  }
  return j;
}

/**
 * Two words or more, not a person, not a place, no role ("Chief Executive", "Labrador Minister"
 * in a contact line): a lone word in a list is as often a town, a label or "Tel".
 */
function isCompanyLike(a: Analysis, m: Member, inPerson: Uint8Array): boolean {
  const t = a.tokens;
  if (m.end - m.start < 2 || inPerson[m.start] || isGivenName(t[m.start]) || isPlaceRange(a, m.start, m.end)) return false;
  let places = 0;
  for (let k = m.start; k < m.end; k++) {
    const tok: Token = t[k]!;
    if (tok.lists & ROLE_WORD || tok.shape & BASED_COMPOUND) return false;
    if (a.inPlace[k]) places++;
  }
  return places < m.end - m.start;
}
