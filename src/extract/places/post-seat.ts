import type { PlaceContext } from './place-context.js';
import type { WordToken } from './word-tokens.js';

// "Consulat général de France à Moncton", "Embassy of Norway in Santiago": the city after these is where the post sits.
const SEAT_PREPOSITIONS = new Set(['a', 'in', 'at']);
const LIST_LINKS = new Set(['et', 'and']);
// Consulates and embassies sit in a city; "la Délégation générale du Québec à Bruxelles" names where it is sent (the gold of eval-extra).
const SEATED_POSTS = new Set(['consulat', 'consulate', 'embassy', 'ambassade']);
const SEAT_REACH = 6;

/**
 * A city named as the seat of a diplomatic post ("à Moncton et Halifax", "in Chicago") is
 * a place of the text, unlike the country that sends the post ("Consulate of Ireland").
 */
export function isSeatOfPost(context: PlaceContext, tokens: readonly WordToken[], first: number): boolean {
  let p = context.previousWord(first);
  // "à Moncton et Halifax": one more city joined to the seat.
  if (p >= 0 && LIST_LINKS.has(tokens[p]!.key)) {
    const name = context.previousWord(p);
    if (name < 0 || !tokens[name]!.capitalized) return false;
    p = context.previousWord(name);
  }
  if (p < 0) return false;
  const preposition = tokens[p]!;
  // "a" folds "à": only the accented one is the preposition.
  if (!SEAT_PREPOSITIONS.has(preposition.key) || (preposition.key === 'a' && preposition.text !== 'à') || preposition.capitalized) return false;
  for (let q = context.previousWord(p), hops = 0; q >= 0 && hops < SEAT_REACH; q = context.previousWord(q), hops++) {
    if (SEATED_POSTS.has(tokens[q]!.key)) return true;
  }
  return false;
}
