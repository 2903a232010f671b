import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { ROLE_WORD } from './word-lists.js';
import { LOWER_STOP, hasDigit, isGivenName, isNameWord, isPunct } from './word-classes.js';

const MAX_NAME_TOKENS = 8;
const MAX_TOWN_TOKENS = 3;
const MAX_LINE_TOKENS = 24;
/** Marks that open a bulleted line ("- Atelier Dupuis, Lévis"). */
const BULLETS = '-–—•*·';

interface ListLine {
  readonly start: number;
  /** The comma or opening bracket that ends the name. */
  readonly comma: number;
  readonly townStart: number;
  readonly end: number;
}

/**
 * A list with one organization a line, each followed by its town ("Atelier Dupuis, Lévis" /
 * "Cabinet Roy avocats, Québec" / "Traiteur Le Bon Goût, Beauport"), or on bulleted lines by its
 * town in brackets and maybe a description ("- Atelier Dupuis (Lévis), menuiserie;"): on two lines
 * in a row or more, where a town is a place of the gazetteer (or three bracketed lines), the name
 * is an ORG and the town a PLACE.
 */
export function findListedCompanies(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!a.text.includes(',\n') && !/,[^\n,]{1,40}\n/u.test(a.text)) return out;
  const lines = listLines(a);
  let k = 0;
  while (k < lines.length) {
    if (!lines[k]) { k++; continue; }
    let end = k;
    while (end < lines.length && lines[end]) end++;
    const block = lines.slice(k, end) as ListLine[];
    if (isTownList(a, block)) for (const line of block) pushLine(a, line, out);
    k = end;
  }
  return out;
}

function isTownList(a: Analysis, block: readonly ListLine[]): boolean {
  if (block.length < 2) return false;
  if (block.some((line) => a.inPlace[line.townStart])) return true;
  // Bracketed towns on three lines or more: the shape alone says so.
  return block.length >= 3 && block.every((line) => isPunct(a.tokens[line.comma], '('));
}

function pushLine(a: Analysis, line: ListLine, out: Candidate[]): void {
  out.push({ type: 'ORG', start: line.start, end: line.comma, priority: 7, confidence: 0.6 });
  if (!a.inPlace[line.townStart]) out.push({ type: 'PLACE', start: line.townStart, end: line.end, priority: 6, confidence: 0.5 });
}

/** Every line of the text, in order: its "Name, Town" shape, or null. */
function listLines(a: Analysis): (ListLine | null)[] {
  const t = a.tokens;
  const out: (ListLine | null)[] = [];
  let start = 0;
  while (start < t.length) {
    let end = start + 1;
    while (end < t.length && !t[end]!.lineStart) end++;
    out.push(end - start <= MAX_LINE_TOKENS ? listLine(a, start, end) : null);
    start = end;
  }
  return out;
}

function listLine(a: Analysis, lineStart: number, end: number): ListLine | null {
  const t = a.tokens;
  const bulleted = isPunct(t[lineStart], BULLETS);
  const start = bulleted ? lineStart + 1 : lineStart;
  if (bulleted && isPunct(t[end - 1], ';.')) end--;
  if (bulleted) {
    const bracketed = bracketedTownLine(a, start, end);
    if (bracketed) return bracketed;
  }
  if (end - start > MAX_NAME_TOKENS + MAX_TOWN_TOKENS + 1) return null;
  let comma = -1;
  for (let k = start; k < end; k++) {
    if (!isPunct(t[k], ',')) continue;
    if (comma >= 0) return null;
    comma = k;
  }
  if (comma <= start || end - comma - 1 < 1 || end - comma - 1 > MAX_TOWN_TOKENS || a.inHeadline[start]) return null;
  for (let k = comma + 1; k < end; k++) if (!isNameWord(t[k]) || t[k]!.isUpper) return null;
  return isListedName(a, start, comma) ? { start, comma, townStart: comma + 1, end } : null;
}

/** "Atelier Dupuis (Lévis)", maybe followed by ", menuiserie": the name, then its town in brackets. */
function bracketedTownLine(a: Analysis, start: number, end: number): ListLine | null {
  const t = a.tokens;
  let open = start + 1;
  while (open < end && open <= start + MAX_NAME_TOKENS && !isPunct(t[open], '(')) open++;
  if (open >= end || open > start + MAX_NAME_TOKENS || a.inHeadline[start]) return null;
  let close = open + 1;
  while (close < end && close <= open + MAX_TOWN_TOKENS && isNameWord(t[close]) && !t[close]!.isUpper) close++;
  if (close === open + 1 || !isPunct(t[close], ')')) return null;
  if (close + 1 < end && !isPunct(t[close + 1], ',:–—-')) return null;
  return isListedName(a, start, open) ? { start, comma: open, townStart: open + 1, end: close } : null;
}

/** "Cabinet Roy avocats": capitalized first, mostly capitalized, no verb, digit or person's name. */
function isListedName(a: Analysis, start: number, end: number): boolean {
  const t = a.tokens;
  const first = t[start]!;
  // "Directeur, Communications" in a contact block: a role, not a company.
  if (!isNameWord(first) || a.inPlace[start] || first.lists & ROLE_WORD || (isGivenName(first) && t[start + 1]?.isCap)) return false;
  let caps = 0;
  for (let k = start; k < end; k++) {
    const tok: Token = t[k]!;
    if (hasDigit(tok) || (!tok.isWord && !isPunct(tok, "&-'’")) || LOWER_STOP.has(tok.fold)) return false;
    if (tok.isCap) caps++;
  }
  return 2 * caps >= end - start;
}
