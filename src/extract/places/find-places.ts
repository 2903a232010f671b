import { lookUpNext, lookUpWord } from '../gazetteer/key-lookup.js';
import type { PlaceEntry, PlaceIndex, PlaceKind } from '../gazetteer/place-index.js';
import { normalizeName } from '../gazetteer/normalize-name.js';
import { placeIndex } from '../gazetteer/place-index.js';
import type { GeoPoint, Language } from '../types.js';
import { findCapitalHalls } from './find-capital-halls.js';
import { findOutletPlaces } from './find-outlet-places.js';
import { findAbbreviatedSubdivisions } from './find-abbreviated-subdivisions.js';
import { findCivicBuildings } from './find-civic-buildings.js';
import { FR_GROUNDS, ORDINARY_WORDS, findFeatures } from './find-features.js';
import { findNamedRivers } from './find-named-rivers.js';
import { findStreets } from './find-streets.js';
import { findDescriptiveRegions } from './find-descriptive-regions.js';
import { findUnlistedPlaces } from './find-unlisted-places.js';
import { isSeasideOfTown } from './sea-of-town.js';
import { settleCountries } from './settle-countries.js';
import { judgePlace, judgeVenuePlace, type JudgeInput, type Lookup } from './judge-place.js';
import { PART_PREFIXES, PlaceContext } from './place-context.js';
import type { WordToken } from './word-tokens.js';
import { isHyphenAfter, isJoinerAfter, isSpaceAfter, wordTokens } from './word-tokens.js';

/**
 * A place named in the text. Places inside organization names ("Université de
 * Montréal", "Vauclerc AgroSup") are reported like any other: the gold lists them as
 * places too, so the entity extractor keeps them beside the ORG. Mentions may nest (a
 * venue "Grand-Ruisseau Convention Center" and its city "Grand-Ruisseau").
 */
export interface PlaceMention {
  /** Half-open char range [start, end) into the text. */
  readonly start: number;
  readonly end: number;
  /** The text as written ("QUÉBEC", "Seoul"). */
  readonly text: string;
  /**
   * The place's name in this document, the same on every mention of one place: its
   * usual name when the text uses it, else the fullest form the text gives ("Corée du
   * Sud" for "Corée" and "Korea"; "Québec" for "la Belle Province").
   */
  readonly name: string;
  readonly geo?: GeoPoint;
  readonly confidence: number;
  /** Gazetteer id shared by every name of one place ("country:KR", "city:6077243"). */
  readonly id?: string;
  readonly kind?: PlaceKind | 'feature';
}

interface Found {
  readonly first: number;
  readonly last: number;
  readonly entry?: PlaceEntry;
  readonly confidence: number;
  /** A venue ("Grand-Ruisseau Convention Center") keeps the places named inside it. */
  readonly venue?: boolean;
  /** A press abbreviation ("Ont."): its dot is part of it, the place goes by its full name. */
  readonly abbreviated?: boolean;
  /** "Skovborg City Hall": named after its town, known to the gazetteer or not. */
  readonly civicHall?: boolean;
}

/**
 * Places named in a French or English text: countries, subdivisions, regions, cities
 * (GeoNames, ≥ 1,000 inhabitants) and features named by a head word (Bay of Fundy, lac
 * Saint-Jean). Token-based: each capitalized word starts at most `maxWords` Map lookups.
 */
export function findPlaces(text: string, language: Language): PlaceMention[] {
  // Both languages' names are in one index and cues of both are read; the language only
  // tells which common words can name a body's trade.
  // Built before this text's tokens exist: objects alive through the 0.5 s build make V8
  // allocate all later objects of their kind straight in the old generation (pretenuring),
  // and every later collection then costs ~50× more.
  const index = placeIndex();
  const tokens = wordTokens(text);
  const lookups = lookupNames(text, tokens, index);
  const context = new PlaceContext(text, tokens, language);
  const input = judgeInput(lookups, context, tokens);
  const judged = [...qualifiedPlaces(text, tokens, judgeAll(text, lookups, input)), ...abbreviatedSubdivisions(text, tokens, input.placeEnds, index)];
  const features: Found[] = [...findFeatures(text, tokens), ...findStreets(text, tokens), ...findDescriptiveRegions(text, tokens), ...findCapitalHalls(text, tokens), ...findCivicBuildings(text, tokens), ...findOutletPlaces(text, tokens), ...findNamedRivers(text, tokens), ...findUnlistedPlaces(text, tokens, context, lookups, judged)].filter((f) => !crosses(f, judged) && !withinPlace(f, judged) && !isSeasideOfTown(f, judged, tokens));
  const accepted = adoptLongForms([...judged, ...venuePlaces(features, lookups, judged, input)], tokens);
  // A venue is a place when named after one ("Millbourne Convention Centre"); "AlpTech Convention Center" is a business.
  const places = features.filter((f) => !f.venue || !namedVenue(tokens, f) || f.civicHall || accepted.some((a) => f.first <= a.first && a.last <= f.last));
  accepted.push(...unlistedHallTowns(features, accepted, tokens));
  const all = keepWholeCompounds(text, tokens, [...accepted.filter((a) => !insideFeature(a, features)), ...places], index);
  return toMentions(text, tokens, all);
}

function abbreviatedSubdivisions(text: string, tokens: readonly WordToken[], placeEnds: Uint8Array, index: PlaceIndex): Found[] {
  return findAbbreviatedSubdivisions(text, tokens, placeEnds, index).map(({ at, entry }) => ({ first: at, last: at, entry, confidence: 0.8, abbreviated: true }));
}

function insideFeature(a: Found, features: readonly Found[]): boolean {
  return features.some((f) => !f.venue && f.first <= a.first && a.last <= f.last);
}

/** Longest gazetteer names starting at each capitalized word. */
function lookupNames(text: string, tokens: readonly WordToken[], index: PlaceIndex): Lookup[] {
  const found: Lookup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalized) continue;
    // Longest name first: hits are pushed as found, then this word's run is reversed in place.
    const from = found.length;
    let known = lookUpWord(tokens[i]!.key);
    for (let j = i; ; ) {
      const keyed = known.keyed;
      if (!keyed) break;
      if (keyed.entries.length > 0) found.push({ first: i, last: j, entries: keyed.entries });
      if (!keyed.isPrefix) break;
      j++;
      if (j >= tokens.length || j >= i + index.maxWords || !isJoinerAfter(text, tokens, j - 1)) break;
      known = lookUpNext(known, tokens[j]!.key);
    }
    reverseFrom(found, from);
  }
  return found;
}

function reverseFrom<T>(list: T[], from: number): void {
  for (let a = from, b = list.length - 1; a < b; a++, b--) [list[a], list[b]] = [list[b]!, list[a]!];
}

function judgeInput(lookups: readonly Lookup[], context: PlaceContext, tokens: readonly WordToken[]): JudgeInput {
  return { context, countries: countriesNamed(lookups), placeEnds: new Uint8Array(tokens.length), tokens };
}

function judgeAll(text: string, lookups: readonly Lookup[], input: JudgeInput): Found[] {
  return settleCountries(judgeAllNames(text, lookups, input), lookups, input.countries);
}

function judgeAllNames(text: string, lookups: readonly Lookup[], input: JudgeInput): Found[] {
  const accepted = judgePass(lookups, input);
  // "Soweto … the Gauteng MEC for Health": a province of the bulk table is known once a city of its country is.
  const cityCountries = new Set<string>();
  for (const f of accepted) if (f.entry?.kind === 'city' && f.entry.country && !input.countries.has(f.entry.country)) cityCountries.add(f.entry.country);
  if (cityCountries.size === 0) return accepted;
  const overlaps = (l: Lookup): boolean => accepted.some((a) => a.first <= l.last && l.first <= a.last);
  // Not a part of a hyphened name ("Wallonie-Europe International").
  const hyphened = (l: Lookup): boolean => isHyphenAfter(text, input.tokens, l.last) || (l.first > 0 && isHyphenAfter(text, input.tokens, l.first - 1));
  const retry = lookups.filter((l) => l.entries.some((e) => e.minor && e.kind !== 'city' && cityCountries.has(e.country!)) && !overlaps(l) && !hyphened(l));
  if (retry.length === 0) return accepted;
  const more = judgePass(retry, { ...input, countries: new Set([...input.countries, ...cityCountries]) });
  return more.length === 0 ? accepted : [...accepted, ...more].sort((a, b) => a.first - b.first);
}

function judgePass(lookups: readonly Lookup[], input: JudgeInput): Found[] {
  const accepted: Found[] = [];
  let reach = -1;
  for (const lookup of lookups) {
    if (lookup.first <= reach) continue;
    const verdict = judgePlace(lookup, input);
    if (!verdict) continue;
    accepted.push({ first: withOwnArticle(input.tokens, lookup.first, verdict.entry), last: lookup.last, entry: verdict.entry, confidence: verdict.confidence });
    input.placeEnds[lookup.last] = 1;
    reach = lookup.last;
  }
  return accepted;
}

/** "La Valdière", "Le Mesnard": the gazetteer keys the name without its article; the mention keeps the one written before it. */
function withOwnArticle(tokens: readonly WordToken[], first: number, entry: PlaceEntry): number {
  const article = tokens[first - 1];
  if (!article?.capitalized || article.allCaps || !OWN_ARTICLES.has(article.key)) return first;
  return normalizeName(entry.name).split(' ')[0] !== tokens[first]!.key || !entry.name.toLowerCase().startsWith(`${article.text.toLowerCase()} `) ? first : first - 1;
}
const OWN_ARTICLES = new Set(['le', 'la', 'les', 'the']);
const ARTICLE_NAME = /^(?:le|la|les|the) /iu;
const CONTRACTED = new Set(['du', 'au', 'des', 'aux']);

// "Northern Ontario", "Greater Montreal"; "Suisse romande", "Italie du Nord": a region of a larger place.
const QUALIFIERS_BEFORE = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'upstate',
  'downstate', 'greater', 'inner', 'outer', 'metro',
]);
const QUALIFIERS_AFTER = new Set([
  'romande', 'alemanique', 'metropolitaine', 'continentale', 'septentrionale', 'meridionale', 'orientale', 'occidentale',
  'centrale', 'insulaire',
]);
const COMPASS_AFTER = new Set(['nord', 'sud', 'est', 'ouest']);

/** A compass word or qualifier and the place it qualifies are one place, named apart from the larger one. */
function qualifiedPlaces(text: string, tokens: readonly WordToken[], found: readonly Found[]): Found[] {
  return found.map((f) => {
    if (!f.entry) return f;
    let { first, last } = f;
    const before = tokens[first - 1];
    if (before?.capitalized && QUALIFIERS_BEFORE.has(before.key) && isSpaceAfter(text, tokens, first - 1)) {
      if (f.entry.kind !== 'city' || before.key === 'greater' || before.key === 'metro') first--;
    }
    if (f.entry.kind !== 'city') {
      last = qualifierAfter(text, tokens, last);
      if (first === f.first) first = compassBefore(text, tokens, first);
    }
    if (first === f.first && last === f.last) return f;
    const key = tokens.slice(first, last + 1).map((t) => t.key).join(' ');
    const name = text.slice(tokens[first]!.start, tokens[last]!.end).replace(/\s+/g, ' ');
    const kind = f.entry.kind === 'country' ? 'region' : f.entry.kind;
    return { ...f, first, last, entry: { ...f.entry, id: `${f.entry.id}~${key}`, name, kind } };
  });
}

/** The first token of "Nord de l'Ontario", "Sud du Brésil" before a place starting at `first`. */
function compassBefore(text: string, tokens: readonly WordToken[], first: number): number {
  let link = first - 1;
  if (tokens[link]?.key === 'l' && tokens[link - 1]?.key === 'de') link--;
  const compass = tokens[link - 1];
  if (!compass?.capitalized || !COMPASS_AFTER.has(compass.key) || !['de', 'du', 'd'].includes(tokens[link]?.key ?? '')) return first;
  for (let t = link - 1; t < first; t++) if (!isJoinerAfter(text, tokens, t)) return first;
  // "Cuvette-Ouest du Congo": the compass word ends another name.
  if (link >= 2 && isHyphenAfter(text, tokens, link - 2)) return first;
  return link - 1;
}

/** The last token of "Suisse romande", "Inde du Sud", "Europe de l'Est" after a place ending at `last`. */
function qualifierAfter(text: string, tokens: readonly WordToken[], last: number): number {
  const next = tokens[last + 1];
  if (!next || !isSpaceAfter(text, tokens, last)) return last;
  if (!next.capitalized && QUALIFIERS_AFTER.has(next.key)) return last + 1;
  if (next.key !== 'du' && next.key !== 'de') return last;
  let t = last + 2;
  if (next.key === 'de' && tokens[t]?.key === 'l' && isJoinerAfter(text, tokens, last + 1)) t++;
  const compass = tokens[t];
  if (!compass?.capitalized || !COMPASS_AFTER.has(compass.key) || !isJoinerAfter(text, tokens, t - 1)) return last;
  // "Afrique du Nord-Est"
  return isHyphenAfter(text, tokens, t) && COMPASS_AFTER.has(tokens[t + 1]?.key ?? '') ? t + 1 : t;
}

/** A venue whose name stands before its head words ("Orbitek Convention Center"), not "Centre des congrès", "palais des Ducs". */
function namedVenue(tokens: readonly WordToken[], venue: Found): boolean {
  const head = tokens[venue.first]!.key;
  return head !== 'centre' && !FR_GROUNDS.has(head);
}

const HALL_QUALIFIERS = new Set(['new', 'old', 'main', 'historic', 'former']);

/** "at Skovborg City Hall": the town a civic hall is named after, when the gazetteer does not know it. */
function unlistedHallTowns(features: readonly Found[], accepted: readonly Found[], tokens: readonly WordToken[]): Found[] {
  const towns = features.filter((f) => f.civicHall && f.last - 2 >= f.first).map((f) => ({ first: f.first, last: f.last - 2, confidence: 0.6 }));
  // "the New Town Hall", "the Old City Hall": a hall told apart from another, by no town.
  const named = towns.filter((t) => t.last > t.first || !(ORDINARY_WORDS.has(tokens[t.first]!.key) || HALL_QUALIFIERS.has(tokens[t.first]!.key)));
  return named.filter((t) => !accepted.some((a) => a.first <= t.last && t.first <= a.last));
}

/** Places that venues are named after, when the rules did not already take them. */
function venuePlaces(features: readonly Found[], lookups: readonly Lookup[], accepted: readonly Found[], input: JudgeInput): Found[] {
  const found: Found[] = [];
  for (const venue of features.filter((f) => f.venue)) {
    if (accepted.some((a) => a.first >= venue.first && a.last <= venue.last)) continue;
    const lookup = lookups.find((l) => l.first === venue.first && l.last < venue.last - 1);
    const verdict = lookup ? judgeVenuePlace(lookup, input) : null;
    if (lookup && verdict) found.push({ first: lookup.first, last: lookup.last, entry: verdict.entry, confidence: verdict.confidence });
  }
  return found;
}

/** Countries the text names outright (through a country or subdivision name). */
function countriesNamed(lookups: readonly Lookup[]): ReadonlySet<string> {
  const countries = new Set<string>();
  for (const { entries } of lookups) for (const country of countriesOf(entries)) countries.add(country);
  return countries;
}

// The gazetteer's entry lists are fixed: what a list says about countries is worked out once
// ("Springfield" lists some fifty towns, read at every mention otherwise).
const COUNTRIES_OF = new WeakMap<readonly PlaceEntry[], readonly string[]>();

function countriesOf(entries: readonly PlaceEntry[]): readonly string[] {
  let countries = COUNTRIES_OF.get(entries);
  if (!countries) {
    countries = entries.filter((e) => e.kind !== 'city' && !e.needsCue && !e.minor && e.country).map((e) => e.country!);
    COUNTRIES_OF.set(entries, countries);
  }
  return countries;
}

/** "Corbenay" after "Corbenay Mines", "Villebrune" after "Villebrune-sur-Orbe": the same city, named short. */
function adoptLongForms(found: Found[], tokens: readonly WordToken[]): Found[] {
  const longForms = new Map<string, PlaceEntry>();
  for (const f of found) {
    if (f.entry?.kind === 'city' && f.last > f.first) longForms.set(tokens[f.first]!.key, f.entry);
  }
  // "Saint-X" after "Saint-X-sur-Y": a hyphened short form that opens the long one.
  const longCities = found.filter((f) => f.entry?.kind === 'city' && f.last > f.first);
  const opens = (f: Found): PlaceEntry | undefined => {
    if (f.last === f.first || !f.entry || f.entry.kind !== 'city') return undefined;
    const n = f.last - f.first;
    const long = longCities.find((l) => l.last - l.first > n && l.entry!.id !== f.entry!.id && tokens.slice(l.first, l.first + n + 1).every((t, k) => t.key === tokens[f.first + k]!.key));
    return long?.entry;
  };
  return found.map((f) => {
    const long = f.first === f.last && f.entry?.kind === 'city' ? longForms.get(tokens[f.first]!.key) : opens(f);
    return long ? { ...f, entry: long } : f;
  });
}

/** "la région de la Boucle du Mouhoun": a head rule that read fewer words than the gazetteer's name. */
function withinPlace(f: Found, judged: readonly Found[]): boolean {
  return judged.some((a) => a.first <= f.first && f.last <= a.last && a.last - a.first > f.last - f.first);
}

function crosses(f: Found, accepted: readonly Found[]): boolean {
  return accepted.some((a) => (a.first === f.first && a.last === f.last) || (a.first < f.first && a.last >= f.first && a.last < f.last) || (f.first < a.first && f.last >= a.first && f.last < a.last));
}

/**
 * "Béthune-Bruay", "Lescarrès-Béarn": a hyphenated compound counts only when every part is a
 * place ("Acadie-Québec", "Maine-New Brunswick"); otherwise its parts are dropped. Twin
 * towns are one place: when the parts taken are cities and the others are city names too
 * ("the City of Wilkes-Barre"), the compound is one city.
 */
function keepWholeCompounds(text: string, tokens: readonly WordToken[], found: Found[], index: PlaceIndex): Found[] {
  const covered = new Uint8Array(tokens.length);
  for (const f of found) covered.fill(1, f.first, f.last + 1);
  const broken = new Set<number>();
  const twins: Found[] = [];
  for (let i = 0; i < tokens.length; ) {
    let end = i;
    while (end + 1 < tokens.length && tokens[end + 1]!.capitalized && isHyphenAfter(text, tokens, end)) end++;
    if (end > i) {
      let some = false;
      let all = true;
      for (let t = i; t <= end; t++) (covered[t] ? (some = true) : (all = false));
      if (some && !all) {
        const twin = twinTowns(tokens, found, index, i, end) ?? cityForm(text, tokens, found, i, end) ?? oldTown(text, tokens, found, i, end);
        if (twin) twins.push(twin);
        for (let t = i; t <= end; t++) broken.add(t);
      }
    }
    i = end + 1;
  }
  return [...found.filter((f) => !broken.has(f.first) && !broken.has(f.last)), ...twins];
}

/**
 * "Luxembourg-Ville", "Koweït-City": a place and "-Ville"/"-City" name the city apart from
 * the country or province, as its own place.
 */
function cityForm(text: string, tokens: readonly WordToken[], found: readonly Found[], first: number, last: number): Found | null {
  if (!CITY_SUFFIXES.has(tokens[last]!.key)) return null;
  const place = found.find((f) => f.first === first && f.last === last - 1 && f.entry);
  if (!place?.entry) return null;
  const name = text.slice(tokens[first]!.start, tokens[last]!.end);
  return { first, last, confidence: place.confidence, entry: { ...place.entry, id: `${place.entry.id}~city`, name, kind: 'city' } };
}
const CITY_SUFFIXES = new Set(['ville', 'city']);

/**
 * "Vieux-Montréal", "Basse-Goulaine", "Haut-Montvalon": the old, lower or upper part of a place
 * is a district or a region of its own, named with its prefix.
 */
function oldTown(text: string, tokens: readonly WordToken[], found: readonly Found[], first: number, last: number): Found | null {
  if (!PART_PREFIXES.has(tokens[first]!.key)) return null;
  const city = found.find((f) => f.first === first + 1 && f.last === last && f.entry);
  if (!city?.entry) return null;
  const name = text.slice(tokens[first]!.start, tokens[last]!.end);
  return { first, last, confidence: city.confidence, entry: { ...city.entry, id: `${city.entry.id}~old`, name, kind: 'region' } };
}

/** The compound [first, last] as one city, when its places are cities and its other words city names. */
function twinTowns(tokens: readonly WordToken[], found: readonly Found[], index: PlaceIndex, first: number, last: number): Found | null {
  const parts = found.filter((f) => f.first >= first && f.last <= last);
  if (parts.length === 0 || parts.some((f) => f.entry?.kind !== 'city' || f.venue)) return null;
  for (let t = first; t <= last; ) {
    const part = parts.find((f) => f.first === t);
    if (part) {
      t = part.last + 1;
      continue;
    }
    // The longest city name from here: "Brévannes-Sermoise".
    let key = '';
    let end = -1;
    for (let j = t; j <= last; j++) {
      key = j === t ? tokens[j]!.key : `${key} ${tokens[j]!.key}`;
      const keyed = index.byKey.get(key);
      if (!keyed) break;
      if (keyed.entries.some((e) => e.kind === 'city')) end = j;
      if (!keyed.isPrefix) break;
    }
    if (end < 0) return null;
    t = end + 1;
  }
  const best = parts.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  // Its own place, not another name of its first part: "Marseille-Marignane" (the airport) and
  // "Harwick-Essex" (the region) must not swallow a later "Marseille" or "Harwick".
  const head = parts[0]!.entry!;
  const compoundKey = tokens.slice(first, last + 1).map((t) => t.key).join('-');
  return { first, last, entry: { ...head, id: `${head.id}~${compoundKey}` }, confidence: best.confidence };
}

function toMentions(text: string, tokens: readonly WordToken[], found: readonly Found[]): PlaceMention[] {
  const names = namesById(text, tokens, found);
  return [...found]
    .sort((a, b) => tokens[a.first]!.start - tokens[b.first]!.start)
    .map((f) => {
      const start = tokens[f.first]!.start;
      const end = f.abbreviated ? tokens[f.last]!.end + 1 : withAbbreviationDot(text, tokens[f.last]!);
      const written = text.slice(start, end);
      const id = f.entry?.id;
      return {
        start,
        end,
        text: written,
        name: (id && names.get(id)) ?? displayForm(written, f.entry),
        confidence: f.confidence,
        ...(f.entry?.geo ? { geo: f.entry.geo } : {}),
        ...(id ? { id } : {}),
        kind: f.entry?.kind ?? 'feature',
      };
    });
}

/**
 * "U.S." ends with its dot: a one-letter last word followed by "." keeps it. "X, D.C.": the
 * district suffix is part of the city's name.
 */
function withAbbreviationDot(text: string, last: WordToken): number {
  if (text.startsWith(DISTRICT_SUFFIX, last.end)) return last.end + DISTRICT_SUFFIX.length;
  return last.text.length === 1 && text[last.end] === '.' ? last.end + 1 : last.end;
}
const DISTRICT_SUFFIX = ', D.C.';

/** One name per place: its usual name when written so, else the longest written form. */
function namesById(text: string, tokens: readonly WordToken[], found: readonly Found[]): Map<string, string> {
  const forms = new Map<string, string[]>();
  for (const f of found) {
    if (!f.entry) continue;
    const written = displayForm(text.slice(tokens[f.first]!.start, withAbbreviationDot(text, tokens[f.last]!)), f.entry);
    // "du Havre", "au Cap": the article is contracted away; the place goes by its full name.
    const contracted = CONTRACTED.has(tokens[f.first - 1]?.key ?? '') && ARTICLE_NAME.test(f.entry.name) && normalizeName(written) === normalizeName(f.entry.name);
    const form = f.abbreviated || contracted ? f.entry.name : written;
    const list = forms.get(f.entry.id);
    if (list) list.push(form);
    else forms.set(f.entry.id, [form]);
  }
  const entries = new Map<string, PlaceEntry>();
  for (const f of found) if (f.entry) entries.set(f.entry.id, f.entry);
  const names = new Map<string, string>();
  for (const [id, list] of forms) names.set(id, pickName(list, entries.get(id)!));
  return names;
}

/**
 * The longest written form that shares a word with the place's usual name ("Corée du Sud"
 * over "Corée", "Québec" over "Belle Province"), else the longest; ties go to the more
 * frequent form ("Séoul" written five times over "Seoul" once).
 */
function pickName(forms: readonly string[], entry: PlaceEntry): string {
  if (forms.every((form) => form === forms[0])) return forms[0]!;
  const counts = new Map<string, number>();
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  const distinct = [...counts.keys()];
  const usualWord = normalizeName(entry.name).split(' ')[0]!;
  const related = distinct.filter((form) => normalizeName(form).split(' ').includes(usualWord));
  const pool = related.length > 0 ? related : distinct;
  return pool.reduce((best, form) =>
    form.length > best.length || (form.length === best.length && counts.get(form)! > counts.get(best)!) ? form : best,
  );
}

/**
 * All-caps text takes the gazetteer's spelling of the same name ("QUEBEC" → "Québec"), else
 * its own words in title case ("JAPAN" → "Japan", not the usual "Japon"); runs of spaces collapse.
 */
function displayForm(written: string, entry: PlaceEntry | undefined): string {
  const clean = ONE_SPACED.test(written) ? written : written.replace(/\s+/g, ' ');
  if (clean.length <= 3 || clean !== clean.toUpperCase() || DOTTED_INITIALS.test(clean)) return clean;
  if (!entry) return titleCase(clean);
  const usual = normalizeName(entry.name);
  const key = normalizeName(clean);
  // "PROVINCE DE X" for the province X: a heading in capitals goes by the place's usual name.
  return usual === key || (key.endsWith(` ${usual}`) && entry.kind !== 'city') ? entry.name : titleCase(clean);
}

/** "SAINT-ZÉNON-DU-LAC" → "Saint-Zénon-du-Lac": a name the gazetteer lacks, written in capitals in a dateline. */
function titleCase(upper: string): string {
  return upper.toLowerCase().replace(/(^|[\s-])(\p{L})(\p{L}*)/gu, (whole, sep: string, first: string, rest: string) =>
    sep === '-' && TITLE_PARTICLES.has(first + rest) ? whole : sep + first.toUpperCase() + rest,
  );
}
// "X.Y.", "X.-Y.": initials with their periods, an abbreviation, not a heading in capitals.
const DOTTED_INITIALS = /^(?:\p{Lu}\.-?)+$/u;
const TITLE_PARTICLES = new Set(['au', 'aux', 'sur', 'sous', 'les', 'lès', 'en', 'de', 'du', 'des', 'la', 'le', 'et']);
// Most written forms are one word or words with single spaces: nothing to collapse.
const ONE_SPACED = /^(?:[^\s]| (?! ))*$/;
