import { LEGAL_SUFFIXES, LOWER_LEGAL_FORMS, NON_ORG_INTRODUCERS, PARTNER_TAILS } from '../lexicons/org-head-words.js';
import { ROLE_WORDS } from '../lexicons/people-titles.js';
import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { isGivenName, isHeadWord, isNameWord, isPunct } from './word-classes.js';
import { LEGAL_TAIL_START } from './word-lists.js';
import { BASED_COMPOUND } from './word-shapes.js';

/*
 * A company is known by its legal form or its partners' tail whatever its other words:
 * "Les Entreprises Pelletier-Ouellet ltée", "Vandersmissen & Associés sprl", "Poissonnerie
 * Cloutier & Fils", "Kilimo Foods Ltd". A company coordinated with such a name is one too:
 * "Électrolyse Nordet inc. et Metalcraft Nordik".
 */

const MAX_NAME_WORDS = 5;
const MAX_PARTNER_WORDS = 3;
const NAME_ARTICLES = new Set(['les', 'le', 'la', "l'", 'the']);
const AND = new Set(['et', 'and']);
const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for', 'de', 'du', 'des', "d'", 'a', 'au', 'aux', 'en', 'pour']);

export function findLegalFormOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  for (let k = 1; k < t.length; k++) {
    // "LA FRANCE RENOUVELLE SA COOPÉRATION": in a headline "SA" is a word.
    // Punctuation carries no word bits: "&" is tested by its text.
    if ((!(t[k]!.lists & LEGAL_TAIL_START) && t[k]!.text !== '&') || a.inHeadline[k]) continue;
    const tailEnd = tailAt(t, k);
    if (tailEnd < 0) {
      const pair = namesJoinedByAmpersand(a, k);
      if (pair) out.push(pair);
      continue;
    }
    const formStart = abbreviatedFormStart(t, k);
    const start = nameStart(t, formStart);
    if (start === formStart) continue;
    out.push({ type: 'ORG', start, end: tailEnd, priority: 9, confidence: 0.75 });
    const next = partnerAfter(a, tailEnd);
    if (next) out.push(next);
    const before = partnerBefore(a, start);
    if (before) out.push(before);
    k = tailEnd - 1;
  }
  return out;
}

/** End of the legal form or partners' tail that starts at k ("inc", "& Fils", "& Associés sprl"), or -1. */
function tailAt(t: readonly Token[], k: number): number {
  const tok = t[k]!;
  if ((tok.fold === '&' || (AND.has(tok.fold) && !tok.isCap)) && t[k + 1]?.isCap && PARTNER_TAILS.has(t[k + 1]!.fold)) {
    return isLegalForm(t[k + 2]) ? k + 3 : k + 2;
  }
  return isLegalForm(tok) ? k + 1 : -1;
}

/**
 * "Ernst & Young", "Procter & Gamble": two names joined by "&" make a firm, not "Recherche &
 * Développement" (common nouns) nor two places.
 */
function namesJoinedByAmpersand(a: Analysis, k: number): Candidate | undefined {
  const t = a.tokens;
  if (t[k]!.fold !== '&') return undefined;
  const left = t[k - 1];
  const right = t[k + 1];
  if (!left || !right || !isProperWord(left) || !isProperWord(right)) return undefined;
  if (isNameWord(t[k - 2]) || isNameWord(t[k + 2]) || (a.inPlace[k - 1] && a.inPlace[k + 1])) return undefined;
  // "the Diggers & Dealers forum": an event's name.
  if (NON_ORG_INTRODUCERS.has(t[k + 2]?.fold ?? '')) return undefined;
  // "Home > News & Events > …": a section of a site's breadcrumb trail.
  if (isPunct(t[k - 2], NAV_MARKS) || isPunct(t[k + 2], NAV_MARKS)) return undefined;
  return { type: 'ORG', start: k - 1, end: k + 2, priority: 4, confidence: 0.6 };
}

const NAV_MARKS = '>›»|';

function isProperWord(tok: Token): boolean {
  return isCompanyWord(tok) && !tok.isUpper && !isHeadWord(tok) && !COMMON_NOUN_ENDING.test(tok.fold);
}
// Endings of French and English common nouns, capitalized in titles ("Recherche & Développement").
const COMMON_NOUN_ENDING = /(?:tion|sion|ment|ure|ence|ance|ie|ique|ing|ity|ite|isme|ism|ics|ogy|ness|ship|age)$/u;

/** "SA", "GmbH", "Ltd", "ltée", "sprl": upper case or capitalized forms of LEGAL_SUFFIXES, and the lower-case ones. */
function isLegalForm(tok: Token | undefined): boolean {
  if (!tok || !tok.isWord) return false;
  if (!tok.isCap) return LOWER_LEGAL_FORMS.has(tok.fold);
  return LEGAL_SUFFIXES.has(tok.fold) && (tok.isUpper || tok.text.length > 2 || tok.text === 'Co');
}

/** "Pvt. Ltd.", "Pty. Ltd.", "Pte. Ltd.": an abbreviated first half of the legal form, with its period. */
function abbreviatedFormStart(t: readonly Token[], k: number): number {
  const abbreviation = t[k - 2];
  return isPunct(t[k - 1], '.') && abbreviation !== undefined && abbreviation.isCap && FORM_ABBREVIATIONS.has(abbreviation.fold) ? k - 2 : k;
}
const FORM_ABBREVIATIONS = new Set(['pvt', 'pty', 'pte']);

/** First token of the capitalized name that ends before k; k when there is none. */
function nameStart(t: readonly Token[], k: number): number {
  let s = k;
  while (s > k - MAX_NAME_WORDS && s > 0 && isCompanyWord(t[s - 1]!) && !t[s]!.sentenceStart && !t[s]!.lineStart) s--;
  // "… et Les Entreprises X ltée": mid-sentence, a capitalized article is the name's.
  const article = t[s - 1];
  if (s < k && article && article.isCap && NAME_ARTICLES.has(article.fold) && !t[s]!.sentenceStart && !article.sentenceStart && !article.lineStart) s--;
  return s;
}

function isCompanyWord(tok: Token): boolean {
  return isNameWord(tok) && !(tok.shape & BASED_COMPOUND) && !ROLE_WORDS.has(tok.fold) && !(tok.isUpper && LEGAL_SUFFIXES.has(tok.fold));
}

/** "X inc. et Metalcraft Nordik": the capitalized run after "et/and" that follows a company. */
function partnerAfter(a: Analysis, end: number): Candidate | undefined {
  const t = a.tokens;
  let k = isPunct(t[end], '.') ? end + 1 : end;
  if (!t[k] || !AND.has(t[k]!.fold) || t[k]!.isCap) return undefined;
  k++;
  if (tailAt(t, k) >= 0) return undefined;
  let e = k;
  while (e < k + MAX_PARTNER_WORDS && e < t.length && isCompanyWord(t[e]!) && !t[e]!.sentenceStart && !t[e]!.lineStart) e++;
  if (e === k || isPersonOrPlace(a, k, e) || tailAt(t, e) >= 0) return undefined;
  return { type: 'ORG', start: k, end: e, priority: 4, confidence: 0.6 };
}

/** "Metalcraft Nordik et X inc.": the capitalized run before "et/and" that precedes a company. */
function partnerBefore(a: Analysis, start: number): Candidate | undefined {
  const t = a.tokens;
  const and = t[start - 1];
  if (!and || !AND.has(and.fold) || and.isCap) return undefined;
  let s = start - 1;
  while (s > start - 1 - MAX_PARTNER_WORDS && s > 0 && isCompanyWord(t[s - 1]!) && !t[s]!.sentenceStart && !t[s]!.lineStart) s--;
  // "…, Red Lake Pipe Fabricators and …": the word limit does not cut a listed name in two.
  if (s === start - 1 - MAX_PARTNER_WORDS && s > 1 && isCompanyWord(t[s - 1]!) && isPunct(t[s - 2], ',:') && !t[s]!.sentenceStart && !t[s]!.lineStart) s--;
  // "Harbor Gear LLC of Portland and Tidewell Ltd": after a preposition the run says where.
  if (s === start - 1 || isPersonOrPlace(a, s, start - 1) || PREPOSITIONS.has(t[s - 1]?.fold ?? '')) return undefined;
  return { type: 'ORG', start: s, end: start - 1, priority: 4, confidence: 0.6 };
}

function isPersonOrPlace(a: Analysis, s: number, e: number): boolean {
  if (isGivenName(a.tokens[s]) || a.tokens[s]!.sentenceStart) return true;
  for (let k = s; k < e; k++) if (!a.inPlace[k]) return false;
  return true;
}
