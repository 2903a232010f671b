import type { PlaceEntry } from '../gazetteer/place-index.js';
import type { Lookup } from './judge-place.js';

interface Placed {
  readonly first: number;
  readonly last: number;
  readonly entry?: PlaceEntry;
}

const KNOWN_CITY_POPULATION = 100_000;

/**
 * A town's name is shared across countries, and the gazetteer's largest namesake is only a
 * guess. The countries a text names, by their own names or by their provinces' and
 * regions', are surer: a namesake lying in one of them replaces a town of a country the text
 * never names ("Newcastle" beside "Northumberland", "Sydney" beside "Nova Scotia").
 */
export function settleCountries<F extends Placed>(accepted: readonly F[], lookups: readonly Lookup[], named: ReadonlySet<string>): F[] {
  const countries = new Set(named);
  const towns = new Map<string, Set<string>>();
  for (const f of accepted) {
    const country = f.entry?.country;
    if (!country) continue;
    if (f.entry.kind !== 'city') countries.add(country);
    else (towns.get(country) ?? towns.set(country, new Set()).get(country)!).add(f.entry.id);
  }
  // Two towns of one country vouch for each other (two small towns named side by side).
  for (const [country, ids] of towns) if (ids.size >= 2) countries.add(country);
  if (countries.size === 0) return [...accepted];
  const byLast = new Map<number, Lookup[]>();
  for (const l of lookups) (byLast.get(l.last) ?? byLast.set(l.last, []).get(l.last)!).push(l);
  return accepted.map((f) => {
    const entry = f.entry;
    if (entry?.kind !== 'city' || (entry.country !== undefined && countries.has(entry.country))) return f;
    const lookup = byLast.get(f.last)?.find((l) => l.first === f.first || l.first === f.first + 1);
    const local = lookup?.entries.filter((e) => e.country !== undefined && countries.has(e.country));
    if (local && local.length > 0) return { ...f, entry: preferred(local) };
    // A large city is known without its country named; a small namesake abroad is more likely the wrong guess.
    if (entry.population >= KNOWN_CITY_POPULATION) return f;
    // Its country and coordinates are the guessed namesake's: both go, the rest of the entry stays.
    const { country: _guessedCountry, geo: _guessedGeo, ...unplaced } = entry;
    return { ...f, entry: unplaced };
  });
}

/** A province or region of the name before its towns, then the largest town. */
function preferred(entries: readonly PlaceEntry[]): PlaceEntry {
  const areas = entries.filter((e) => e.kind !== 'city');
  const pool = areas.length > 0 ? areas : entries;
  return pool.reduce((best, e) => (e.population > best.population ? e : best));
}
