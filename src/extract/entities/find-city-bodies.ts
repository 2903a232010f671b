import { isPlaceRange, type Analysis, type Candidate } from './candidate.js';
import { isVisitedSite } from './find-head-orgs.js';
import type { Token } from './tokenize.js';
import { isNameWord, isPunct } from './word-classes.js';

// Before "X City", these make it the place one goes to or comes from, not the body.
const MOTION_LOCATIVES = new Set(['to', 'from', 'into', 'across', 'around', 'throughout', 'outside', 'within', 'toward', 'towards', 'via']);
// The second tier a consolidated city is named with ("City and County of …").
const JOINT_TIERS = new Set(['county', 'borough']);
// How many words a town's name before "City" may have ("Can Tho City").
const MAX_TOWN_WORDS = 3;

/**
 * ORG candidates for a municipal body named the East Asian way, the town then "City" or
 * "Metropolitan City" ("hosted by Nara City", "between Daegu Metropolitan City and …"):
 * the town is a gazetteer place, the whole is none ("Quebec City", "Kansas City" stay places),
 * and no locative or visit puts it as a place ("in Jilin City", "travelled to …").
 */
export function findCityBodies(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!a.text.includes(' City')) return out;
  const t = a.tokens;
  let bare: ReadonlySet<string> | undefined;
  for (let i = 1; i < t.length; i++) {
    const tok = t[i]!;
    const joint = jointCityEnd(t, i);
    if (joint > 0 && !a.inHeadline[i]) {
      out.push({ type: 'ORG', start: i, end: joint, priority: 8, confidence: 0.75 });
      i = joint - 1;
      continue;
    }
    if (tok.fold !== 'city' || !tok.isCap || tok.isUpper || tok.lineStart || tok.sentenceStart || a.inHeadline[i] || a.inPlace[i]) continue;
    // "Seoyang City Council", "Kaohsiung City Government": a longer name the English head rule reads.
    if (isNameWord(t[i + 1]) && !t[i + 1]!.lineStart) continue;
    const townEnd = t[i - 1]!.fold === 'metropolitan' && t[i - 1]!.isCap ? i - 1 : i;
    const start = townStart(a, townEnd) ?? bareTownStart(t, townEnd, i, (bare ??= bareNames(t)));
    if (start < 0 || isPlaceRange(a, start, i + 1) || isLocated(a, start) || isSeatOfBody(a.tokens, start)) continue;
    out.push({ type: 'ORG', start, end: i + 1, priority: 7, confidence: 0.7 });
  }
  return out;
}

/**
 * End of "City and County of X", "City and Borough of X" opening at i (a consolidated city-county's
 * government), or -1.
 */
function jointCityEnd(t: readonly Token[], i: number): number {
  if (t[i]!.fold !== 'city' || !t[i]!.isCap || t[i + 1]?.fold !== 'and' || !JOINT_TIERS.has(t[i + 2]?.fold ?? '') || !t[i + 2]!.isCap || t[i + 3]?.fold !== 'of') return -1;
  let k = i + 4;
  while (k < t.length && k < i + 4 + MAX_TOWN_WORDS && isNameWord(t[k]) && !t[k]!.lineStart && !(k > i + 4 && t[k]!.sentenceStart)) k++;
  return k > i + 4 ? k : -1;
}

/** First token of the gazetteer town that ends just before `end`, -1 when a gazetteer place stands there, else undefined. */
function townStart(a: Analysis, end: number): number | undefined {
  const t = a.tokens;
  let k = end;
  while (k > 0 && end - k < MAX_TOWN_WORDS && a.inPlace[k - 1] && isNameWord(t[k - 1]) && !t[k - 1]!.isUpper && !t[k]!.lineStart && !t[k]!.sentenceStart) k--;
  if (k < end) return isPlaceRange(a, k, end) ? k : -1;
  return a.inPlace[end] ? -1 : undefined;
}

/**
 * A one-word town the gazetteer does not know, which the text also names bare ("a Sorvik delegation", "signed in Sorvik"):
 * the town's name, so "Sorvik City" is its body; a name never used without "City" ("Rapid City") stays a place.
 */
function bareTownStart(t: readonly Token[], end: number, city: number, bare: ReadonlySet<string>): number {
  const town = t[end - 1];
  if (!isNameWord(town) || town!.isUpper || town!.sentenceStart || town!.lineStart || isNameWord(t[end - 2])) return -1;
  // "X City and County Council": the head of a longer body's name.
  if (t[city + 1]?.fold === 'and' || isPunct(t[city + 1], '&')) return -1;
  return bare.has(town!.text) ? end - 1 : -1;
}

/** Capitalized words the text uses as a one-word name: neither after nor before another name word, nor before "City". */
function bareNames(t: readonly Token[]): Set<string> {
  const out = new Set<string>();
  t.forEach((x, k) => {
    if (isNameWord(x) && !x.sentenceStart && !isNameWord(t[k - 1]) && !isNameWord(t[k + 1]) && t[k + 1]?.fold !== 'city') out.add(x.text);
  });
  return out;
}

/**
 * "in Changchun and Jilin City": a locative or a visit before the town, or before the place
 * it is listed with.
 */
function isLocated(a: Analysis, start: number): boolean {
  const t = a.tokens;
  const before = t[start - 1]?.fold === 'the' ? start - 2 : start - 1;
  if (MOTION_LOCATIVES.has(t[before]?.fold ?? '') || isVisitedSite(t, start)) return true;
  if (t[before]?.fold !== 'and' && !isPunct(t[before], ',')) return false;
  let mate = before;
  while (mate > 0 && a.inPlace[mate - 1] && isNameWord(t[mate - 1])) mate--;
  return mate < before && isLocated(a, mate);
}

/** "the People's Government of Baotou City": the seat a capitalized body is named after. */
function isSeatOfBody(t: readonly Token[], start: number): boolean {
  const before = t[start - 1]?.fold === 'the' ? start - 2 : start - 1;
  return t[before]?.fold === 'of' && t[before - 1]?.isCap === true;
}
