import { MASTHEAD_LINES, OUTLET_WORDS } from '../lexicons/outlet-words.js';
import type { FeatureSpan } from './find-features.js';
import { ORDINARY_WORDS } from './find-features.js';
import type { WordToken } from './word-tokens.js';

/*
 * A local paper is named after the area it covers, and the annotation lists that area as a
 * place: "L'Écho de la Semois", "The Murray Valley Courier", "HAUTBOIS HEBDO". Read from
 * the masthead only (the first lines), where a title is a paper's and not a body's letter.
 */

const MAX_TITLE_WORDS = 7;
const SEPARATOR = /[|—–·›>]|\s-\s/u;
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);
// "de la Basse-Vallière", "des Dombes", "de l'Artois", "du Lac", "d'Erguël".
const FRENCH_LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'l']);
// Common nouns a French title may be named after ("L'Écho du Littoral", "Le Courrier des Îles"): no name.
const FRENCH_COMMON_AREAS = new Set([
  'lac', 'baie', 'ocean', 'estuaire', 'mer', 'fleuve', 'riviere', 'vallee', 'cote', 'ile', 'iles', 'montagne', 'montagnes',
  'plaine', 'region', 'pays', 'nord', 'sud', 'est', 'ouest', 'centre', 'littoral', 'port', 'ville', 'campagne',
]);
// English titles named before their paper word: "Murray Valley Courier", "North Borneo Tribune".
const AREA_HEADS = new Set(['valley', 'island', 'islands', 'highlands', 'peninsula', 'delta', 'county', 'region']);
const COMPASS = new Set(['north', 'south', 'east', 'west']);
// French local-news words put after a town or area of one or two words: "Kayes Info", "Vaitea Matin".
const LOCAL_PAPER_WORDS = new Set(['hebdo', 'info', 'infos', 'matin']);
const MAX_NAME_WORDS = 3;

/** Areas named in the title of the local paper that publishes the text. */
export function findOutletPlaces(text: string, tokens: readonly WordToken[]): FeatureSpan[] {
  const found: FeatureSpan[] = [];
  let lines = 0;
  for (let i = 0; i < tokens.length && lines < MASTHEAD_LINES; ) {
    const end = lineEnd(text, tokens, i);
    lines++;
    const title = titleEnd(text, tokens, i, Math.min(end, i + MAX_TITLE_WORDS));
    if (title - i < MAX_TITLE_WORDS) {
      const span = outletArea(tokens, i, title);
      if (span) found.push(span);
    }
    i = end + 1;
  }
  return found;
}

/** Last token on the line of token i. */
function lineEnd(text: string, tokens: readonly WordToken[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length && !text.slice(tokens[j]!.end, tokens[j + 1]!.start).includes('\n')) j++;
  return j;
}

/** Last token of the line's first segment, before a separator ("HAUTBOIS HEBDO — Sud | …"). */
function titleEnd(text: string, tokens: readonly WordToken[], i: number, end: number): number {
  let j = i;
  while (j < end && !SEPARATOR.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
  return j;
}

function outletArea(tokens: readonly WordToken[], first: number, last: number): FeatureSpan | null {
  let k = first;
  while (k <= last && !OUTLET_WORDS.has(tokens[k]!.key)) k++;
  if (k > last) return null;
  const opening = ARTICLES.has(tokens[first]!.key) ? first + 1 : first;
  return k === opening ? frenchTitleArea(tokens, k, last) : titleAreaBefore(tokens, opening, k);
}

/** "L'Écho de la Haute-Matawin": the capitalized name after the paper word and its link. */
function frenchTitleArea(tokens: readonly WordToken[], k: number, last: number): FeatureSpan | null {
  let j = k + 1;
  while (j <= last && j <= k + 2 && FRENCH_LINKS.has(tokens[j]!.key) && !isTitleCase(tokens[j]!)) j++;
  if (j === k + 1 || j > last) return null;
  let end = j;
  // "de la Pointe des Châteaux": a link inside the name, before another capitalized word.
  while (end + 1 <= last && end + 1 < j + MAX_NAME_WORDS && (isTitleCase(tokens[end + 1]!) || (FRENCH_LINKS.has(tokens[end + 1]!.key) && end + 2 <= last && isTitleCase(tokens[end + 2]!)))) end++;
  if (!isTitleCase(tokens[j]!) || (end === j && (isAcronym(tokens[j]!) || FRENCH_COMMON_AREAS.has(tokens[j]!.key) || ORDINARY_WORDS.has(tokens[j]!.key)))) return null;
  return { first: j, last: end, confidence: 0.55 };
}

/** "The Wye Valley Chronicle", "NORTH BORNEO TRIBUNE", "Hautbois Hebdo": the area before the paper word. */
function titleAreaBefore(tokens: readonly WordToken[], first: number, k: number): FeatureSpan | null {
  const words = k - first;
  if (words < 1 || words > MAX_NAME_WORDS) return null;
  for (let t = first; t < k; t++) if (!isTitleCase(tokens[t]!) || ORDINARY_WORDS.has(tokens[t]!.key)) return null;
  if (words === 1 && isAcronym(tokens[first]!)) return null;
  const [head, lead] = [tokens[k - 1]!.key, tokens[first]!.key];
  const area = (words >= 2 && AREA_HEADS.has(head)) || (words === 2 && COMPASS.has(lead)) || (words <= 2 && LOCAL_PAPER_WORDS.has(tokens[k]!.key));
  return area ? { first, last: k - 1, confidence: 0.55 } : null;
}

const isTitleCase = (token: WordToken): boolean => token.capitalized;
// "CCI INFOS", "Nouvelles de l'UQO": a body's acronym alone names its own letter, not an area.
const MAX_ACRONYM = 4;
const isAcronym = (token: WordToken): boolean => token.allCaps && token.text.length <= MAX_ACRONYM;
