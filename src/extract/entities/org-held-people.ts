import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { COMMON_NOUN } from './find-people.js';
import { isNameWord, isRoleWord } from './word-classes.js';
import { HONORIFIC, ROLE_WORD } from './word-lists.js';

/**
 * "l'entreprise Tanvir Rose Kellan", "Brannock Rose Tallen and Orlan University": a given name and the word after
 * it, inside a run of capitalized words that an organization rule reads whole, are part of
 * the organization's name, not a person. The same words written elsewhere with the same
 * neighbours ("la directrice de Tanvir Rose Kellan") are the same name. Drops those PERSON
 * candidates; a name the organization only follows after a link word ("Ana Ruiz of
 * Acme University") keeps its person.
 */
export function dropPeopleInOrgNames(a: Analysis, candidates: readonly Candidate[]): Candidate[] {
  const held = heldPeople(a, candidates);
  if (held.size === 0) return candidates as Candidate[];
  const names = heldNames(a, held);
  return candidates.filter((c) => c.type !== 'PERSON' || (!held.has(c) && !repeatsHeldName(a, c, names)));
}

/** The organization candidate with the furthest end among those starting at or before each token (one sweep). */
function furthestOrgs(candidates: readonly Candidate[], tokenCount: number): (Candidate | undefined)[] {
  const startingAt: (Candidate | undefined)[] = new Array(tokenCount + 1);
  for (const c of candidates) {
    if (c.type !== 'ORG' || c.end - c.start < 2) continue;
    const o = startingAt[c.start];
    if (!o || c.end > o.end) startingAt[c.start] = c;
  }
  const furthest: (Candidate | undefined)[] = new Array(tokenCount + 1);
  let best: Candidate | undefined;
  for (let k = 0; k <= tokenCount; k++) {
    const o = startingAt[k];
    if (o && (!best || o.end > best.end)) best = o;
    furthest[k] = best;
  }
  return furthest;
}

/** PERSON candidates inside a longer organization candidate that a capitalized name word joins them to. */
function heldPeople(a: Analysis, candidates: readonly Candidate[]): Map<Candidate, Candidate> {
  const held = new Map<Candidate, Candidate>();
  const t = a.tokens;
  let furthest: (Candidate | undefined)[] | undefined;
  for (const p of candidates) {
    if (p.type !== 'PERSON' || p.start === 0) continue;
    furthest ??= furthestOrgs(candidates, t.length);
    const before = furthest[p.start - 1];
    if (before && before.end >= p.end && joinsName(t[p.start - 1]!, t[p.start]!) && !isRoleComplement(t, before.start)) { held.set(p, before); continue; }
    const around = furthest[p.start];
    if (around && around.end > p.end && joinsName(t[p.end - 1]!, t[p.end]!) && !isRoleComplement(t, around.start)) held.set(p, around);
  }
  return held;
}

/** Two adjacent words of one name: both capitalized, on one line, neither a title, the first no common noun (a portfolio: "… Community Development Ana Ruiz"). */
function joinsName(first: Token, second: Token): boolean {
  return isNameWord(first) && isNameWord(second) && !COMMON_NOUN.test(first.fold) && !second.lineStart && !second.sentenceStart && (first.lists & (HONORIFIC | ROLE_WORD)) === 0 && (second.lists & (HONORIFIC | ROLE_WORD)) === 0;
}

/** "le conseiller d'État Ana Ruiz": a run right after a role and its "de" is the role's portfolio, no body's name. */
function isRoleComplement(t: readonly Token[], start: number): boolean {
  const link = t[start - 1];
  const role = ROLE_LINKS.has(link?.fold ?? '') ? t[start - 2] : link;
  return role !== undefined && isRoleWord(role);
}
const ROLE_LINKS = new Set(['de', "d'", 'du', 'of']);

interface HeldName {
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** By the folded words of each held person: the organization's words before and after them. */
function heldNames(a: Analysis, held: ReadonlyMap<Candidate, Candidate>): Map<string, HeldName[]> {
  const t = a.tokens;
  const names = new Map<string, HeldName[]>();
  for (const [p, o] of held) {
    const key = foldsOf(t, p.start, p.end);
    const list = names.get(key) ?? [];
    list.push({ before: t.slice(o.start, p.start).map((w) => w.fold), after: t.slice(p.end, o.end).map((w) => w.fold) });
    names.set(key, list);
  }
  return names;
}

function repeatsHeldName(a: Analysis, c: Candidate, names: ReadonlyMap<string, HeldName[]>): boolean {
  const t = a.tokens;
  const list = names.get(foldsOf(t, c.start, c.end));
  return list !== undefined && list.some((n) => wordsAt(t, c.start - n.before.length, n.before) && wordsAt(t, c.end, n.after));
}

function foldsOf(t: readonly Token[], start: number, end: number): string {
  let s = '';
  for (let k = start; k < end; k++) s += (k > start ? ' ' : '') + t[k]!.fold;
  return s;
}

function wordsAt(t: readonly Token[], at: number, words: readonly string[]): boolean {
  if (at < 0 || at + words.length > t.length) return false;
  for (let k = 0; k < words.length; k++) if (t[at + k]!.fold !== words[k]) return false;
  return true;
}
