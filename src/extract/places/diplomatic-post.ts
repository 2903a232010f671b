import type { PlaceContext } from './place-context.js';
import type { WordToken } from './word-tokens.js';

const POSTS = new Set(['consulat', 'consulate', 'embassy', 'ambassade']);
const HIGH = new Set(['high', 'haut']);
const COMMISSIONS = new Set(['commission', 'commissariat']);

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
