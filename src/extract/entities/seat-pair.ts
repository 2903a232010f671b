import { isAreaRange, type Analysis } from './candidate.js';
import { isNameWord } from './word-classes.js';

// A seat's place is a few words at most ("Port-Vila", "New York", "Rio de Janeiro").
const MAX_SEAT_WORDS = 4;

/**
 * "Consulat général de France à Millbourne et Halifax", "Consulate General of X in Pondicherry
 * and Chennai": a post that sits in two towns names both. `and` is the "et/and" after the
 * first seat; returns the end of the second seat, or -1 when what follows is no lone place
 * (a name goes on after it: "… et Saint John Port Authority", "… and Chennai's mayor").
 */
export function secondSeatEnd(a: Analysis, and: number): number {
  const t = a.tokens;
  const link = t[and];
  if (!link || link.isCap || (link.fold !== 'et' && link.fold !== 'and')) return -1;
  for (let end = Math.min(t.length, and + 1 + MAX_SEAT_WORDS); end > and + 1; end--) {
    if (!isAreaRange(a, and + 1, end) || t[and + 1]!.lineStart) continue;
    const after = t[end];
    return after === undefined || (!isNameWord(after) && after.fold !== "'s" && after.text !== '-') ? end : -1;
  }
  return -1;
}
