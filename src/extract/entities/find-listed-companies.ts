import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { ROLE_WORD } from './word-lists.js';
import { LOWER_STOP, hasDigit, isGivenName, isNameWord, isPunct } from './word-classes.js';

const MAX_NAME_TOKENS = 8;
const MAX_TOWN_TOKENS = 3;
// A bullet, parentheses, a comma, a short description ("refrigerated warehousing") and a final mark.
const MAX_LINE_TOKENS = MAX_NAME_TOKENS + MAX_TOWN_TOKENS + 12;
const MAX_DESCRIPTION_TOKENS = 6;
// Without a known town, a list needs this many lines and a colon before it ("eight companies:").
const MIN_INTRODUCED_LINES = 3;

/** One line of the list: the name is [start, nameEnd), the town [townStart, townEnd). */
interface ListLine {
  readonly start: number;
  readonly nameEnd: number;
  readonly townStart: number;
  readonly townEnd: number;
}

/**
 * A list with one organization a line, each followed by its town ("Atelier Dupuis, Saint-Ovide" /
 * "- Cabinet Roy avocats, Québec" / "- Traiteur Le Bon Goût (Charlesbourg), catering;"): on two lines
 * in a row or more, where a town is a place of the gazetteer, or on three or more right after a
 * colon ("these firms:") or with their towns in brackets, the name is an ORG and the town a PLACE.
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
    if (isCompanyList(a, block)) for (const line of block) pushLine(a, line, out);
    k = end;
  }
  return out;
}

function isCompanyList(a: Analysis, block: readonly ListLine[]): boolean {
  if (block.length < 2) return false;
  if (block.some((line) => a.inPlace[line.townStart])) return true;
  const before = a.tokens[block[0]!.start - 1];
  const introduced = isPunct(before, ':') || (isPunct(before, '-–—•*·') && isPunct(a.tokens[block[0]!.start - 2], ':'));
  if (introduced && block.length >= MIN_INTRODUCED_LINES) return true;
  // Bracketed towns on three lines or more ("- Atelier Dupuis (Saint-Ovide)"): the shape alone says so.
  return block.length >= 3 && block.every((line) => isPunct(a.tokens[line.nameEnd], '('));
}

function pushLine(a: Analysis, line: ListLine, out: Candidate[]): void {
  out.push({ type: 'ORG', start: line.start, end: line.nameEnd, priority: 7, confidence: 0.6 });
  if (!a.inPlace[line.townStart]) out.push({ type: 'PLACE', start: line.townStart, end: line.townEnd, priority: 6, confidence: 0.5 });
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

/** "Name, Town" or "Name (Town), description", after an optional bullet and before an optional ";" or ".". */
function listLine(a: Analysis, start: number, end: number): ListLine | null {
  const t = a.tokens;
  const bullet = isPunct(t[start], '-–—•*·');
  if (bullet) start++;
  if (bullet && end > start && isPunct(t[end - 1], ';.')) end--;
  if (start >= end || a.inHeadline[start]) return null;
  let mark = start;
  while (mark < end && !isPunct(t[mark], ',(')) mark++;
  if (mark === start || mark === end || mark - start > MAX_NAME_TOKENS) return null;
  let townEnd = end;
  if (isPunct(t[mark], '(')) {
    townEnd = mark + 1;
    while (townEnd < end && !isPunct(t[townEnd], ')')) townEnd++;
    // After the town, nothing or ", a short description" without another comma.
    const rest = townEnd + 1;
    if (townEnd === end || (rest < end && (!isPunct(t[rest], ',') || end - rest - 1 > MAX_DESCRIPTION_TOKENS))) return null;
    for (let k = rest + 1; k < end; k++) if (!t[k]!.isWord) return null;
  }
  const townStart = mark + 1;
  // "- Fennel Dairy Ingredients, Ballykeel (whey proteins);": what the firm makes, in brackets after its town.
  if (isPunct(t[mark], ',')) townEnd = beforeDescription(t, townStart, end);
  if (townEnd - townStart < 1 || townEnd - townStart > MAX_TOWN_TOKENS) return null;
  for (let k = townStart; k < townEnd; k++) if (!isNameWord(t[k]) || t[k]!.isUpper) return null;
  return isListedName(a, start, mark) ? { start, nameEnd: mark, townStart, townEnd } : null;
}

/** Where a bracketed description that closes the line opens after the town at `from`, or `end` when there is none. */
function beforeDescription(t: readonly Token[], from: number, end: number): number {
  if (!isPunct(t[end - 1], ')')) return end;
  let open = from + 1;
  while (open < end && open <= from + MAX_TOWN_TOKENS && !isPunct(t[open], '(')) open++;
  if (!isPunct(t[open], '(') || end - open - 2 > MAX_BRACKETED_DESCRIPTION_TOKENS) return end;
  for (let k = open + 1; k < end - 1; k++) if (!t[k]!.isWord) return end;
  return open;
}
const MAX_BRACKETED_DESCRIPTION_TOKENS = 8;

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
