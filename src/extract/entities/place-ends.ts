import { isAreaRange, type Analysis, type Candidate } from './candidate.js';

// Tokens a place's name may hold on either side of a cut ("Centre - Val | de Loire").
const MAX_PLACE_TOKENS = 6;

/**
 * "Région Centre-Val de Loire": a rule that stops at "de" cuts the region in two. A body's
 * name does not end inside the name of a country, province or region: it runs to its end.
 */
export function endAtPlaceEnd(a: Analysis, c: Candidate): Candidate {
  const end = c.end;
  // A cut before punctuation ("Ont." keeps its period as a place, not as a name's end) is no cut.
  if (c.type !== 'ORG' || !a.inPlace[end - 1] || !a.inPlace[end] || !a.tokens[end]!.isWord) return c;
  for (let from = end - 1; from >= Math.max(c.start, end - MAX_PLACE_TOKENS); from--) {
    for (let to = end + 1; to <= Math.min(a.tokens.length, from + MAX_PLACE_TOKENS); to++) {
      if (isAreaRange(a, from, to)) return { ...c, end: to };
    }
  }
  return c;
}
