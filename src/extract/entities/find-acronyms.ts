import { EVENT_NAME_WORDS } from '../lexicons/event-name-words.js';
import { FR_HEADS, NON_ORG_INTRODUCERS } from '../lexicons/org-head-words.js';
import { UPPER_STOP_WORDS } from '../lexicons/org-stop-words.js';
import type { Analysis, Candidate } from './candidate.js';
import { spanText } from './candidate.js';
import type { Token } from './tokenize.js';
import { CONNECTORS, isPunct } from './word-classes.js';
import { LOWER_BRAND } from './word-shapes.js';

/** An acronym the text defines, with its long form, or marks as no organization. */
export interface AcronymDefinition {
  readonly acronym: string;
  /** Token range of the long form; absent when the acronym names a program. */
  readonly longForm?: Candidate;
  readonly isOrg: boolean;
  /** Token index of the "(" when no initials matched: a name ending there may own it. */
  readonly openAt?: number;
}

const PROGRAM_NOUNS = new Set(['projet', 'programme', 'program', 'project', 'plan', 'strategie', 'strategy', 'politique', 'policy']);
const REGION_WORDS = new Set(['region', 'territory', 'zone', 'area', 'territoire']);

/** "Long Form (ACR)", "Long Form [ACR]" and "ACR (Long Form)". */
export function findAcronyms(a: Analysis): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  // Each "(" or "[" of the text is a token of its own.
  if (!a.text.includes('(') && !a.text.includes('[')) return out;
  const t = a.tokens;
  for (let i = 1; i < t.length - 2; i++) {
    if (!isPunct(t[i], '([')) continue;
    const close = t[i]!.text === '(' ? ')' : ']';
    const named = acronymWithName(a, i, close);
    if (named) {
      out.push(named);
      continue;
    }
    const inner = spacedAcronym(t, i, close) ?? t[i + 1]!;
    const bare = (inner !== t[i + 1] || isPunct(t[i + 2], close)) && isAcronymShape(inner) && !UPPER_STOP_WORDS.has(inner.fold);
    const def = bare ? longFormBefore(a, i, inner) ?? unmatched(a, i, inner) : acronymBefore(a, i, close);
    if (def) out.push(def);
  }
  return out;
}

/** "(AER BFC)", "(CMA 74)": two words in capitals, or capitals and a number, inside the brackets, read as one acronym token. */
function spacedAcronym(t: readonly Token[], open: number, close: string): Token | undefined {
  const [x, y] = [t[open + 1], t[open + 2]];
  if (!x?.isUpper || !y || !(y.isUpper || isShortNumber(y)) || !isPunct(t[open + 3], close) || x.text.length + y.text.length > 10) return undefined;
  const text = `${x.text} ${y.text}`;
  return { ...x, text, end: y.end, fold: `${x.fold} ${y.fold}` };
}

/**
 * "Northern Institute of Mining Varnby (NIM Varnby)", "Arden Regional Enterprise Network (Arden REN)": an
 * acronym beside a word the long form keeps whole, which must close the long form (or open it, written first).
 */
function acronymWithName(a: Analysis, open: number, close: string): AcronymDefinition | undefined {
  const t = a.tokens;
  const [x, y] = [t[open + 1], t[open + 2]];
  if (!x || !y || !isPunct(t[open + 3], close)) return undefined;
  const nameFirst = y.isUpper && isPlainNameWord(x);
  if (!nameFirst && !(x.isUpper && isPlainNameWord(y))) return undefined;
  const [acronym, name] = nameFirst ? [y, x] : [x, y];
  const letters = acronymLetters(acronym.text);
  if (letters.length < 2 || acronym.text.length > MAX_ACRONYM_LENGTH) return undefined;
  const spelled = nameFirst ? [...initials(name), ...letters] : [...letters, ...initials(name)];
  const start = matchBackward(t, wordsBefore(t, open, spelled.length * 2 + 6), spelled);
  if (start === undefined || (nameFirst ? t[start]! : t[open - 1]!).fold !== name.fold) return undefined;
  return define(a, `${x.text} ${y.text}`, start, open, NON_ORG_INTRODUCERS.has(t[start - 1]?.fold ?? ''));
}
const MAX_ACRONYM_LENGTH = 10;

/** "Varnby", "Arden": a capitalized word in lower case after its first letter, no connector. */
function isPlainNameWord(tok: Token): boolean {
  return tok.isWord && tok.isCap && !tok.isUpper && !CONNECTORS.has(tok.fold);
}

/** "74" in "(CMA 74)": a département or district number. */
function isShortNumber(tok: Token): boolean {
  return !tok.isWord && tok.text.length <= 3 && /^\d+$/.test(tok.text);
}

/** "thinkEST", "eBay": a brand that starts in lower case and carries capitals inside. */
export function isLowerBrand(tok: Token): boolean {
  return (tok.shape & LOWER_BRAND) !== 0;
}

/** Looks like an acronym: capitals (CRDÉI), a capital with digits (C3E), a short "Cciad" or a brand "thinkEST". */
export function isAcronymShape(tok: Token): boolean {
  if (tok.isUpper) return tok.text.length <= 10;
  if (isLowerBrand(tok)) return true;
  return /^\p{Lu}[\p{Ll}\d]{2,5}$/u.test(tok.text) || /^\p{Lu}[\p{Lu}\d&]*\d[\p{Lu}\d]*$/u.test(tok.text);
}

/** Letters an acronym stands for: C3E → c e e e; accents and case dropped. */
export function acronymLetters(acronym: string): string[] {
  const letters: string[] = [];
  // ASCII has no accent to drop.
  const s = (isAscii(acronym) ? acronym : acronym.normalize('NFD').replace(/\p{M}+/gu, '')).toLowerCase();
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isLowerAsciiLetter(c)) letters.push(s[k]!);
    else if (c >= 50 && c <= 57 && isLowerAsciiLetter(s.charCodeAt(k + 1))) {
      for (let r = 1; r < c - 48; r++) letters.push(s[k + 1]!);
    }
  }
  return letters;
}

function isLowerAsciiLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 128) return false;
  return true;
}

/** Initials of a content word: one per hyphen part (franco-québécois → f q). */
function initials(tok: Token): string[] {
  if (!tok.fold.includes('-')) return tok.fold === '' ? [] : [tok.fold[0]!];
  return tok.fold.split('-').filter(Boolean).map((p) => p[0]!);
}

function isContent(tok: Token): boolean {
  return tok.isWord && !(CONNECTORS.has(tok.fold) && !tok.isCap) && tok.text !== 'a';
}

function longFormBefore(a: Analysis, open: number, acr: Token): AcronymDefinition | undefined {
  const t = a.tokens;
  const letters = acronymLetters(acr.text);
  if (letters.length < 2) return undefined;
  const words = wordsBefore(t, open, letters.length * 2 + 6);
  const start = matchBackward(t, words, letters);
  if (start === undefined) return undefined;
  return define(a, acr.text, start, open, NON_ORG_INTRODUCERS.has(t[start - 1]?.fold ?? ''));
}

/** Token indices of the words before `open`, nearest first, up to a comma-free stop. */
function wordsBefore(t: readonly Token[], open: number, limit: number): number[] {
  const out: number[] = [];
  for (let j = open - 1; j >= 0 && out.length < limit; j--) {
    const tok = t[j]!;
    // "Fonds de recherche du Québec – Société et culture (FRQSC)": a spaced dash inside the name.
    if (isPunct(tok, ',–—') && out.length > 0) continue;
    if (!tok.isWord) break;
    out.push(j);
  }
  return out;
}

/**
 * Start token of the shortest long form whose word initials spell `letters` (read from
 * the end): content words must match, function words may ("Université du Québec à
 * Lac-Noirval" → UQALN), one trailing lower-case adjective may be skipped ("… québécois
 * (C3E)"). Memoized over (word, letter, skip): at most a few hundred states.
 */
function matchBackward(t: readonly Token[], words: readonly number[], letters: readonly string[]): number | undefined {
  return visitWord({ t, words, letters, failed: new Set() }, 0, letters.length, false);
}

/** The search state of `matchBackward` (top-level functions, not closures: this runs for every "(ACR)"). */
interface BackwardMatch {
  readonly t: readonly Token[];
  readonly words: readonly number[];
  readonly letters: readonly string[];
  readonly failed: Set<number>;
}

/** Start of a long form that spells letters[0, k) with words[w…]. */
function visitWord(m: BackwardMatch, w: number, k: number, skipped: boolean): number | undefined {
  const key = (w * 64 + k) * 2 + (skipped ? 1 : 0);
  if (w >= m.words.length || m.failed.has(key)) return undefined;
  const tok = m.t[m.words[w]!]!;
  const ini = initials(tok);
  let found: number | undefined;
  if (isContent(tok)) {
    if (ini.length > 1 && ini.length <= k && spellsAt(ini, m.letters, k - ini.length)) found = afterWord(m, w, k - ini.length, skipped);
    if (found === undefined && ini[0] === m.letters[k - 1]) found = afterWord(m, w, k - 1, skipped);
    if (found === undefined && w === 0 && !skipped && !tok.isCap) found = visitWord(m, w + 1, k, true);
  } else {
    if (k > 1 && ini[0] === m.letters[k - 1]) found = afterWord(m, w, k - 1, skipped);
    if (found === undefined) found = visitWord(m, w + 1, k, skipped);
  }
  if (found === undefined) m.failed.add(key);
  return found;
}

/** Word w matched: the long form starts there when no letter is left, else the words before go on. */
function afterWord(m: BackwardMatch, w: number, left: number, skipped: boolean): number | undefined {
  return left === 0 ? m.words[w]! : visitWord(m, w + 1, left, skipped);
}

function spellsAt(ini: readonly string[], letters: readonly string[], from: number): boolean {
  for (let n = 0; n < ini.length; n++) if (ini[n] !== letters[from + n]) return false;
  return true;
}

function unmatched(a: Analysis, open: number, acr: Token): AcronymDefinition | undefined {
  if (!(acr.isUpper || isLowerBrand(acr)) || NON_ORG_INTRODUCERS.has(a.tokens[open - 1]?.fold ?? '')) return undefined;
  return { acronym: acr.text, isOrg: true, openAt: open };
}

function acronymBefore(a: Analysis, open: number, close: string): AcronymDefinition | undefined {
  const t = a.tokens;
  const acr = t[open - 1]!;
  // For a word in capitals isAcronymShape only asks its length: no regex.
  if (!acr.isUpper || !isAcronymShape(acr)) return undefined;
  let end = open + 1;
  while (end < t.length && end < open + 16 && !isPunct(t[end], close + '().;')) end++;
  if (!isPunct(t[end], close)) return undefined;
  const words = t.slice(open + 1, end).filter(isContent);
  const letters = acronymLetters(acr.text);
  const firsts = words.map((w) => w.fold[0]).join('');
  if (firsts !== letters.join('')) return undefined;
  const program = NON_ORG_INTRODUCERS.has(t[open - 2]?.fold ?? '');
  const def = define(a, acr.text, open + 1, end, program);
  return def;
}

function define(a: Analysis, acronym: string, start: number, end: number, program: boolean): AcronymDefinition {
  const t = a.tokens;
  const first = t[start]!;
  const words = t.slice(start, end);
  const looksOrg = first.isCap || FR_HEADS.has(first.fold) || words.some((w) => w.isCap && w.fold !== first.fold);
  const last = t[end - 1]!.fold;
  const aliases = aliasesOf(acronym);
  // "Projet de recherche pour le développement (PRD)": a long form that names a program is no body.
  if (program || !looksOrg || PROGRAM_NOUNS.has(first.fold) || EVENT_NAME_WORDS.has(last)) return { acronym, isOrg: false };
  if (REGION_WORDS.has(last) && !FR_HEADS.has(first.fold)) {
    return { acronym, isOrg: false, longForm: { type: 'PLACE', start, end, priority: 9, confidence: 0.7, aliases } };
  }
  if (spanText(a, start, end).length > 140) return { acronym, isOrg: false };
  return { acronym, isOrg: true, longForm: { type: 'ORG', start, end, priority: 10, confidence: 0.9, aliases } };
}

/** The acronym as written and without accents (CRDÉI → CRDEI). */
export function aliasesOf(acronym: string): string[] {
  const plain = acronym.normalize('NFD').replace(/\p{M}+/gu, '');
  return plain === acronym ? [acronym] : [acronym, plain];
}
