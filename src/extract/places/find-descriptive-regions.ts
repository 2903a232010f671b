import type { FeatureSpan } from './find-features.js';
import type { WordToken } from './word-tokens.js';
import { gapAfter, isHyphenAfter, isSpaceAfter } from './word-tokens.js';

/*
 * Regions named by a descriptive head rather than a name of their own: a compass word
 * after an area noun ("la Province Sud", "la Côte Ouest"), a
 * "Pays" and the town or people it belongs to ("le Pays d'Herve"), a relief noun and a
 * lower-case adjective of place ("les Montagnes brelacoises").
 */

const COMPASS = new Set(['nord', 'sud', 'est', 'ouest']);
// Capitalized French area nouns before a compass word: "Province Sud", "Côte Ouest", "Rive-Sud".
const FR_AREA_HEADS = new Set(['province', 'region', 'cote', 'rive', 'zone']);
// Relief and country nouns that take an adjective of place after them: "les Montagnes brelacoises", "le Plateau ardennois",
// "la Péninsule morvelloise". A compass word does not ("l'Ouest brelacois" is mostly a direction, seldom annotated as a region).
const ADJECTIVE_HEADS = new Set(['montagnes', 'cote', 'plateau', 'pays', 'peninsule']);
// Accent-folded endings of French adjectives of place: ontarien, québécois, lyonnaises, marocain, européen, normand, basque.
const PLACE_ADJECTIVE = /(?:iens?|iennes?|ais|aises?|ois|oises?|ains?|aines?|eens?|eennes?|ands?|andes?|asques?)$/;
const ARTICLES = new Set(['le', 'la', 'les', 'l']);
// "du Nord québécois": the article joined to "de" before a region's head.
const ARTICLES_BEFORE_HEAD = new Set([...ARTICLES, 'du']);
const PAYS_LINKS = new Set(['de', 'du', 'des', 'd']);
const MAX_NAME_WORDS = 3;

/** Regions named by a descriptive head, found by their shape. */
export function findDescriptiveRegions(text: string, tokens: readonly WordToken[]): FeatureSpan[] {
  const found: FeatureSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.capitalized || token.allCaps) continue;
    const span = compassArea(text, tokens, i) ?? paysOf(text, tokens, i) ?? adjectiveRegion(text, tokens, i);
    if (!span) continue;
    found.push(span);
    i = span.last;
  }
  return found;
}

/** "Province Sud", "Côte Ouest", "Rive-Sud", "Région Nord-Est". */
function compassArea(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  if (!FR_AREA_HEADS.has(tokens[i]!.key)) return null;
  const compass = tokens[i + 1];
  if (!compass?.capitalized || compass.allCaps || !COMPASS.has(compass.key)) return null;
  if (!isSpaceAfter(text, tokens, i) && !isHyphenAfter(text, tokens, i)) return null;
  return { first: i, last: compassEnd(text, tokens, i + 1), confidence: 0.6 };
}

/** "le Pays d'Herve", "Pays de Vauclerc": "Pays" and the town or people it is named after. */
function paysOf(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  if (tokens[i]!.key !== 'pays') return null;
  const link = tokens[i + 1];
  if (!link || link.capitalized || !PAYS_LINKS.has(link.key) || !isSpaceAfter(text, tokens, i) || !/^[ '’]$/u.test(gapAfter(text, tokens, i + 1))) return null;
  const last = nameEnd(text, tokens, i + 2);
  return last < 0 ? null : { first: i, last, confidence: 0.6 };
}

/** "les Montagnes brelacoises", "la Côte basque", "du Plateau suisse": after an article. */
function adjectiveRegion(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  if (!ADJECTIVE_HEADS.has(tokens[i]!.key)) return null;
  const article = tokens[i - 1];
  if (!article || article.capitalized || !ARTICLES_BEFORE_HEAD.has(article.key) || !/^[ '’]$/u.test(gapAfter(text, tokens, i - 1))) return null;
  const adjective = tokens[i + 1];
  if (!adjective || adjective.capitalized || !isSpaceAfter(text, tokens, i) || !PLACE_ADJECTIVE.test(adjective.key)) return null;
  return { first: i, last: i + 1, confidence: 0.6 };
}

/** "Nord-Est": a compass word hyphened to a second one. */
function compassEnd(text: string, tokens: readonly WordToken[], i: number): number {
  const next = tokens[i + 1];
  return next?.capitalized && COMPASS.has(next.key) && isHyphenAfter(text, tokens, i) ? i + 1 : i;
}

function nameEnd(text: string, tokens: readonly WordToken[], from: number): number {
  const isName = (t: WordToken | undefined): boolean => t !== undefined && t.capitalized && !t.allCaps && !ARTICLES.has(t.key);
  if (!isName(tokens[from])) return -1;
  let last = from;
  while (last < from + MAX_NAME_WORDS - 1 && isName(tokens[last + 1]) && (isSpaceAfter(text, tokens, last) || isHyphenAfter(text, tokens, last))) last++;
  return last;
}
