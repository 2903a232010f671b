import type { Token } from './tokenize.js';
import { GIVEN_NAME, GIVEN_NAME_PREFIX, HEAD_WORD, NAME_STOP, ROLE_WORD } from './word-lists.js';
import { ADJECTIVE_LIKE, HAS_DIGIT, INNER_CAPITAL } from './word-shapes.js';
import { wordSet } from '../lexicons/word-set.js';
import { WEEKDAY_NAMES } from '../dates/calendar-words.js';


/** Function words that may sit inside a name between two content words. */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'de', 'du', 'des', "d'", "l'", 'la', 'le', 'les', 'en', 'et', 'pour', 'a', 'au', 'aux',
  'of', 'for', 'and', 'the', '&', 'on', 'in',
]);

/** Lower-case words that end a name: verbs, pronouns, adverbs, prepositions. */
/** Words that join two names in a list: "X et Y", "X and Y", "X & Y". */
export const COORDINATORS: ReadonlySet<string> = new Set(['et', 'and', '&']);

export const LOWER_STOP: ReadonlySet<string> = new Set([...WEEKDAY_NAMES.flat(), ...wordSet(`
a ai as est sont ont etait etaient sera seront fut ete etre avoir avait avaient qui que
dont ou ne n' se s' y il elle ils elles avec par dans sur entre lors depuis chez vers
selon plus moins tres aussi ainsi mais donc car comme afin tous toutes tout deux trois
quatre cinq leur leurs son sa ses notre nos votre vos ce cette ces cet un une vise visent
permet permettent fait font doit doivent peut peuvent va vont reste devient compte
regroupe represente travaille travaillent participe participera accueille organise offre
propose annonce signe soutient accompagne accompagnera mobilisera assure souhaite
lance presente rassemble realise cree est-il sans soit notamment egalement
is are was were has have had will would said says which who that with by from to be been
being this these those it its their his her an not also during after before when while
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
dernier derniere prochain prochaine
hier aujourd'hui demain
`)]);

/** A lower-case word with an adjective's ending (générale, wallonne, franco-allemand). */
export function isAdjectiveLike(token: Token): boolean {
  return (token.shape & ADJECTIVE_LIKE) !== 0;
}

/** A word that starts with a lower-case letter. */
export function isLowerWord(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && !token.isCap;
}

/** A given name of the lexicon, or a hyphenated compound that starts with one. */
export function isGivenName(token: Token | undefined, allowUpper = false): boolean {
  if (!token || !token.isCap || (token.isUpper && !allowUpper)) return false;
  if (token.lists & GIVEN_NAME) return true;
  if (!(token.lists & GIVEN_NAME_PREFIX)) return false;
  // "Jean-Philippe", not "Jean-baptiste" written as a common noun.
  const second = token.text[token.fold.indexOf('-') + 1] ?? '';
  return second !== second.toLowerCase();
}

/** A capitalized word that can be part of a name (not "Le", "Mai", "Photo"). */
export function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.isCap && (!(token.lists & NAME_STOP) || hasInnerCapital(token));
}

/** A digit 0-9 in the token (KR2T, 3D): read from its spelling's shape, worked out once. */
export function hasDigit(token: Token): boolean {
  return (token.shape & HAS_DIGIT) !== 0;
}

/** "MaRS", "McGill", "SupAgro": a capital after a lower-case letter makes a brand, never a stop word. */
export function hasInnerCapital(token: Token): boolean {
  return (token.shape & INNER_CAPITAL) !== 0;
}

/** A role noun, or a compound that starts with one ("présidente-directrice", "maire-adjoint"). */
export function isRoleWord(token: Token): boolean {
  return (token.lists & ROLE_WORD) !== 0;
}

/** A head noun of a French or English organization name. */
export function isHeadWord(token: Token | undefined): boolean {
  return token !== undefined && (token.lists & HEAD_WORD) !== 0;
}

/**
 * A punctuation token among `chars` (punctuation marks only). A mark is one char; the other
 * tokens that are no word (numbers, astral symbols) are never among them. By char code, no
 * string search: this runs for many tokens in most rules.
 */
export function isPunct(token: Token | undefined, chars: string): boolean {
  if (token === undefined || token.isWord || token.text.length !== 1) return false;
  const c = token.text.charCodeAt(0);
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}
