import { placeIndex } from '../gazetteer/place-index.js';
import type { FeatureSpan } from './find-features.js';
import type { WordToken } from './word-tokens.js';
import { isHyphenAfter, isSpaceAfter } from './word-tokens.js';

/*
 * Parks, counties and provinces named with their head noun: "parc national Kouchibouguac",
 * "Jasper National Park", "County Kilmarra", "la province de Luxembourg", "the Big White ski
 * area". The head is part of the name where it tells the place apart from a namesake.
 */

/** Words that can open or close one of the names below. */
export const AREA_HEADS: ReadonlySet<string> = new Set(['parc', 'reserve', 'park', 'county', 'province', 'canton', 'area', 'resort']);

// "parc national", "réserve faunique": the adjective that makes a park a protected area.
const PARK_KINDS = new Set(['national', 'nationale', 'regional', 'regionale', 'provincial', 'provinciale', 'marin', 'naturel', 'naturelle', 'faunique', 'ecologique', 'state', 'marine']);
const LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'l']);
// "County Council", "County Court": a county's bodies, not the county.
const COUNTY_BODIES = new Set(['council', 'court', 'board', 'hall', 'commissioner', 'commissioners', 'executive', 'government', 'officials', 'sheriff', 'school', 'schools', 'fair', 'line', 'road', 'jail']);
const SKI = 'ski';
const MAX_NAME_WORDS = 4;

export function areaWithHead(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  return frenchPark(text, tokens, i) ?? englishPark(text, tokens, i) ?? irishCounty(text, tokens, i) ?? provinceOf(text, tokens, i) ?? skiArea(text, tokens, i);
}

/** "parc national Kouchibouguac", "réserve faunique des Laurentides": the head stays in the name. */
function frenchPark(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const head = tokens[i]!;
  if (head.capitalized || (head.key !== 'parc' && head.key !== 'reserve') || !PARK_KINDS.has(tokens[i + 1]?.key ?? '') || tokens[i + 1]!.capitalized) return null;
  let j = i + 2;
  while (j < tokens.length && j <= i + 4 && LINKS.has(tokens[j]!.key) && !tokens[j]!.capitalized) j++;
  const last = nameAfter(text, tokens, j);
  return last >= j ? { first: i, last, confidence: 0.65 } : null;
}

/** "Jasper National Park", "Fundy National Park". */
function englishPark(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const head = tokens[i]!;
  if (head.key !== 'park' || !head.capitalized || i < 2 || !PARK_KINDS.has(tokens[i - 1]!.key) || !tokens[i - 1]!.capitalized) return null;
  let first = i - 1;
  while (first > i - 1 - MAX_NAME_WORDS && first > 0 && isName(tokens[first - 1]!) && isSpaceAfter(text, tokens, first - 1)) first--;
  return first < i - 1 ? { first, last: i, confidence: 0.65 } : null;
}

/** "County Kilmarra", "County Durham": Irish and some English counties put "County" first. */
function irishCounty(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const head = tokens[i]!;
  const name = tokens[i + 1];
  if (head.key !== 'county' || !head.capitalized || head.allCaps || !name || !isName(name) || COUNTY_BODIES.has(name.key) || !isSpaceAfter(text, tokens, i)) return null;
  // "Kent County Council": the county word closes a name that started before it.
  const before = tokens[i - 1];
  if (before?.capitalized && isSpaceAfter(text, tokens, i - 1)) return null;
  const next = tokens[i + 2];
  if (next?.capitalized && isSpaceAfter(text, tokens, i + 1)) return null;
  return { first: i, last: i + 1, confidence: 0.65 };
}

/**
 * "la province de Luxembourg" is the Belgian province, not the country: when the name after
 * "province de" is a country's or a city's, the head is part of the province's name. Under
 * a province's own name ("la province de Québec") the gazetteer answers. A Swiss canton
 * keeps its head always ("le canton de Fribourg", not the town).
 */
function provinceOf(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const head = tokens[i]!;
  if ((head.key !== 'province' && head.key !== 'canton') || head.capitalized) return null;
  let j = i + 1;
  while (j < tokens.length && j <= i + 2 && LINKS.has(tokens[j]!.key) && !tokens[j]!.capitalized) j++;
  const last = nameAfter(text, tokens, j);
  if (j === i + 1 || last < j) return null;
  if (head.key === 'canton') return { first: i, last, confidence: 0.65 };
  const key = tokens.slice(j, last + 1).map((t) => t.key).join(' ');
  const entries = placeIndex().byKey.get(key)?.entries ?? [];
  if (entries.length === 0 || entries.some((e) => e.kind === 'subdivision' || e.kind === 'region')) return null;
  return { first: i, last, confidence: 0.65 };
}

/** "the Big White ski area", "a Whistler ski resort": the name before a lower-case "ski area". */
function skiArea(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const head = tokens[i]!;
  if ((head.key !== 'area' && head.key !== 'resort') || head.capitalized || tokens[i - 1]?.key !== SKI) return null;
  const last = i - 2;
  let first = last + 1;
  while (first > last + 1 - MAX_NAME_WORDS && first > 0 && isName(tokens[first - 1]!) && (first === last + 1 || isSpaceAfter(text, tokens, first - 1))) first--;
  return first <= last ? { first, last, confidence: 0.6 } : null;
}

function nameAfter(text: string, tokens: readonly WordToken[], from: number): number {
  let last = from - 1;
  while (last + 1 < tokens.length && last + 1 < from + MAX_NAME_WORDS && isName(tokens[last + 1]!)) {
    if (last >= from && !isSpaceAfter(text, tokens, last) && !isHyphenAfter(text, tokens, last)) break;
    last++;
  }
  return last;
}

function isName(token: WordToken): boolean {
  return token.capitalized && !token.allCaps && !LINKS.has(token.key) && token.key !== 'the';
}
