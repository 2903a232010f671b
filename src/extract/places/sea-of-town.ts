import type { PlaceEntry } from '../gazetteer/place-index.js';
import type { WordToken } from './word-tokens.js';

interface Span {
  readonly first: number;
  readonly last: number;
  readonly entry?: PlaceEntry;
}

const SEA_LINKS = new Set(['de', 'd']);

/**
 * "le front de mer de Saint-Paul", "les métiers de la mer de Port-Bouët": "mer" then a
 * town is the seaside of that town, not a sea (seas are named after countries, regions and
 * islands: "mer de Chine", "mer d'Irlande"). The town stays a place of its own.
 */
export function isSeasideOfTown(feature: Span, judged: readonly Span[], tokens: readonly WordToken[]): boolean {
  const head = tokens[feature.first]!;
  if (head.key !== 'mer' || head.capitalized || !SEA_LINKS.has(tokens[feature.first + 1]?.key ?? '')) return false;
  const town = feature.first + 2;
  return judged.some((j) => j.first === town && j.last === feature.last && j.entry?.kind === 'city');
}
