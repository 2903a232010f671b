import type { PlaceContext } from './place-context.js';
import { ARTICLES } from './place-cues.js';
import type { WordToken } from './word-tokens.js';

const POSTS = new Set(['consulat', 'consulate', 'embassy', 'ambassade']);
const HIGH = new Set(['high', 'haut']);
const COMMISSIONS = new Set(['commission', 'commissariat']);
// Prepositions that give where a post sits: "à X", "au X", "en X", "in X", "at X".
const SEATS = new Set(['a', 'au', 'aux', 'en', 'in', 'at']);

/**
 * Whether the head at `head` names a diplomatic post: "ambassade", "Consulate General",
 * "High Commission", "Haut-Commissariat". Both places of its name are places of the text
 * (the country that sends it, the country or city where it sits), unlike the subject of a
 * "Délégation" or "Commission" ("Commission de la Capitale", "Délégation du Québec").
 */
export function isDiplomaticPost(context: PlaceContext, tokens: readonly WordToken[], head: number): boolean {
  const key = tokens[head]!.key;
  if (POSTS.has(key)) return true;
  const before = context.previousWord(head);
  return COMMISSIONS.has(key) && before >= 0 && HIGH.has(tokens[before]!.key);
}

/**
 * "Délégation générale de X à Y", "the X Representation in Y": the place after the
 * preposition that closes a post's name is where the post sits, a place of the text like a
 * consulate's city; the subject before it ("de X") stays the body's.
 */
export function isSeatOfPost(context: PlaceContext, tokens: readonly WordToken[], first: number, head: number): boolean {
  let p = context.previousWord(first);
  if (p > head && ARTICLES.has(tokens[p]!.key) && !tokens[p]!.capitalized) p = context.previousWord(p);
  if (p <= head) return false;
  const seat = tokens[p]!;
  // "à" folds to "a": the English article is no seat.
  return !seat.capitalized && SEATS.has(seat.key) && (seat.key !== 'a' || seat.text === 'à');
}

/**
 * "the X Embassy in Y", "the X Consulate General", "the X High Commission": a country named
 * before a diplomatic post is the country that sends it, a place like "Embassy of X".
 */
export function isPostAfter(tokens: readonly WordToken[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next?.capitalized) return false;
  if (POSTS.has(next.key)) return true;
  return HIGH.has(next.key) && COMMISSIONS.has(tokens[last + 2]?.key ?? '');
}
