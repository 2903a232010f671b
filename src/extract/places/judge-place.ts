import type { PlaceEntry } from '../gazetteer/place-index.js';
import { POST_HEADS, SUBJECT_HEADS, type Cue, type PlaceContext } from './place-context.js';
import { COUNTRY_GIVEN_NAMES, HONORIFICS, NEVER_PLACES, ROLES_BEFORE_NAMES, isLanguageOrDemonym } from './place-cues.js';
import { inChamberName } from './chamber-towns.js';
import { opensCompanyName } from './company-town.js';
import { isDiplomaticPost, isPostAfter, isSeatOfPost } from './diplomatic-post.js';
import type { WordToken } from './word-tokens.js';

/** Gazetteer entries under the name spanning tokens [first, last]. */
export interface Lookup {
  readonly first: number;
  readonly last: number;
  readonly entries: readonly PlaceEntry[];
}

export interface JudgeInput {
  readonly context: PlaceContext;
  /** Countries the text names outright: their cities need less evidence. */
  readonly countries: ReadonlySet<string>;
  /** 1 at each token that ends a place accepted so far. */
  readonly placeEnds: Uint8Array;
  readonly tokens: readonly WordToken[];
}

export interface Verdict {
  readonly entry: PlaceEntry;
  readonly confidence: number;
}

// Population thresholds for a city named with a weak cue ("de X") or none at all.
const WEAK_CUE_POPULATION = 15_000;
const KNOWN_WEAK_CUE_POPULATION = 5_000;
// A city of a country the text names outweighs a foreign namesake up to ten times larger.
const LOCAL_WEIGHT = 10;
const NO_CUE_POPULATION = 100_000;
const WORLD_CITY_POPULATION = 1_000_000;

const ARTICLE_NAME = /^(?:le|la|les|the) /iu;
// "in Council Chambers", "Council agreed": the body meant, not a hamlet of that name.
const BODY_NOUNS: ReadonlySet<string> = new Set(['council']);
const EN_PRONOUNS: ReadonlySet<string> = new Set(['us', 'our', 'we']);

/** Whether a gazetteer name is a place here, which place, and how sure we are. */
export function judgePlace(lookup: Lookup, input: JudgeInput): Verdict | null {
  const { first, last } = lookup;
  const { context } = input;
  if (first === last && (NEVER_PLACES.has(input.tokens[first]!.key) || BODY_NOUNS.has(input.tokens[first]!.key))) return null;
  // "in English", "Welsh settlers": a language or a nationality, not a small town of that name (a country keeps its name).
  if (first === last && isLanguageOrDemonym(input.tokens[first]!.key) && lookup.entries.every((e) => e.kind === 'city')) return null;
  // "Contact Us", "Our region": an English pronoun with a capital, not a namesake village; "the US" stays the country.
  if (first === last && EN_PRONOUNS.has(input.tokens[first]!.key) && !input.tokens[first]!.allCaps) return null;
  // "CCI Brévannes Métropole Sermoise Lusignac": towns a chamber serves, whatever word comes before or after each.
  const chamberTown = lookup.entries.some((e) => e.kind === 'city') && !context.isCommonWord(first, last) && inChamberName(context.text, input.tokens, first);
  // "X Chamber of Commerce, Y": the common word after an office's "of" is its trade, whatever follows.
  if (context.isTradeOfBody(first, last)) return null;
  if (context.isGluedToWord(first, last) || (!chamberTown && context.isSurname(first)) || context.isStreetName(first, last)) return null;
  const dateline = context.isDateline(first, last);
  if (!capsAllowed(lookup, input, dateline)) return null;
  const entry = chooseEntry(lookup, input);
  // "Le Cap", "La Paz": without its article the word is a common one ("Cap ensuite sur Douala").
  if (ARTICLE_NAME.test(entry.name) && !context.hasArticle(first, last)) return null;
  context.expectCity(entry.kind === 'city');
  let cue: Cue = context.cueBefore(first, input.placeEnds);
  if (dateline || context.followedBy(last) || context.listedBeforePlace(first, last) || context.isParticleCompound(first, last) || context.isBasedCompound(last) || context.beforeMayor(last) || context.aloneInParentheses(first, last)) cue = 'strong';
  if (context.isGivenName(first, last) && cue !== 'strong') return null;
  if (!dateline && isPersonAfterComma(lookup, input)) return null;
  if (chamberTown) cue = 'strong';
  if (!dateline && !chamberTown && !(entry.kind === 'country' && isPostAfter(input.tokens, last)) && context.opensLongerName(last)) {
    // Only a town of a country the text names: company names are full of small towns' namesakes ("Lakeside", "Meridian").
    if (entry.kind !== 'city' || !input.countries.has(entry.country ?? '') || !opensCompanyName(context.text, input.tokens, first, last)) return null;
    if (cue === 'none') cue = 'weak';
  }
  // "Délégation du Québec", "ministère de l'Europe": names of bodies, not places ("Embassy of Canada in Oslo" names two).
  const postHead = context.bodyHeadOf(first, POST_HEADS);
  if ((postHead >= 0 && !isDiplomaticPost(context, input.tokens, postHead) && !isSeatOfPost(context, input.tokens, first, postHead)) || (entry.kind === 'region' && context.inBodyName(first, SUBJECT_HEADS))) return null;
  if (entry.minor && cue !== 'strong' && !input.countries.has(entry.country!)) return null;
  return entry.kind === 'city' ? judgeCity(entry, cue, lookup, input) : judgeArea(entry, cue);
}

/**
 * "la mairesse de Gatineau, France Verchères", "la mairesse France Verchères", "Mayor Israel
 * Gomez": after a comma or a role, a place name that is also a given name, followed by a
 * surname, is a person even when a place was just listed or "maire" would be a city cue.
 */
function isPersonAfterComma({ first, last }: Lookup, input: JudgeInput): boolean {
  const { context } = input;
  if (first !== last || !input.tokens[first]!.capitalized || input.tokens[first]!.allCaps) return false;
  const key = input.tokens[first]!.key;
  if (!COUNTRY_GIVEN_NAMES.has(key) && !context.isGivenName(first, last)) return false;
  const p = context.previousWord(first);
  const afterRole = p >= 0 && (ROLES_BEFORE_NAMES.has(input.tokens[p]!.key) || HONORIFICS.has(input.tokens[p]!.key));
  return (context.afterComma(first) || afterRole) && context.isSurnameAfter(last) && !context.isLargerPlace(last + 1);
}

/** The place a venue is named after ("Millbourne" in "the Millbourne Convention Centre"). */
export function judgeVenuePlace(lookup: Lookup, input: JudgeInput): Verdict | null {
  const { first, last } = lookup;
  if (input.context.isSurname(first) || input.context.isCommonWord(first, last)) return null;
  return { entry: chooseEntry(lookup, input), confidence: 0.7 };
}

function judgeArea(entry: PlaceEntry, cue: Cue): Verdict | null {
  if (entry.needsCue) return cue === 'strong' ? { entry, confidence: 0.75 } : null;
  return { entry, confidence: cue === 'strong' ? 0.95 : 0.9 };
}

function judgeCity(entry: PlaceEntry, cue: Cue, { first, last }: Lookup, input: JudgeInput): Verdict | null {
  const known = entry.country !== undefined && input.countries.has(entry.country);
  const common = input.context.isCommonWord(first, last);
  if (input.context.headsNounPhrase(first, last) || input.context.headsAdjectivePhrase(first, last) || (input.context.afterFrenchArticle(first) && !ARTICLE_NAME.test(entry.name)) || (common && input.context.startsLongerName(last))) return null;
  if (cue === 'strong') return { entry, confidence: 0.85 };
  if (common) return null;
  if (cue === 'weak') return entry.population >= WEAK_CUE_POPULATION || (known && entry.population >= KNOWN_WEAK_CUE_POPULATION) ? { entry, confidence: 0.7 } : null;
  const large = entry.population >= WORLD_CITY_POPULATION || (known && entry.population >= NO_CUE_POPULATION);
  return large ? { entry, confidence: 0.7 } : null;
}

/** Area names first (Québec the province), unless the text says city; then cities of named countries, then the largest. */
function chooseEntry({ first, last, entries }: Lookup, input: JudgeInput): PlaceEntry {
  if (entries.length === 1) return entries[0]!;
  // A subdivision of the bulk table outranks a city only where the text names its country.
  const cities = entries.filter((e) => e.kind === 'city');
  const areas = entries.filter((e) => e.kind !== 'city' && (!e.minor || cities.length === 0 || input.countries.has(e.country!)));
  if (areas.length > 0 && (cities.length === 0 || !input.context.saysCity(first, last))) return rankAreas(areas)[0]!;
  return cities.reduce((best, e) => (cityWeight(e, input) > cityWeight(best, input) ? e : best));
}

function cityWeight(city: PlaceEntry, input: JudgeInput): number {
  return city.population * (city.country !== undefined && input.countries.has(city.country) ? LOCAL_WEIGHT : 1);
}

const KIND_RANK: Readonly<Record<string, number>> = { country: 0, subdivision: 1, region: 2, city: 3 };

function rankAreas(areas: readonly PlaceEntry[]): PlaceEntry[] {
  return [...areas].sort((a, b) => Number(a.needsCue) - Number(b.needsCue) || KIND_RANK[a.kind]! - KIND_RANK[b.kind]!);
}

/** All-caps words count only in a headline or dateline, or as a country's own acronym (USA, UK). */
function capsAllowed({ first, last, entries }: Lookup, input: JudgeInput, dateline: boolean): boolean {
  let caps = false;
  for (let t = first; t <= last && !caps; t++) caps = input.tokens[t]!.allCaps;
  if (!caps) return true;
  if (dateline || input.context.inHeadline(first)) return true;
  const short = first === last && input.tokens[first]!.text.length <= 3;
  return short && entries.some((e) => e.kind === 'country' && !e.needsCue);
}
