import { isAreaRange, type Analysis, type Candidate } from './candidate.js';
import { secondSeatEnd } from './seat-pair.js';
import type { Token } from './tokenize.js';
import { isGivenName, isNameWord, isPunct } from './word-classes.js';

// Heads of a diplomatic post, whose name says where it sits: "Consulate General of Canada in Tucson".
export const DIPLOMATIC_HEADS = new Set(['consulate', 'consulate-general', 'embassy', 'delegation', 'legation', 'mission']);

/**
 * "… High Commission in Ahmedabad", "Embassy of France in Ottawa", "Embassy of Canada to
 * Japan", "Quebec Government Office in Chicago": the post's seat is part of its name.
 */
export function diplomaticPostEnd(a: Analysis, head: number, end: number): number {
  const t = a.tokens;
  const h = t[head]!.fold;
  const before = t[head - 1]?.fold ?? '';
  const diplomatic =
    DIPLOMATIC_HEADS.has(h) || (h === 'commission' && before === 'high') || (h === 'office' && REPRESENTATION_OFFICES.has(before)) || (h === 'institute' && before === 'cultural');
  const link = t[end]?.fold ?? '';
  // "to" names the country a post is accredited to, after "of" + the sending side; "a Trade Delegation to Japan" is a trip.
  const seatLink = link === 'in' || link === 'at' || (link === 'to' && end > head + 2 && t[head + 1]!.fold === 'of');
  if (!diplomatic || !seatLink || t[end]!.isCap) return end;
  // "… in the United Kingdom": the article before a country's name.
  const from = t[end + 1]?.fold === 'the' && !t[end + 1]!.isCap ? end + 2 : end + 1;
  for (let k = Math.min(t.length, from + 4); k > from; k--) if (isAreaRange(a, from, k)) return Math.max(k, secondSeatEnd(a, k), districtTailEnd(t, k));
  // The place rules leave a post's seat to its name ("… of Canada in Dallas"): a capitalized name there.
  let k = from;
  while (k < from + 3 && isNameWord(t[k]) && !t[k]!.isUpper && !isGivenName(t[k]) && !t[k]!.sentenceStart && !t[k]!.lineStart) k++;
  return k > from ? Math.max(k, secondSeatEnd(a, k), districtTailEnd(t, k)) : end;
}

/** "… in Washington, D.C.", "… in Washington, DC": the federal district written after the seat. */
function districtTailEnd(t: readonly Token[], k: number): number {
  if (!isPunct(t[k], ',')) return -1;
  if (t[k + 1]?.text === 'DC') return k + 2;
  return t[k + 1]?.text === 'D' && isPunct(t[k + 2], '.') && t[k + 3]?.text === 'C' ? k + 4 : -1;
}
// "Quebec Government Office in Chicago", "Alberta Trade Office in Tokyo", "Nordland Trade and Investment
// Office in Osaka", "Velmar Economic and Cultural Office in Lyon", "Consular Office of X in Y": a province's or a country's posts abroad;
// "Ardenian Cultural Institute in Rome" too. "Velmar Korea Office in Seoul" is named for where it sits already.
const REPRESENTATION_OFFICES = new Set(['government', 'trade', 'investment', 'cultural', 'economic', 'consular', 'representative']);

/** "Norvania's Embassy in Ostrelle", "the Embassy in Lima": a post named by its seat, and by the country that sends it. */
export function seatedPost(a: Analysis, head: number, end: number): Candidate | undefined {
  if (!SEATED_POSTS.has(a.tokens[head]!.fold)) return undefined;
  const seatEnd = diplomaticPostEnd(a, head, end);
  return seatEnd > end ? { type: 'ORG', start: possessiveCountryStart(a, head), end: seatEnd, priority: 7, confidence: 0.7 } : undefined;
}

/** Where "Norvania's" or "New Norvania's" starts before the head, or the head itself. */
function possessiveCountryStart(a: Analysis, head: number): number {
  const t = a.tokens;
  if (!POSSESSIVE_MARKS.has(t[head - 1]?.text ?? '')) return head;
  for (let k = Math.max(0, head - 4); k <= head - 2; k++) if (t[k]!.isCap && isAreaRange(a, k, head - 1)) return k;
  return head;
}
const POSSESSIVE_MARKS = new Set(["'s", '’s']);
// Not "Mission" or "Delegation": "Trade Mission in Osaka" is a trip.
const SEATED_POSTS = new Set(['consulate', 'consulate-general', 'embassy', 'legation']);
