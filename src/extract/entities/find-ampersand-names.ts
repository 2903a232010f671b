import { EVENT_NAME_WORDS } from '../lexicons/event-name-words.js';
import { NON_ORG_INTRODUCERS } from '../lexicons/org-head-words.js';
import { isAreaRange, type Analysis, type Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { isGivenName, isHeadWord, isNameWord, isPunct, isRoleWord } from './word-classes.js';

// Capitalized words taken on each side of the "&".
const MAX_SIDE_WORDS = 4;
// "Rivière la Croix & District …": a lower-case article inside a place's name.
const INNER_ARTICLES = new Set(['la', 'le']);
// "… & Tarvel Chamber of Mines": one complement after the head.
const COMPLEMENT_LINKS = new Set(['of', 'de', 'du', 'des']);
// "the Fish & Game Show", "Solar & Storage Forum": an event, no body.
const EVENT_WORDS = new Set([...NON_ORG_INTRODUCERS, ...EVENT_NAME_WORDS]);
// Rubric, menu and breadcrumb separators: "Farms & Policy | May 9", "Docks & Quays · 2 May", "Home > Events & Media".
const RUBRIC_MARKS = '|·•>';
// "LE FIL — Arts & Échanges": a section's title closing its line after a dash.
const TITLE_DASHES = '—–';
// A name whose first word is a lower-case link is a portfolio: "Minister of Trade & Industry".
const PORTFOLIO_LINKS = new Set(['of', 'for', 'de', 'du', 'des']);

/**
 * "Quillen & Brant Canada", "Kelby Food & Drink", "QRX & Tarvel Chamber of Mines":
 * capitalized words on both sides of a spaced "&" are one name; prose joins two bodies
 * with "and", a name joins its own words with "&". Two places joined so ("Kelby & Isles
 * of Marn"), a rubric or an event are left alone. One word on each side ("Ernst & Young",
 * not "Recherche & Développement") is find-legal-form-orgs' case.
 */
export function findAmpersandNames(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!a.text.includes(' & ')) return out;
  const t = a.tokens;
  for (let k = 1; k < t.length - 1; k++) {
    if (!isPunct(t[k], '&') || !isSpacedAmpersand(t, k) || a.inHeadline[k] || a.inTitleCase[k]) continue;
    const start = leftStart(t, k);
    const end = rightEnd(t, k);
    if (start === k || end === k + 1 || (start === k - 1 && end === k + 2) || isRubricOrEvent(t, start, end) || isPlacePair(a, start, k, end) || isRolesOnly(t, start, k)) continue;
    out.push({ type: 'ORG', start, end, priority: 7, confidence: 0.7 });
  }
  return out;
}

function isSpacedAmpersand(t: readonly Token[], k: number): boolean {
  return t[k - 1]!.end === t[k]!.start - 1 && t[k]!.end === t[k + 1]!.start - 1 && !t[k + 1]!.lineStart;
}

/** First word of the capitalized run that ends before the "&", single-spaced; k when there is none. */
function leftStart(t: readonly Token[], k: number): number {
  let s = k;
  for (let words = 0; words < MAX_SIDE_WORDS && s > 0; words++) {
    const prev = t[s - 1]!;
    const inner = INNER_ARTICLES.has(prev.text) && s - 2 >= 0 && isNameWord(t[s - 2]) && s < k;
    if (!(isNameWord(prev) || inner) || prev.end !== t[s]!.start - 1 || t[s]!.lineStart) break;
    s--;
    if (prev.sentenceStart || prev.lineStart) break;
  }
  // "The Brelford & District …": the article opening a sentence is no part of the name.
  if (s < k && (t[s]!.fold === 'the' || t[s]!.fold === 'le' || t[s]!.fold === 'la')) s++;
  return PORTFOLIO_LINKS.has(t[s - 1]?.text ?? '') ? k : s;
}

/**
 * End of the capitalized run after the "&", with one "of" complement; k + 1 when there is none.
 * A role or a given name and a surname open a person ("Sales & Marketing Director Anne Roy").
 */
function rightEnd(t: readonly Token[], k: number): number {
  let e = k + 1;
  let linked = false;
  while (e < t.length && e - k <= MAX_SIDE_WORDS + 2 && t[e - 1]!.end === t[e]!.start - 1 && !t[e]!.lineStart && !t[e]!.sentenceStart) {
    if (isRoleWord(t[e]!) || (e > k + 1 && isGivenName(t[e]) && isNameWord(t[e + 1]))) break;
    if (isNameWord(t[e])) { e++; continue; }
    if (!linked && e > k + 1 && COMPLEMENT_LINKS.has(t[e]!.text) && isNameWord(t[e + 1]) && isHeadWord(t[e - 1])) { linked = true; e++; continue; }
    break;
  }
  return COMPLEMENT_LINKS.has(t[e - 1]!.text) ? e - 1 : e;
}

/** "Director & CEO": roles joined, no body. */
function isRolesOnly(t: readonly Token[], start: number, amp: number): boolean {
  for (let k = start; k < amp; k++) if (!isRoleWord(t[k]!)) return false;
  return true;
}

function isRubricOrEvent(t: readonly Token[], start: number, end: number): boolean {
  if (isPunct(t[end], RUBRIC_MARKS) || isPunct(t[start - 1], RUBRIC_MARKS)) return true;
  if (isPunct(t[start - 1], TITLE_DASHES) && (t[end] === undefined || t[end]!.lineStart)) return true;
  // "le Forum Métiers & Emploi", "the Fish & Game Show".
  return EVENT_WORDS.has(t[start]!.fold) || EVENT_WORDS.has(t[end - 1]!.fold) || EVENT_WORDS.has(t[end]?.fold ?? '');
}

/** "Kelby & Isles of Marn": a place on each side and no head noun. */
function isPlacePair(a: Analysis, start: number, amp: number, end: number): boolean {
  if (!isAreaRange(a, start, amp) || !a.inPlace[amp + 1]) return false;
  for (let k = amp + 1; k < end; k++) if (isHeadWord(a.tokens[k])) return false;
  return true;
}
