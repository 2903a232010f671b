import { CAP_STOP_WORDS } from '../lexicons/org-stop-words.js';
import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { isGivenName, isHeadWord, isNameWord, isPunct } from './word-classes.js';
import { EN_HEAD, ROLE_NOUN } from './word-lists.js';

/*
 * A ministry named after a list of portfolios: "Department of Industry, Energy and
 * Technology", "Ontario Ministry of Agriculture, Food and Rural Affairs", "Agriculture,
 * Forestry and Fisheries Department". The English head rule reads runs without commas;
 * a list of capitalized portfolios closed by "and" belongs to the name.
 */

const PORTFOLIO_HEADS = new Set(['department', 'ministry', 'directorate', 'division']);
const MAX_ITEMS = 6;
// Words of one portfolio before the head ("Rural Affairs"); before a trailing head, one.
const MAX_ITEM_WORDS = 2;
const MAX_WORDS_BEFORE_HEAD = 3;

/** ORG candidates for ministries named by a comma list of portfolios. */
export function findPortfolioListOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!(a.listsInText & EN_HEAD) || !a.text.includes(',')) return out;
  const t = a.tokens;
  for (let h = 0; h < t.length; h++) {
    const head = t[h]!;
    if (!head.isCap || head.isUpper || !PORTFOLIO_HEADS.has(head.fold) || a.inHeadline[h]) continue;
    const after = t[h + 1]?.fold === 'of' && !t[h + 1]!.isCap ? listAfter(a, h + 2) : -1;
    if (after > 0) out.push({ type: 'ORG', start: wordsBeforeHead(a, h), end: after, priority: 7, confidence: 0.75 });
    else {
      const before = listBefore(a, h);
      if (before >= 0) out.push({ type: 'ORG', start: before, end: h + 1, priority: 7, confidence: 0.7 });
    }
  }
  return out;
}

/** A portfolio word: capitalized, not a place, a person, a role or a head of its own. */
function isPortfolioWord(a: Analysis, k: number): boolean {
  const tok = a.tokens[k];
  return tok !== undefined && isNameWord(tok) && !tok.isUpper && !a.inPlace[k] && !isGivenName(tok) && !(tok.lists & ROLE_NOUN) && !isHeadWord(tok);
}

/** A portfolio word inside the list: no new sentence starts there. */
function isInnerPortfolioWord(a: Analysis, k: number): boolean {
  return isPortfolioWord(a, k) && !a.tokens[k]!.sentenceStart;
}

/** End of a portfolio of 1–2 words at k, or k when there is none. */
function itemEnd(a: Analysis, k: number, maxWords: number): number {
  let e = k;
  while (e < k + maxWords && isInnerPortfolioWord(a, e)) e++;
  return e;
}

/** End of "W, W and W" from k (at least one comma, then "and"/"&"), or -1. */
function listAfter(a: Analysis, k: number): number {
  const t = a.tokens;
  let end = itemEnd(a, k, MAX_ITEM_WORDS);
  if (end === k) return -1;
  let commas = 0;
  for (let n = 0; n < MAX_ITEMS; n++) {
    const link = t[end];
    if (isPunct(link, ',')) {
      // "…, Energy, and Technology": a serial comma before the last portfolio.
      const next = isAnd(t[end + 1]) ? end + 2 : end + 1;
      const e = itemEnd(a, next, MAX_ITEM_WORDS);
      if (e === next) return -1;
      commas++;
      if (next === end + 2) return e;
      end = e;
    } else if (isAnd(link)) {
      const e = itemEnd(a, end + 1, MAX_ITEM_WORDS);
      return commas > 0 && e > end + 1 ? e : -1;
    } else return -1;
  }
  return -1;
}

/** Start of "W, W and W" of one word each that ends right before the head at h, or -1. */
function listBefore(a: Analysis, h: number): number {
  const t = a.tokens;
  if (!isInnerPortfolioWord(a, h - 1) || !isAnd(t[h - 2]) || !isInnerPortfolioWord(a, h - 3)) return -1;
  let start = h - 3;
  let commas = 0;
  while (commas < MAX_ITEMS && isPunct(t[start - 1], ',') && isPortfolioWord(a, start - 2) && !t[start]!.sentenceStart) {
    start -= 2;
    commas++;
  }
  // The list's first word may open a sentence ("Agriculture, Forestry and …"); a name word before it is another name's.
  if (commas === 0 || t[start]!.sentenceStart === false && isNameWord(t[start - 1]) && !CAP_STOP_WORDS.has(t[start - 1]!.fold)) return -1;
  return start;
}

/** "Ontario Ministry of …": capitalized words before the head, no article or stop word. */
function wordsBeforeHead(a: Analysis, h: number): number {
  const t = a.tokens;
  let s = h;
  while (s > h - MAX_WORDS_BEFORE_HEAD && isNameWord(t[s - 1]) && !t[s - 1]!.isUpper && !CAP_STOP_WORDS.has(t[s - 1]!.fold) && !(t[s - 1]!.lists & ROLE_NOUN) && !t[s]!.sentenceStart && !t[s]!.lineStart) s--;
  return s;
}

function isAnd(tok: Token | undefined): boolean {
  return tok !== undefined && !tok.isCap && (tok.fold === 'and' || tok.fold === '&');
}
