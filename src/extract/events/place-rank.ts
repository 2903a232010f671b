import { normalizeName } from '../gazetteer/normalize-name.js';
import { placeIndex } from '../gazetteer/place-index.js';
import type { ExtractedEntity } from '../types.js';

/** How large a place is: 3 a country, 2 a state, province or region, 1 a city or anything else. */
export type PlaceRank = 1 | 2 | 3;

// The one per-document fact of ranks: the places of the document extractEvents reads that the text puts after a
// bare "en" (seedWordedRegions), replaced by the next document's. Every other rank comes from the place's name
// and country (RANK_OF_NAME), so a look-up outside extractEvents keeps no entity.
let WORDED_REGIONS: ReadonlySet<ExtractedEntity> = new Set();

/** The rank of a PLACE entity from the gazetteer entry of its name in its own country. */
export function placeRank(e: ExtractedEntity): PlaceRank {
  return WORDED_REGIONS.has(e) ? 2 : lookUpRank(e);
}

function lookUpRank(e: ExtractedEntity): PlaceRank {
  if (e.type !== 'PLACE') return 1;
  // The rank depends on the name and its country only, and places recur from one document to the next.
  const key = e.geo ? `${e.geo.country}\u0000${e.name}` : e.name;
  let rank = RANK_OF_NAME.get(key);
  if (rank === undefined) {
    if (RANK_OF_NAME.size >= RANK_OF_NAME_MAX) RANK_OF_NAME.clear();
    RANK_OF_NAME.set(key, (rank = gazetteerRank(e)));
  }
  return rank;
}

const RANK_OF_NAME = new Map<string, PlaceRank>();
const RANK_OF_NAME_MAX = 10_000;

function gazetteerRank(e: ExtractedEntity): PlaceRank {
  const entries = placeIndex().byKey.get(normalizeName(e.name))?.entries ?? [];
  const own = entries.filter((x) => !e.geo || !x.country || x.country === e.geo.country);
  if (own.some((x) => x.kind === 'country')) return 3;
  if (own.some((x) => x.kind === 'subdivision' || x.kind === 'region')) return 2;
  return 1;
}

// A state's namesake village in another state is not what a venue's name means; a city-state's city is.
const NAMESAKE_CITY_MIN_POPULATION = 20000;

/** A town, or a country or a region that is also a city of its name (a city-state). */
export function namesTown(e: ExtractedEntity): boolean {
  if (placeRank(e) === 1) return true;
  const entries = placeIndex().byKey.get(normalizeName(e.name))?.entries ?? [];
  return entries.some((x) => x.kind === 'city' && x.population >= NAMESAKE_CITY_MIN_POPULATION && (!e.geo || x.country === e.geo.country));
}

// French puts towns after "à" and feminine regions or countries after a bare "en" ("en Sologne", "en Touraine").
const BARE_EN_BEFORE = /(?:^|[^\p{L}])en\s+$/iu;

/**
 * A place the gazetteer does not know but the text puts after a bare "en" is a region, not a town:
 * its rank is seeded so that a town it holds ("Salbris, en Sologne") stays the smaller place.
 */
export function seedWordedRegions(text: string, entities: readonly ExtractedEntity[]): void {
  const regions = new Set<ExtractedEntity>();
  for (const e of entities) {
    if (e.type !== 'PLACE' || e.geo) continue;
    if (e.mentions.some((m) => BARE_EN_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)))) regions.add(e);
  }
  WORDED_REGIONS = regions;
}

/** True when `inner` lies in `outer`'s country and `outer` is the larger place ("Kilmarra" in "Irlande"). */
export function insideTerritory(inner: ExtractedEntity, outer: ExtractedEntity): boolean {
  if (inner === outer || inner.type !== 'PLACE' || outer.type !== 'PLACE') return false;
  if (!inner.geo || !outer.geo || inner.geo.country !== outer.geo.country) return false;
  return placeRank(outer) > placeRank(inner);
}

/**
 * The country of a place: its own point's, else the one country that the gazetteer's countries, states
 * and regions of that name lie in (a state the entity finder left unplaced beside its capital).
 */
export function countryOf(e: ExtractedEntity): string | undefined {
  if (e.geo) return e.geo.country;
  const entries = placeIndex().byKey.get(normalizeName(e.name))?.entries ?? [];
  const countries = new Set(entries.filter((x) => x.kind !== 'city').map((x) => x.country));
  return countries.size === 1 ? [...countries][0] : undefined;
}
