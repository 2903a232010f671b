import wordLists from '../gazetteer/word-lists.json' with { type: 'json' };
import { EN_HEADS, FR_HEADS, LEGAL_SUFFIXES, PLANT_NOUNS } from '../lexicons/org-head-words.js';
import { GIVEN_NAMES as PERSON_GIVEN_NAMES } from '../lexicons/people-given-names.js';
import { ORDINARY_WORDS, type FeatureSpan } from './find-features.js';
import type { Lookup } from './judge-place.js';
import type { PlaceContext } from './place-context.js';
import { COMMON_NOUN_ENDING, EXTRA_GIVEN_NAMES, HONORIFICS, NEVER_PLACES, SAINT_FEASTS, STREET_WORDS, isLanguageOrDemonym } from './place-cues.js';
import { addressColumn, kickerColumn } from './line-columns.js';
import type { WordToken } from './word-tokens.js';
import { gapAfter, hyphenedEnd, isHyphen, isHyphenAfter, isHyphenCodeAt, isSpaceAfter } from './word-tokens.js';

/*
 * Villages, hamlets and neighbourhoods below the gazetteer's threshold, known by what a
 * reader knows them by: a French compound's shape ("Rivière-au-Tonnerre"), the dateline
 * that opens a release ("CHICOUTIMI, le 1er avril –"), or a locative preposition before
 * a name that is nothing else ("in Capreol").
 */

// Lower-case words inside a French place compound: "Rivière-au-Tonnerre", "Val-d'Isère", "Notre-Dame-des-Neiges".
const PARTICLES = new Set(['au', 'aux', 'sur', 'sous', 'les', 'lez', 'en', 'de', 'du', 'des', 'la', 'le', 'd', 'l', 'et']);
const ELIDED = new Set(['d', 'l']);
// Nouns of landforms that open French place compounds: "Lac-X", "Rivière-X", "Pointe-X", "Baie-X".
const LANDFORM_HEADS = new Set(['lac', 'riviere', 'mont', 'baie', 'pointe', 'ile', 'iles', 'cap', 'anse']);
// Prepositions that put a name on the map: "à Lac-Noirval", "in Capreol", "near Morris".
const LOCATIVES = new Set(['a', 'in', 'near', 'dans', 'vers', 'en']);
// "dans le Mâconnais", "dans l'Agenais": a pays named after its town keeps its article after "dans"
// ("dans le Journal officiel", "dans le Soleil" name no place).
const ARTICLES_AFTER_DANS = new Set(['le', 'l']);
const PAYS_ENDING = /(?:ais|ois)$/;
// Words before "à"/"in" that make it a dative or an object ("vendu à Bombardier", "invested in Acme").
const OBJECT_TAKERS = new Set([
  'vendu', 'vendue', 'cede', 'cedee', 'accorde', 'accordee', 'attribue', 'attribuee', 'confie', 'confiee', 'octroye', 'octroyee',
  'decerne', 'decernee', 'remis', 'remise', 'offert', 'offerte', 'fourni', 'fournie', 'livre', 'livree', 'appartient', 'appartenant',
  'hommage', 'merci', 'grace', 'participe', 'participer', 'participera', 'adhere', 'adherer', 'succede', 'succeder', 'associe', 'associee',
  'invest', 'invests', 'invested', 'investing', 'investment', 'investments', 'stake', 'stakes', 'interest', 'shares', 'participate',
  'participates', 'participated', 'involved', 'role', 'trust', 'confidence', 'faith', 'believe', 'believes', 'degree', 'expert', 'experts',
]);
// "in Danish", "in Vietnamese": language and nationality endings.
const DEMONYM = /(?:ish|ese)$/;
// Facilities and quarters named after where they are: "le terminal de Foynes", "the suburb of Kanata".
const FACILITIES = new Set([
  'terminal', 'port', 'aeroport', 'gare', 'quartier', 'faubourg', 'banlieue', 'hameau', 'arrondissement',
  'airport', 'harbour', 'harbor', 'suburb', 'neighbourhood', 'neighborhood', 'outskirts', 'campus',
  // Named with their kind between: "la zone industrielle de Es Senia", "le centre de santé de Kalaban".
  'zone', 'centre', 'marche',
  // A town's mayor or the town itself: "le maire de Yopougon", "la bourgmestre d'Uccle", "the town of Alma".
  'maire', 'mairesse', 'bourgmestre', 'echevin', 'mayor', 'reeve', 'ville', 'village', 'commune', 'town',
]);
const FACILITY_LINKS = new Set(['de', 'du', 'd', 'of']);
// Institutions written with a capital after "in" ("in Parliament", "published in Nature").
const CAPITALIZED_NOUNS = new Set([
  'parliament', 'congress', 'senate', 'cabinet', 'nature', 'budget', 'phase', 'spring', 'summer', 'fall', 'autumn', 'winter',
  'hall', 'house', 'tower', 'arena', 'stadium', 'theatre', 'theater', 'museum', 'library', 'hotel', 'park', 'square', 'building',
  'chapter', 'section', 'part', 'volume', 'round', 'stage', 'year', 'week', 'day', 'order', 'court', 'god', 'christ', 'person',
  'marketing', 'engineering', 'sales', 'finance', 'business', 'science', 'sciences', 'medicine', 'law', 'research', 'operations',
  'education', 'health', 'mining', 'banking', 'manufacturing', 'nursing', 'accounting', 'training', 'english', 'math', 'physics',
]);
// "SAINT-ZÉNON-DU-LAC-HUMQUI": a dateline in capitals has no lower-case particle to read.
const MAX_DATELINE_WORDS = 8;
const DATE_AFTER = /^,\s{0,2}(?:le\s+|the\s+)?(?:\d|(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d)/iu;

const DATELINE_REACH = 60;
// PlaceContext.isDateline's reach, tested first: most words are past it.
const DATELINE_CHARS = 400;
const DATELINE_DASH = /^[^\n]*(?:[–—]|\s-\s)/u;

const GIVEN: ReadonlySet<string> = new Set([...wordLists.givenNames, ...EXTRA_GIVEN_NAMES]);

/** Names the gazetteer does not list (`lookups`: the spans it does) that are places all the same. */
export function findUnlistedPlaces(
  text: string,
  tokens: readonly WordToken[],
  context: PlaceContext,
  lookups: readonly Lookup[],
  places: readonly { first: number; last: number; entry?: { kind: string } }[],
): FeatureSpan[] {
  const listed = new Set<number>();
  // One-word names of countries and provinces.
  const largeAreas = new Set<number>();
  const touched = new Uint8Array(tokens.length);
  for (const l of lookups) {
    listed.add(l.first * tokens.length + l.last);
    touched.fill(1, l.first, l.last + 1);
    if (l.first === l.last && l.entries.some((e) => (e.kind === 'country' || e.kind === 'subdivision') && !e.needsCue)) largeAreas.add(l.first);
  }
  const ends = new Uint8Array(tokens.length + 1);
  const starts = new Uint8Array(tokens.length + 1);
  // For each token that ends a place, 1 + its first token; for each that starts one, 1 + its last.
  const firstOf = new Int32Array(tokens.length + 1);
  const lastOf = new Int32Array(tokens.length + 1);
  for (const p of places) {
    lastOf[p.first] = p.last + 1;
    ends[p.last] = p.entry?.kind === 'country' ? COUNTRY_END : 1;
    starts[p.first] = 1;
    firstOf[p.last] = p.first + 1;
  }
  const found: FeatureSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalized) continue;
    // A compound or a dateline may hold a listed word ("Rivière", "LAC"); other names with one are the gazetteer's to judge.
    const whole = frenchCompound(text, tokens, i) ?? datelineName(text, tokens, i, context);
    // The gazetteer lists the whole name and has judged it.
    if (whole && listed.has(whole.first * tokens.length + whole.last)) {
      i = whole.last;
      continue;
    }
    let span = whole ?? saintCommune(text, tokens, i, context, listed) ?? (touched[i] ? locativeCompound(text, tokens, i, context, listed, largeAreas) : null);
    if (!span && !touched[i]) {
      span =
        locativeName(text, tokens, i, context) ??
        tripDestination(text, tokens, i, context) ??
        (i > 0 && ends[i - 1] ? nameInList(text, tokens, i, starts) : null) ??
        (i > 1 && ends[i - 2] ? secondOfPair(text, tokens, i, firstOf[i - 2]! - 1, context, ends) : null) ??
        addressColumn(text, tokens, i, firstOf, isUnlistedName) ??
        kickerColumn(text, tokens, i, lastOf, isUnlistedName);
      if (span && touched.subarray(span.first, span.last + 1).includes(1)) span = null;
    }
    if (!span) continue;
    found.push(span);
    i = span.last;
  }
  return found;
}

/** "Pontmorvan, Plouhinec et Locmaric": a name listed between two places (`starts` of the next ones). */
function nameInList(text: string, tokens: readonly WordToken[], i: number, starts: Uint8Array): FeatureSpan | null {
  if (gapAfter(text, tokens, i - 1) !== ', ') return null;
  const last = hyphenedEnd(text, tokens, i);
  for (let t = i; t <= last; t++) if (!isPlaceLikeWord(tokens[t]!) || GIVEN.has(tokens[t]!.key)) return null;
  const gap = gapAfter(text, tokens, last);
  const next = gap === ', ' ? last + 1 : gap === ' ' && LIST_LINKS.has(tokens[last + 1]?.key ?? '') ? last + 2 : -1;
  return next > last && starts[next] ? { first: i, last, confidence: 0.55 } : null;
}
const LIST_LINKS = new Set(['et', 'and', 'ou', 'or']);

/**
 * "in Alberton and O'Garra", "à Deux-Îlets et Anse-Brûlée": a name joined by "and" to a place
 * that a locative put on the map shares its role.
 */
function secondOfPair(text: string, tokens: readonly WordToken[], i: number, placeFirst: number, context: PlaceContext, ends: Uint8Array): FeatureSpan | null {
  const link = tokens[i - 1]!;
  if (!PAIR_LINKS.has(link.key) || link.capitalized || !isSpaceAfter(text, tokens, i - 2) || !isSpaceAfter(text, tokens, i - 1)) return null;
  const cue = tokens[context.previousWord(placeFirst)];
  if (!cue || cue.capitalized || !(isLocative(cue) || PAIR_PREPOSITIONS.has(cue.key))) return null;
  // "from Ireland and Microsoft": a country and a town are no places of one level.
  if (ends[i - 2] === COUNTRY_END) return null;
  // "O'Garra", "D'Iberville": a capital and an apostrophe before the name.
  const core = tokens[i]!.text.length === 1 && /^['’]$/u.test(gapAfter(text, tokens, i)) && tokens[i + 1]?.capitalized ? i + 1 : i;
  const last = hyphenedEnd(text, tokens, core);
  if (GIVEN.has(tokens[core]!.key) || PERSON_GIVEN_NAMES.has(tokens[core]!.key) || context.inHeadline(i)) return null;
  for (let t = core; t <= last; t++) if (!isPlaceLikeWord(tokens[t]!)) return null;
  // "in Halifax and Acme Robotics": the name goes on.
  if (/^(?:['’]s|\s\p{Lu})/u.test(text.slice(tokens[last]!.end, tokens[last]!.end + 3))) return null;
  return { first: i, last, confidence: 0.55 };
}
const PAIR_LINKS = new Set(['and', 'et']);
// Beyond the locatives, prepositions of motion that put both names on the map: "from Galway and Connemara".
const PAIR_PREPOSITIONS = new Set(['from', 'to', 'at', 'into', 'across', 'throughout', 'depuis', 'pres']);
// `ends` at the last token of a country.
const COUNTRY_END = 2;

/** "Rivière-au-Tonnerre", "Val-d'Isère", "Notre-Dame-du-Portage": capitalized words hyphened around a lower-case particle. */
function frenchCompound(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  // Most capitalized words are no compound: one char read before any slice.
  if (!isHyphenCodeAt(text, tokens[i]!.end)) return null;
  if (tokens[i]!.allCaps || (i > 0 && isHyphenAfter(text, tokens, i - 1)) || afterInnerElision(text, tokens, i)) return null;
  let last = i;
  // "Lac-X", "Rivière-X", "Mont-X": a landform's noun opening the compound shapes it like a
  // particle, joined by hyphens only ("Lac-X–Y" pairs two places) and not inside a longer
  // name ("Info Lac-X", "Istchee Baie-X").
  // After an elided article the compound names grounds' part ("le parc de l'Île-X").
  const landform = LANDFORM_HEADS.has(tokens[i]!.key) && !(i > 0 && tokens[i - 1]!.capitalized && isSpaceAfter(text, tokens, i - 1)) && tokens[i - 1]?.key !== 'l';
  let particle = landform;
  for (let j = i + 1; j < tokens.length; j++) {
    const gap = gapAfter(text, tokens, j - 1);
    const elided = elidedAt(tokens, j - 1, gap);
    if (landform && gap !== '-' && !elided) break;
    if (!isHyphen(gap) && !elided) break;
    const token = tokens[j]!;
    if (!token.capitalized) {
      if (!PARTICLES.has(token.key)) return null;
      particle = true;
      continue;
    }
    if (token.allCaps) return null;
    last = j;
  }
  if (!particle || last === i || !tokens[last]!.capitalized) return null;
  // Particles must sit between capitalized words: "Lac-des-Écorces", not "Rouyn-la-".
  if (last + 1 < tokens.length && !tokens[last + 1]!.capitalized && isHyphenAfter(text, tokens, last)) return null;
  const before = tokens[i - 1];
  if (before && STREET_WORDS.has(before.key) && !before.capitalized) return null;
  return { first: i, last, confidence: 0.6 };
}

/** Whether token t is an elided article or particle ("l'", "d'") joined to the next word. */
function elidedAt(tokens: readonly WordToken[], t: number, gap: string): boolean {
  return ELIDED.has(tokens[t]!.key) && !tokens[t]!.capitalized && (gap === "'" || gap === '’');
}

/** Whether tokens [first, last] are one French particle compound ("Pont-l'Abbé-d'Arnoult"). */
export function isParticleCompound(text: string, tokens: readonly WordToken[], first: number, last: number): boolean {
  return last > first && frenchCompound(text, tokens, first)?.last === last;
}

/** "Abbé" in "Pont-l'Abbé": after an elided particle that is itself inside a compound. */
function afterInnerElision(text: string, tokens: readonly WordToken[], i: number): boolean {
  const particle = tokens[i - 1];
  if (!particle || !ELIDED.has(particle.key) || particle.capitalized || i < 2) return false;
  const gap = gapAfter(text, tokens, i - 1);
  return (gap === "'" || gap === '’') && isHyphenAfter(text, tokens, i - 2);
}

/** "CHICOUTIMI, le 1er avril 2025 –": the name that opens a release's dateline. */
function datelineName(text: string, tokens: readonly WordToken[], i: number, context: PlaceContext): FeatureSpan | null {
  if (tokens[i]!.start > DATELINE_CHARS) return null;
  const last = nameEnd(text, tokens, i, MAX_DATELINE_WORDS);
  const after = text.slice(tokens[last]!.end, tokens[last]!.end + DATELINE_REACH);
  // "Signée, le 18 mars 1958, la charte …" opens a sentence; a dateline's date ends on a dash.
  if (!context.isDateline(i, last) || !DATE_AFTER.test(after) || !DATELINE_DASH.test(after)) return null;
  // "JUIN 2025 –", "LE 4 MARS –"; particles inside a compound ("-DU-") are fine.
  if (NEVER_PLACES.has(tokens[i]!.key) || NEVER_PLACES.has(tokens[last]!.key)) return null;
  return { first: i, last, confidence: 0.7 };
}

/**
 * "à Lac-Noirval", "in Capreol": a name after a locative preposition, when it is no
 * person (a given name), no body (a head word or legal form), no acronym, month, language
 * or common word, and no object of a verb ("vendu à Bombardier").
 */
function locativeName(text: string, tokens: readonly WordToken[], i: number, context: PlaceContext): FeatureSpan | null {
  const p = locativeCueBefore(tokens, i, context);
  const cue = tokens[p];
  if (!cue || cue.capitalized || !(isLocative(cue) || isFacilityOf(tokens, p, context) || context.isSeatOf(p))) return null;
  if (isObject(tokens, p, context)) return null;
  // One word, hyphened parts included ("Baie-Trinité"): longer names after "in" are mostly venues or bodies.
  const last = hyphenedEnd(text, tokens, i);
  if (GIVEN.has(tokens[i]!.key) || context.inHeadline(i)) return null;
  for (let t = i; t <= last; t++) if (!isPlaceLikeWord(tokens[t]!)) return null;
  // "in Acme's plant", "à Bombardier Transport", "in Budget 2025": the name goes on.
  const after = text.slice(tokens[last]!.end, tokens[last]!.end + 3);
  if (/^(?:['’]s|\s\d|\s\p{Lu})/u.test(after) || /^\d/.test(after)) return null;
  return { first: i, last, confidence: 0.55 };
}

// Nouns of a trip whose "to X" names where it went.
const TRIP_NOUNS = new Set(['delegation', 'delegations', 'mission', 'missions', 'trip', 'trips']);
// Words that may stand between the trip noun and "to": "a delegation of eleven people to X", "a mission of 20 companies to X".
const TRIP_SIZE_WORDS = new Set([
  'of', 'some', 'about', 'around', 'nearly', 'people', 'members', 'persons', 'companies', 'businesses', 'officials', 'delegates', 'representatives',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty',
]);
const TRIP_NOUN_REACH = 4;

/**
 * "led a delegation of eleven people to X", "a trade mission to X": a trip's destination is a place, even a
 * one-word name that is also a given name, when no capitalized word (a surname) follows it.
 */
function tripDestination(text: string, tokens: readonly WordToken[], i: number, context: PlaceContext): FeatureSpan | null {
  const p = context.previousWord(i);
  const cue = tokens[p];
  if (!cue || cue.capitalized || cue.key !== 'to' || context.inHeadline(i)) return null;
  let q = context.previousWord(p);
  for (let n = 0; q >= 0 && n < TRIP_NOUN_REACH && !TRIP_NOUNS.has(tokens[q]!.key); n++, q = context.previousWord(q)) {
    if (tokens[q]!.capitalized || !(TRIP_SIZE_WORDS.has(tokens[q]!.key) || /^\d+$/.test(tokens[q]!.key))) return null;
  }
  // "The Mission to Mariners": a capitalized noun opens a body's name.
  if (q < 0 || !TRIP_NOUNS.has(tokens[q]!.key) || tokens[q]!.capitalized) return null;
  const last = hyphenedEnd(text, tokens, i);
  for (let t = i; t <= last; t++) if (!isPlaceLikeWord(tokens[t]!)) return null;
  const after = text.slice(tokens[last]!.end, tokens[last]!.end + 3);
  if (/^(?:['’]s|\s\d|\s\p{Lu})/u.test(after) || /^\d/.test(after)) return null;
  return { first: i, last, confidence: 0.55 };
}

/**
 * "à Havre-aux-Merles", "à Grand-Mère", "à Montréal-Est": after a locative, capitalized words
 * hyphened into one name the gazetteer does not list whole, though it knows a part of it.
 */
function locativeCompound(text: string, tokens: readonly WordToken[], i: number, context: PlaceContext, listed: ReadonlySet<number>, largeAreas: ReadonlySet<number>): FeatureSpan | null {
  if (!isHyphenAfter(text, tokens, i) || (i > 0 && isHyphenAfter(text, tokens, i - 1))) return null;
  const last = hyphenedEnd(text, tokens, i);
  if (last === i || listed.has(i * tokens.length + last)) return null;
  const cue = tokens[context.previousWord(i)];
  if (!cue || cue.capitalized || !isLocative(cue) || isObject(tokens, context.previousWord(i), context)) return null;
  for (let t = i; t <= last; t++) if (!tokens[t]!.capitalized || tokens[t]!.allCaps || GIVEN.has(tokens[t]!.key)) return null;
  // "à Hydro-Québec", "à Radio-Canada": a word before a province's or a country's name makes a body's name.
  if (largeAreas.has(last)) return null;
  const after = text.slice(tokens[last]!.end, tokens[last]!.end + 3);
  if (/^(?:['’]s|\s\d|\s\p{Lu})/u.test(after) || /^\d/.test(after)) return null;
  return { first: i, last, confidence: 0.55 };
}

/**
 * "les fermes de Saint-X", "l'érablière de Sainte-X-de-Y": after "de", a saint's name hyphened
 * to capitalized words is a commune's, unless a feast or a fair is named after the saint.
 */
function saintCommune(text: string, tokens: readonly WordToken[], i: number, context: PlaceContext, listed: ReadonlySet<number>): FeatureSpan | null {
  const token = tokens[i]!;
  if ((token.key !== 'saint' && token.key !== 'sainte') || token.allCaps || !isHyphenAfter(text, tokens, i) || (i > 0 && isHyphenAfter(text, tokens, i - 1))) return null;
  const p = context.previousWord(i);
  const link = tokens[p];
  if (!link || link.capitalized || (link.key !== 'de' && link.key !== 'd') || SAINT_FEASTS.has(tokens[context.previousWord(p)]?.key ?? '')) return null;
  const last = hyphenedEnd(text, tokens, i);
  // The gazetteer lists the whole name: judged there.
  if (last === i || listed.has(i * tokens.length + last)) return null;
  for (let t = i + 1; t <= last; t++) if (!tokens[t]!.capitalized || tokens[t]!.allCaps) return null;
  // "de Saint-X Inc.": the name goes on.
  if (/^(?:['’]s|\s\d|\s\p{Lu})/u.test(text.slice(tokens[last]!.end, tokens[last]!.end + 3))) return null;
  return { first: i, last, confidence: 0.55 };
}
// Feasts and fairs named after a saint: "la fête de Saint-X", "la Foire de Saint-X".
/** The word before i, or "dans" before an article there ("dans le Mâconnais"). */
function locativeCueBefore(tokens: readonly WordToken[], i: number, context: PlaceContext): number {
  const p = context.previousWord(i);
  const article = tokens[p];
  if (!article || article.capitalized || !ARTICLES_AFTER_DANS.has(article.key) || !PAYS_ENDING.test(tokens[i]!.key)) return p;
  const before = context.previousWord(p);
  return before >= 0 && tokens[before]!.key === 'dans' && !tokens[before]!.capitalized ? before : p;
}

/** A word of an unlisted place's name: place-like and no given name. */
function isUnlistedName(token: WordToken): boolean {
  return isPlaceLikeWord(token) && !GIVEN.has(token.key);
}

/** No acronym, single letter, common word, demonym, head noun or common-noun ending. */
function isPlaceLikeWord(token: WordToken): boolean {
  const key = token.key;
  if (token.allCaps || key.length < 3 || ORDINARY_WORDS.has(key) || DEMONYM.test(key) || isLanguageOrDemonym(key) || COMMON_NOUN_ENDING.test(key)) return false;
  return !FR_HEADS.has(key) && !EN_HEADS.has(key) && !LEGAL_SUFFIXES.has(key) && !CAPITALIZED_NOUNS.has(key);
}

/**
 * The cue at p follows a verb or noun that takes an object ("vendu à", "invested in") or an
 * honorific; in "merci à Hydro-Québec et à Desjardins" the second cue shares the first's word.
 */
function isObject(tokens: readonly WordToken[], p: number, context: PlaceContext): boolean {
  let before = context.previousWord(p);
  if (before >= 0 && LIST_LINKS.has(tokens[before]!.key)) {
    for (let q = before - 1; q >= 0 && q >= before - COORDINATION_REACH; q--) {
      if (tokens[q]!.key === tokens[p]!.key && !tokens[q]!.capitalized) {
        before = q - 1;
        break;
      }
    }
  }
  const word = tokens[before];
  return word !== undefined && (OBJECT_TAKERS.has(word.key) || HONORIFICS.has(word.key));
}
const COORDINATION_REACH = 6;

function isLocative(cue: WordToken): boolean {
  return LOCATIVES.has(cue.key) && (cue.key !== 'a' || cue.text === 'à');
}

/**
 * "le terminal de Foynes", "the port of Ankobra", "le centre de formation agricole de
 * Kalaban": a facility's "de/of" names where it is; its kind may stand between, in lower case.
 */
function isFacilityOf(tokens: readonly WordToken[], p: number, context: PlaceContext): boolean {
  if (!FACILITY_LINKS.has(tokens[p]!.key)) return false;
  let q = context.previousWord(p);
  // "l'usine Vextra de X": the firm's name between a plant and its town.
  let firmWords = 0;
  for (let hops = 0; q >= 0 && hops < FACILITY_REACH; hops++, q = context.previousWord(q)) {
    const word = tokens[q]!;
    if (firmWords > 0 && !word.capitalized) return PLANT_NOUNS.has(word.key);
    if (FACILITIES.has(word.key) && firmWords === 0) return !word.capitalized || hops > 0;
    if (word.capitalized && ++firmWords > MAX_FIRM_WORDS) return false;
  }
  return false;
}
const MAX_FIRM_WORDS = 2;
// Words from "de" back to the facility's noun: "centre | d' | enfouissement | de".
const FACILITY_REACH = 4;

/** Last token of the capitalized name that starts at i, words joined by a space or a hyphen. */
function nameEnd(text: string, tokens: readonly WordToken[], i: number, maxWords: number): number {
  let last = i;
  while (last + 1 < tokens.length && last - i < maxWords && tokens[last + 1]!.capitalized && (isSpaceAfter(text, tokens, last) || isHyphenAfter(text, tokens, last))) last++;
  return last;
}
