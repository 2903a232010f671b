import type { Token } from './tokenize.js';

// Lower-case heads that also name a group of people ("la délégation bretonne", "la communauté italienne").
const GROUP_HEADS = new Set(['delegation', 'communaute']);
const FROM = new Set(['de', "d'", 'du', 'des']);
// Endings of demonyms (levantine, tyrolienne, québécoise, française, normande, bretonne, lyonnais).
const DEMONYM = /(?:ine|ienne|ien|oise|ois|aise|ais|ande|onne)$/u;
// Adjectives with those endings that name a body's kind, not its people ("générale" does not end so; these do).
const BODY_ADJECTIVES = new Set(['urbaine', 'metropolitaine', 'permanente', 'interministerielle']);

/**
 * "la délégation levantine à Carvelle", "la communauté tyrolienne de Mirecourt": a lower-case
 * group head with a demonym after it speaks of people from a place, not of a body.
 */
export function isPeopleGroup(t: readonly Token[], head: number): boolean {
  // "la délégation des Hauts-de-France, conduite par X": a body's name gives its kind first ("délégation spéciale de …").
  // "la délégation du Québec à Tokyo" is a post: its seat follows the name.
  if (t[head]!.fold === 'delegation' && FROM.has(t[head + 1]?.fold ?? '')) return !hasSeat(t, head + 2);
  const adjective = t[head + 1];
  if (!GROUP_HEADS.has(t[head]!.fold) || !adjective || adjective.isCap || !adjective.isWord) return false;
  return isDemonymAdjective(adjective);
}

/** "levantine", "tyrolienne", "bretonne": a lower-case demonym's ending, not a body's kind ("urbaine"). */
export function isDemonymAdjective(adjective: Token): boolean {
  return DEMONYM.test(adjective.fold) && !BODY_ADJECTIVES.has(adjective.fold);
}

// Written out with its accent: "la délégation de X a séjourné …" has the verb "a", no seat.
const SEAT = new Set(['à', 'au', 'aux', 'en']);
const NAME_ARTICLES = new Set(['la', 'le', 'les', "l'"]);

/** The name from `at` on is followed by "à / au / en": the town or country a post sits in. */
function hasSeat(t: readonly Token[], at: number): boolean {
  let k = at;
  while (t[k] && NAME_ARTICLES.has(t[k]!.fold)) k++;
  while (t[k]?.isCap) k++;
  return SEAT.has(t[k]?.text.toLowerCase() ?? '');
}
