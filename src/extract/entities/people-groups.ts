import { monthNumber } from '../dates/calendar-words.js';
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
  if (t[head]!.fold === 'delegation' && FROM.has(t[head + 1]?.fold ?? '')) return !hasSeat(t, head + 2) || isTravellingGroup(t, head);
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
  return SEAT.has(t[nameEnd(t, at)]?.text.toLowerCase() ?? '');
}

function nameEnd(t: readonly Token[], at: number): number {
  let k = at;
  while (t[k] && NAME_ARTICLES.has(t[k]!.fold)) k++;
  while (t[k]?.isCap) k++;
  return k;
}

// "X conduira la délégation de Valbrise à Tornhavn": a post is not led somewhere.
const LEAD_VERBS = new Set([
  'conduit', 'conduira', 'conduisait', 'conduiront', 'dirige', 'dirigera', 'dirigeait',
  'mene', 'menera', 'menait', 'emmene', 'emmenera', 'emmenait', 'accompagne', 'accompagnera', 'accompagnait',
]);
// "… à Tornhavn du 4 au 9 mai", "… fin mai": a post is not given the days of a stay. A single day or month ("le 4 mai",
// "en mai") is no cue: it mostly dates the sentence's verb ("le maire a rencontré la délégation de A à B le 4 mai").
const STAY_LINKS = new Set(['du', 'des', 'fin', 'debut', 'mi']);

/**
 * "une délégation de X à Y", "X conduira la délégation de X à Y du 4 au 9 mai": an
 * indefinite article, a leader's verb or the dates of the stay make it people travelling.
 */
function isTravellingGroup(t: readonly Token[], head: number): boolean {
  if (t[head - 1]?.fold === 'une' || LEAD_VERBS.has(t[head - 2]?.fold ?? '')) return true;
  const afterSeat = nameEnd(t, nameEnd(t, head + 2) + 1);
  return STAY_LINKS.has(t[afterSeat]?.fold ?? '') && isDateWord(t[afterSeat + 1]);
}

function isDateWord(token: Token | undefined): boolean {
  return token !== undefined && (/^\d/u.test(token.text) || monthNumber(token.text) !== undefined);
}
