import { lookUpWord } from '../gazetteer/key-lookup.js';
import { LEGAL_SUFFIXES } from '../lexicons/org-head-words.js';
import type { PlaceEntry } from '../gazetteer/place-index.js';
import wordLists from '../gazetteer/word-lists.json' with { type: 'json' };
import { ARTICLES, BODIES_AFTER_PLACES, EXTRA_COMMON_WORDS, EXTRA_GIVEN_NAMES, HONORIFICS, NAME_FOLLOWERS, NEVER_PLACES, NOUN_LINKS, PLACE_HEADS, ROLES_BEFORE_NAMES, SAINT_FEASTS, STREET_WORDS, STRONG_CUES, WEAK_CUES } from './place-cues.js';
import { isParticleCompound } from './find-unlisted-places.js';
import type { WordToken } from './word-tokens.js';
import type { Language } from '../types.js';
import { gapAfter, isGapAfter, isHyphenAfter, isSpaceAfter } from './word-tokens.js';

export type Cue = 'strong' | 'weak' | 'none';

// Words that open examples ("such as" is read from "as"), and the settlement nouns they give examples of.
const EXAMPLE_CUES = new Set(['including', 'like', 'notamment', 'comme', 'dont']);
const SETTLEMENT_PLURALS = new Set([
  'communities', 'towns', 'cities', 'villages', 'municipalities', 'hamlets', 'counties', 'regions', 'provinces', 'countries', 'states',
  'localities', 'destinations', 'villes', 'communes', 'municipalites', 'localites', 'hameaux', 'pays', 'provinces', 'regions', 'etats',
]);
const EXAMPLE_REACH = 6;

// Capitalized heads of bodies named after their territory, looked for this many words back.
const BODY_HEADS = new Set(['chambre', 'cci', 'conseil', 'prefecture', 'comite', 'federation', 'union', 'agence', 'office', 'direction', 'association', 'maison', 'caisse', 'syndicat']);
const BODY_NAME_WORDS = 10;

/** Heads of diplomatic posts named after two places: "Consulat général de France à Vancouver". */
export const POST_HEADS: ReadonlySet<string> = new Set(['consulate', 'consulat', 'embassy', 'ambassade', 'delegation', 'commission', 'commissariat', 'representation', 'mission']);
/** Bodies whose complement is their subject: "ministère de l'Europe", "Maison de l'Europe". */
export const SUBJECT_HEADS: ReadonlySet<string> = new Set([
  'ministere', 'ministry', 'maison', 'house', 'conseil', 'council', 'representation', 'bureau', 'office', 'agence', 'agency',
  'fondation', 'foundation', 'institut', 'institute', 'banque', 'bank', 'commission', 'delegation', 'secretariat',
]);
// Heads that name a body only when capitalized: "une délégation du Québec à Paris" is people travelling.
const CAPITALIZED_HEADS = new Set(['delegation', 'representation', 'mission', 'commission', 'conseil', 'council', 'bureau', 'office', 'maison', 'house']);
// What may stand between a body's head and a place of its name, besides capitalized names.
const NAME_WALK_WORDS = new Set([
  'of', 'de', 'du', 'd', 'des', 'la', 'l', 'le', 'les', 'the', 'in', 'a', 'au', 'aux', 'en', 'at', 'pour', 'for', 'et', 'and',
  'general', 'generale', 'deputy', 'adjoint', 'permanent', 'permanente', 'high', 'haut',
]);
const NAME_WALK = 8;

// What may separate two words of one phrase: spaces and an elision apostrophe.
const WORD_GAP = new Set([' ', '\u00a0', '\t', '\n', '\r', "'", '’'].map((c) => c.charCodeAt(0)));

const COMMON_WORDS: ReadonlySet<string> = new Set([...wordLists.commonWords, ...EXTRA_COMMON_WORDS]);
// The one language in which a common word of COMMON_WORDS is ordinary, when only one.
const COMMON_IN: Readonly<Record<string, string>> = wordLists.commonIn;
const FRENCH_ARTICLES = new Set(['le', 'la', 'les']);
const MAYOR_TITLES = new Set(['mayor', 'maire', 'mairesse', 'bourgmestre']);
const NOUN_ARTICLES = new Set(['au', 'du', 'le', 'la', 'l']);
const NAME_ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);
const CONTRACTED_ARTICLES = new Set(['au', 'aux', 'du', 'des']);
// Endings of French adjectives after a noun: régional, locale, extérieur, politique, culturelle.
const FRENCH_ADJECTIVE = /(?:ale?s?|aux|elles?|iennes?|iens?|ieure?s?|ique?s?|aires?|ifs?|ives?|eux|euses?)$/u;
const GIVEN_NAMES: ReadonlySet<string> = new Set([...wordLists.givenNames, ...EXTRA_GIVEN_NAMES]);
// Forms of "prendre" / "reprendre": pris, prise, prend, prendra, prennent, reprenons…
const TAKE_FORMS = /^(?:re)?(?:pri[st]e?s?|pren[a-z]*)$/;
const CITY_WORDS = new Set(['ville', 'city', 'town', 'municipalite', 'commune', 'maire', 'mairesse', 'mayor']);

// A dateline opens the text: "MADAWASKA –", "Grand-Ruisseau, 3 juin 2005 –", "PORTLAND —".
const DATELINE_CHARS = 400;
// Lines are judged on at most this many chars either side, so a 1 MB line costs nothing.
const MAX_LINE = 1000;
// A title is a short line; lower-case words of four letters or more are not in one.
const TITLE_CHARS = 300;
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]{3,}/gu;
const UPPER_WORD = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]{3,}/gu;
const DATELINE_AFTER = /^\s{0,2}(?:[–—-]|\(|:|,\s{0,2}(?:\d|\p{Lu}|le\s))/u;
// "KOCHI" alone on its line, "Nov. 13, 2026" or "13 novembre 2026" alone on the next: a dateline a narrow column broke.
const DATE_LINE_NEXT =
  /^[ \t]*\r?\n[ \t]*(?:(?:\p{Lu}\p{Ll}{5,8},?[ \t]+)?\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}|(?:\p{L}{5,8}[ \t]+)?\d{1,2}(?:er)?[ \t]+\p{Ll}{3,9}[ \t]+\d{4})[ \t]*(?:\r?\n|$)/u;
const DATE_LINE_CHARS = 48;

/** What the text around a token range says about it being a place. */
export class PlaceContext {
  readonly #text: string;
  readonly #tokens: readonly WordToken[];
  readonly #language: Language | undefined;
  readonly #headlines = new Map<number, boolean>();
  readonly #titleLines = new Map<number, boolean>();
  #newlines: number[] | undefined;
  #cityExpected = false;

  /** Whether the name being judged is a city (cues differ: "en France" but "à Lyon"). */
  expectCity(city: boolean): void {
    this.#cityExpected = city;
  }

  constructor(text: string, tokens: readonly WordToken[], language?: Language) {
    this.#text = text;
    this.#tokens = tokens;
    this.#language = language;
  }

  /**
   * A common word that can name a body's trade in this text's language: "Chambre de
   * commerce de X" with X an English word only (a town of that name) names the town.
   */
  #isTradeWord(key: string): boolean {
    if (!COMMON_WORDS.has(key)) return false;
    const only = COMMON_IN[key];
    return only === undefined || this.#language === undefined || only === this.#language || EXTRA_COMMON_WORDS.has(key);
  }

  /** The text the tokens index. */
  get text(): string {
    return this.#text;
  }

  /** Index of the word right before token i when only spaces or an apostrophe separate them. */
  previousWord(i: number): number {
    if (i === 0) return -1;
    const from = this.#tokens[i - 1]!.end;
    const to = this.#tokens[i]!.start;
    if (to - from > 3) return -1;
    for (let at = from; at < to; at++) if (!WORD_GAP.has(this.#text.charCodeAt(at))) return -1;
    return i - 1;
  }

  /** The cue before token i: "à X" strong, "de X" weak, "maire de X" strong. */
  cueBefore(i: number, placeEnds: Uint8Array): Cue {
    // "de Basse-Goulaine", "au Vieux-Lyon": the cue stands before the prefix.
    if (i > 0 && PART_PREFIXES.has(this.#tokens[i - 1]!.key) && this.#tokens[i - 1]!.capitalized && isHyphenAfter(this.#text, this.#tokens, i - 1)) i--;
    let p = this.previousWord(i);
    if (p >= 0 && ARTICLES.has(this.#tokens[p]!.key) && (!this.#tokens[p]!.capitalized || this.#ownArticle(p))) p = this.previousWord(p);
    // "at the Huntington Place": English city names take no article, so this names something else.
    if (p >= 0 && p === i - 2 && this.#tokens[i - 1]!.key === 'the' && this.#cityExpected) return 'none';
    if (p < 0) return this.#listedAfterPlace(i, placeEnds) ? 'strong' : 'none';
    const key = this.#tokens[p]!.key;
    // The article "a" ("a Welsh delegation") and the verb "a" fold like "à".
    if (key === 'a' && this.#tokens[p]!.text !== 'à' && this.#tokens[p]!.text !== 'À') return 'none';
    // French puts "en" before countries and regions, "à" before cities.
    if (key === 'en' && this.#cityExpected) return 'weak';
    if (key === 'of' && this.isSeatOf(p)) return 'strong';
    // A capitalized cue opens a sentence or a title ("To Date", "En Somme", "À Lire"): weaker.
    if (STRONG_CUES.has(key)) return this.#tokens[p]!.capitalized && !this.#tokens[i]!.allCaps ? 'weak' : 'strong';
    if (this.#examplesOfPlaces(p)) return 'strong';
    if (!WEAK_CUES.has(key)) return this.#listConnector(p) ? 'weak' : 'none';
    if ((key === 'et' || key === 'and' || key === 'ou' || key === 'or') && placeEnds[p - 1] === 1) return 'strong';
    // "fermes de Saint-X": a French saint's compound is a commune's name.
    if ((key === 'de' || key === 'd') && this.#saintCompound(i) && !SAINT_FEASTS.has(this.#tokens[this.previousWord(p)]?.key ?? '')) return 'strong';
    // A common word after a body's head names its trade, no place: "Chambre de Commerce".
    return this.#headBefore(p) || ((key === 'de' || key === 'du' || key === 'des' || key === 'd') && this.#bodyHeadBefore(p) && !this.#isTradeWord(this.#tokens[i]!.key)) ? 'strong' : 'weak';
  }

  /**
   * "X Chamber of Commerce", "the Department of Industry": the common word right after an
   * office's or chamber's "of" names its trade, even when a place head stands before.
   */
  isTradeOfBody(i: number, last: number): boolean {
    if (i !== last || !this.#isTradeWord(this.#tokens[i]!.key)) return false;
    const p = this.previousWord(i);
    if (p < 0) return false;
    const key = this.#tokens[p]!.key;
    if (key !== 'of' && key !== 'de' && key !== 'du' && key !== 'd') return false;
    const head = this.previousWord(p);
    return head >= 0 && this.#tokens[head]!.capitalized && TRADE_HEADS.has(this.#tokens[head]!.key);
  }

  /** "Saint-X", "Sainte-X-de-Y": a saint's name hyphened to a capitalized word. */
  #saintCompound(i: number): boolean {
    const token = this.#tokens[i]!;
    return (token.key === 'saint' || token.key === 'sainte') && !token.allCaps && isHyphenAfter(this.#text, this.#tokens, i) && this.#tokens[i + 1]?.capitalized === true;
  }

  /** "de La Valdière", "à Le Mesnard": a capitalized article after a lower-case word opens the name it stands before. */
  #ownArticle(p: number): boolean {
    const before = this.previousWord(p);
    return before >= 0 && !this.#tokens[before]!.capitalized;
  }

  /**
   * The place is part of a diplomatic post's or body's name: "Consulate General of Canada
   * in Dallas", "l'ambassade de Colombie en France" (`heads` = POST_HEADS), "ministère de
   * l'Europe", "Représentation de l'OIF pour les Amériques" (BODY_HEADS, for regions).
   */
  inBodyName(i: number, heads: ReadonlySet<string>): boolean {
    return this.bodyHeadOf(i, heads) >= 0;
  }

  /**
   * The head noun of the body whose name holds token `i`, or -1. Walks back over names,
   * links and prepositions to a head noun, a few words at most.
   */
  bodyHeadOf(i: number, heads: ReadonlySet<string>): number {
    // A headline capitalizes every word: "DÉLÉGATION PALOISE À THETFORD" is people travelling.
    if (this.#tokens[i]!.allCaps) return -1;
    let q = this.previousWord(i);
    for (let hops = 0; q >= 0 && hops < NAME_WALK; hops++, q = this.previousWord(q)) {
      const token = this.#tokens[q]!;
      if (heads.has(token.key)) return token.capitalized || !CAPITALIZED_HEADS.has(token.key) ? q : -1;
      if (!token.capitalized && !NAME_WALK_WORDS.has(token.key)) return -1;
    }
    return -1;
  }

  /** "Acme Timber Ltd. of X", "Harbour Mills, of X": the "of" that gives a company's or a person's home town. */
  isSeatOf(p: number): boolean {
    if (p < 1 || this.#tokens[p]!.key !== 'of' || this.#tokens[p]!.capitalized) return false;
    const gap = gapAfter(this.#text, this.#tokens, p - 1);
    return gap === ', ' || (LEGAL_SUFFIXES.has(this.#tokens[p - 1]!.key) && (gap === ' ' || gap === '. '));
  }

  /** "as well as X", "ainsi que X": a list goes on, like "and". */
  #listConnector(p: number): boolean {
    const key = this.#tokens[p]!.key;
    const before = this.previousWord(p);
    if (before < 0) return false;
    if (key === 'que') return this.#tokens[before]!.key === 'ainsi';
    if (key !== 'as' || this.#tokens[before]!.key !== 'well') return false;
    const first = this.previousWord(before);
    return first >= 0 && this.#tokens[first]!.key === 'as';
  }

  /**
   * "communities south of Winnipeg such as X", "des villages comme X", "towns including X":
   * examples given of a plural noun of settlements are places.
   */
  #examplesOfPlaces(p: number): boolean {
    const key = this.#tokens[p]!.key;
    if (key !== 'as' && !EXAMPLE_CUES.has(key)) return false;
    let q = this.#wordBefore(p);
    if (key === 'as') {
      if (q < 0 || this.#tokens[q]!.key !== 'such') return false;
      q = this.#wordBefore(q);
    }
    for (let hops = 0; q >= 0 && hops < EXAMPLE_REACH; hops++, q = this.#wordBefore(q)) {
      if (SETTLEMENT_PLURALS.has(this.#tokens[q]!.key)) return true;
    }
    return false;
  }

  /** The word before token i across a comma too ("communities, such as"). */
  #wordBefore(i: number): number {
    if (i === 0) return -1;
    return /^[\s,'’]{1,3}$/.test(gapAfter(this.#text, this.#tokens, i - 1)) ? i - 1 : -1;
  }

  /** "Chambre de métiers et de l'artisanat de la Moselle": the complement closing a body's name. */
  #bodyHeadBefore(p: number): boolean {
    let q = this.previousWord(p);
    for (let hops = 0; q >= 0 && hops < BODY_NAME_WORDS; hops++, q = this.previousWord(q)) {
      const token = this.#tokens[q]!;
      if (token.capitalized) return BODY_HEADS.has(token.key);
    }
    return false;
  }

  /** "Pont-l'Abbé-d'Arnoult", "Rivière-au-Tonnerre": a French compound around a particle, a place by its form. */
  isParticleCompound(first: number, last: number): boolean {
    return isParticleCompound(this.#text, this.#tokens, first, last);
  }

  /** "ville de Québec", "maire de Laval", "Québec City": the city rather than the province. */
  saysCity(i: number, last: number): boolean {
    const next = this.#tokens[last + 1];
    if (next && next.key === 'city' && next.capitalized) return true;
    const p = this.previousWord(i);
    return p >= 0 && (CITY_WORDS.has(this.#tokens[p]!.key) || (this.#tokens[p]!.key === 'de' && this.#headBefore(p, CITY_WORDS)));
  }

  /** "Saguaro Springs, Arizona", "Lodève (Hérault)": followed by a larger place. */
  followedBy(last: number): boolean {
    const text = this.#text;
    const tokens = this.#tokens;
    const listed = isGapAfter(text, tokens, last, ', ') || isGapAfter(text, tokens, last, ' (') || isGapAfter(text, tokens, last, '(');
    return listed && this.isLargerPlace(last + 1);
  }

  /** "de Maurice, de Madagascar et des Seychelles", "Jersey and France": listed before a country or region named outright. */
  listedBeforePlace(first: number, last: number): boolean {
    // "Marseille-Marignane et Québec": a part of a compound is the compound's to judge.
    if (first > 0 && isHyphenAfter(this.#text, this.#tokens, first - 1)) return false;
    let t = last + 1;
    const link = this.#tokens[t];
    if (!link) return false;
    if (!isGapAfter(this.#text, this.#tokens, last, ', ')) {
      if (link.capitalized || !LIST_WORDS.has(link.key) || !isSpaceAfter(this.#text, this.#tokens, last)) return false;
      t++;
    }
    const of = this.#tokens[t];
    const parallel = of !== undefined && !of.capitalized && LIST_OF.has(of.key) && /^[ '’]$/u.test(gapAfter(this.#text, this.#tokens, t));
    if (parallel) t++;
    // "Florence and France Verchères": a given name needs the preposition repeated ("de Maurice, de Madagascar").
    const p = this.previousWord(first);
    if (this.isGivenNameWord(first, last) && !(parallel && p >= 0 && LIST_OF.has(this.#tokens[p]!.key))) return false;
    return this.#tokens[t]?.capitalized === true && this.isLargerPlace(t) && !this.opensLongerName(t);
  }

  /** "Menuiseries Lebrun (Cabourg)", "a plant (Osprey Falls)": a name alone in brackets after another says where it is. */
  aloneInParentheses(first: number, last: number): boolean {
    const start = this.#tokens[first]!.start;
    if (start < 2 || this.#text.charCodeAt(start - 1) !== OPEN_BRACKET || this.#text.charCodeAt(this.#tokens[last]!.end) !== CLOSE_BRACKET || this.#text.charCodeAt(start - 2) !== SPACE) return false;
    return !this.#shortFormOfNameBefore(first);
  }

  /** "Ocean Industries Association (Oia)": the bracketed word starts with two initials of the name before it, in order. */
  #shortFormOfNameBefore(i: number): boolean {
    const word = this.#tokens[i]!.text.toUpperCase();
    let wanted = 1;
    for (let q = i - 1; q >= 0 && q >= i - SHORT_FORM_REACH; q--) {
      const token = this.#tokens[q]!;
      if (!token.capitalized) {
        if (NAME_WALK_WORDS.has(token.key)) continue;
        break;
      }
      // Read backwards: the second letter is met first.
      if (token.text[0]!.toUpperCase() === word[wanted]) wanted--;
      if (wanted < 0) return true;
    }
    return false;
  }

  /** Token t names a country, subdivision or region outright (no cue needed). */
  isLargerPlace(t: number): boolean {
    const token = this.#tokens[t];
    return token !== undefined && (lookUpWord(token.key).keyed?.entries ?? NO_ENTRIES).some(namesAreaOutright);
  }

  /** The name opens a line near the top and is followed by a dash, comma or colon. */
  isDateline(i: number, last: number): boolean {
    const token = this.#tokens[i]!;
    if (token.start > DATELINE_CHARS) return false;
    const lineStart = i === 0 ? /^\s*$/.test(this.#text.slice(0, token.start)) : /\n\s*$/.test(gapAfter(this.#text, this.#tokens, i - 1));
    const end = this.#tokens[last]!.end;
    return lineStart && (DATELINE_AFTER.test(this.#text.slice(end, end + 8)) || DATE_LINE_NEXT.test(this.#text.slice(end, end + DATE_LINE_CHARS)));
  }

  /** "Michel Toulouse", "M. Laval", "Thomas Lima": a surname, not a place. */
  isSurname(i: number): boolean {
    if (i === 0) return false;
    const p = this.#tokens[i - 1]!;
    const spaced = isSpaceAfter(this.#text, this.#tokens, i - 1);
    if (HONORIFICS.has(p.key) && (spaced || isGapAfter(this.#text, this.#tokens, i - 1, '. '))) return true;
    return spaced && p.capitalized && !p.allCaps && GIVEN_NAMES.has(p.key);
  }

  /** A one-word name that is also a given name ("Florence", "Maurice"). */
  isGivenNameWord(i: number, last: number): boolean {
    return i === last && GIVEN_NAMES.has(this.#tokens[i]!.key);
  }

  /** "Florence Dupuis", "Victoria Beckham": a given name followed by a surname. */
  isGivenName(i: number, last: number): boolean {
    if (i !== last || !GIVEN_NAMES.has(this.#tokens[i]!.key)) return false;
    const next = this.#tokens[i + 1];
    return next !== undefined && next.capitalized && !next.allCaps && isSpaceAfter(this.#text, this.#tokens, i);
  }

  /** A comma right before token i: "…, France Verchères". */
  afterComma(i: number): boolean {
    return i > 0 && /^,\s{1,2}$/.test(gapAfter(this.#text, this.#tokens, i - 1));
  }

  /** The capitalized word after `last` could be a surname: not all capitals, not a common word. */
  isSurnameAfter(last: number): boolean {
    const next = this.#tokens[last + 1];
    return next !== undefined && next.capitalized && !next.allCaps && !COMMON_WORDS.has(next.key) && isSpaceAfter(this.#text, this.#tokens, last);
  }

  /** Lower-case word glued by a hyphen on either side: "outre-Rhin", "franco-québécois". */
  isGluedToWord(i: number, last: number): boolean {
    const before = this.#tokens[i - 1];
    const after = this.#tokens[last + 1];
    if (before && !before.capitalized && isHyphenAfter(this.#text, this.#tokens, i - 1)) return true;
    return after !== undefined && !after.capitalized && after.key !== 'based' && isHyphenAfter(this.#text, this.#tokens, last);
  }

  /** "Boston Mayor Michelle Wu": a town's name before its mayor's title. */
  beforeMayor(last: number): boolean {
    const next = this.#tokens[last + 1];
    return next !== undefined && MAYOR_TITLES.has(next.key) && !TITLE_OPENERS.has(this.#tokens[last]!.key) && isSpaceAfter(this.#text, this.#tokens, last);
  }

  /** "Sunderland-based": the name says where something is. */
  isBasedCompound(last: number): boolean {
    const after = this.#tokens[last + 1];
    return after !== undefined && after.key === 'based' && isHyphenAfter(this.#text, this.#tokens, last);
  }

  isCommonWord(i: number, last: number): boolean {
    return i === last && COMMON_WORDS.has(this.#tokens[i]!.key);
  }

  /** "Union Bank", "Orange Telecom": followed by another capitalized word of the same name. */
  startsLongerName(last: number): boolean {
    const next = this.#tokens[last + 1];
    return next !== undefined && next.capitalized && isSpaceAfter(this.#text, this.#tokens, last);
  }

  /**
   * "Bayou Creole Foods", "Cedar Ridge Semiconductor", "the U.S. Census Bureau": the place
   * name opens a longer capitalized name and is only its first word. Not when the next
   * word says place, person or a body of the place ("Quebec City", "Millbourne Mayor Dawn
   * Arnold", "in Paris Monday", "Millbrook Chamber of Commerce"), nor on a line in title case,
   * where every word is capitalized.
   */
  opensLongerName(last: number): boolean {
    const next = this.#tokens[last + 1];
    if (!next || !next.capitalized || NEVER_PLACES.has(next.key)) return false;
    // "Quebec City" is a place, "Hudson Valley Textiles" a company.
    if (NAME_FOLLOWERS.has(next.key)) return this.opensLongerName(last + 1) && !NAME_FOLLOWERS.has(this.#tokens[last + 2]?.key ?? '');
    if (ROLES_BEFORE_NAMES.has(next.key) || HONORIFICS.has(next.key) || GIVEN_NAMES.has(next.key)) return false;
    // "Millbrook Chamber of Commerce", "Quebec Government Office": a body named after the place, which stays a place.
    if (BODIES_AFTER_PLACES.has(next.key)) return false;
    // An all-caps run is a headline ("WALLONIE - BRUXELLES AU QUÉBEC"), not a name.
    if (this.#tokens[last]!.allCaps && next.allCaps) return false;
    if (!isSpaceAfter(this.#text, this.#tokens, last) && !(isGapAfter(this.#text, this.#tokens, last, '. ') && this.#tokens[last]!.text.length === 1)) return false;
    return !this.#titleCase(last);
  }

  /**
   * The line of token i is a short one in title case: no lower-case word of four letters or
   * more, or one among five capitalized ones ("Millbourne And Shreveport To Sign Letter Of Intent"). Judged once a line.
   */
  #titleCase(i: number): boolean {
    const newlines = (this.#newlines ??= lineBreaks(this.#text));
    const pos = this.#tokens[i]!.start;
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    const start = lo > 0 ? newlines[lo - 1]! + 1 : 0;
    const end = lo < newlines.length ? newlines[lo]! : this.#text.length;
    if (end - start >= TITLE_CHARS) return false;
    const cached = this.#titleLines.get(start);
    if (cached !== undefined) return cached;
    const line = this.#text.slice(start, end);
    // Two lower-case words settle it, as five capitalized ones do: no need to count further.
    const lower = countMatches(LOWER_WORD, line, 2);
    const title = lower === 0 || (lower === 1 && countMatches(UPPER_WORD, line, 5) >= 5);
    this.#titleLines.set(start, title);
    return title;
  }

  /** "Centre des congrès", "Chambre de commerce": one word heading a lower-case noun phrase. */
  headsNounPhrase(i: number, last: number): boolean {
    const [link, noun] = [this.#tokens[last + 1], this.#tokens[last + 2]];
    if (i !== last || !link || !noun || link.capitalized || noun.capitalized || !NOUN_LINKS.has(link.key)) return false;
    return /^[\s'’]{1,2}$/.test(gapAfter(this.#text, this.#tokens, last)) && /^[ '’]$/.test(gapAfter(this.#text, this.#tokens, last + 1));
  }

  /**
   * "au Palais consulaire", "la Mission locale", "au Commerce extérieur": after an article a
   * word followed by a French adjective is a common noun; a town takes neither.
   */
  headsAdjectivePhrase(i: number, last: number): boolean {
    const p = this.previousWord(i);
    const next = this.#tokens[last + 1];
    if (i !== last || p < 0 || !next || next.capitalized || !NOUN_ARTICLES.has(this.#tokens[p]!.key) || this.#tokens[p]!.capitalized) return false;
    return FRENCH_ADJECTIVE.test(next.key) && isSpaceAfter(this.#text, this.#tokens, last);
  }

  /** "le Carrefour jeunesse-emploi", "la Mission": a French town takes no article, a common noun does. */
  afterFrenchArticle(first: number): boolean {
    const p = this.previousWord(first);
    const article = p >= 0 ? this.#tokens[p]! : undefined;
    if (article === undefined || article.capitalized || !FRENCH_ARTICLES.has(article.key) || !isSpaceAfter(this.#text, this.#tokens, p)) return false;
    // "au parc de la Gatineau": after "de la" the name is a river's or a region's.
    const before = this.previousWord(p);
    return before < 0 || (this.#tokens[before]!.key !== 'de' && this.#tokens[before]!.key !== 'a');
  }

  /** "Le Cap", "au Cap", "the Hague": the name is written with its article (or one contracted with "à", "de"). */
  hasArticle(first: number, last: number): boolean {
    if (NAME_ARTICLES.has(this.#tokens[first]!.key)) return true;
    // "Grande-Ravine": a word of a compound, which the compound rules judge.
    if (isHyphenAfter(this.#text, this.#tokens, last) || (first > 0 && isHyphenAfter(this.#text, this.#tokens, first - 1))) return true;
    const p = this.previousWord(first);
    return p >= 0 && (NAME_ARTICLES.has(this.#tokens[p]!.key) || CONTRACTED_ARTICLES.has(this.#tokens[p]!.key));
  }

  /** "rue Rocheval", "avenue de Paris", "Rocheval Street". */
  isStreetName(i: number, last: number): boolean {
    const next = this.#tokens[last + 1];
    if (next && next.capitalized && STREET_WORDS.has(next.key) && next.key !== 'place' && isSpaceAfter(this.#text, this.#tokens, last)) return true;
    let p = this.previousWord(i);
    const linked = p >= 0 && NOUN_LINKS.has(this.#tokens[p]!.key);
    if (linked) p = this.previousWord(p);
    if (p < 0 || this.#tokens[p]!.capitalized || !STREET_WORDS.has(this.#tokens[p]!.key)) return false;
    // "la place de Marseille dans la finance": a town's standing, not a square.
    if (linked && this.#tokens[p]!.key === 'place' && (this.#tokens[i - 1]!.key === 'de' || this.#tokens[i - 1]!.key === 'd')) return false;
    return !this.#takesTheRoad(p);
  }

  /** "a pris la route de Montréal": heading for a place, not a street named after it. */
  #takesTheRoad(p: number): boolean {
    if (this.#tokens[p]!.key !== 'route') return false;
    const article = this.previousWord(p);
    const verb = article >= 0 && this.#tokens[article]!.key === 'la' ? this.previousWord(article) : -1;
    return verb >= 0 && TAKE_FORMS.test(this.#tokens[verb]!.key);
  }

  /** Most letters of the token's line are capitals: a headline such as "CÔTE D'IVOIRE/ LA FRANCE…". */
  inHeadline(i: number): boolean {
    const pos = this.#tokens[i]!.start;
    let start = this.#lineBound(pos, -1);
    let end = this.#lineBound(pos, 1);
    // A line longer than the window is judged by fixed windows, so judgements are shared.
    if (end - start >= 2 * MAX_LINE) [start, end] = [pos - (pos % MAX_LINE), pos - (pos % MAX_LINE) + MAX_LINE];
    const cached = this.#headlines.get(start);
    if (cached !== undefined) return cached;
    const [letters, upper] = countLetters(this.#text, start, end);
    const headline = letters >= 8 && upper / letters > 0.7;
    this.#headlines.set(start, headline);
    return headline;
  }

  /** Start (direction -1) or end (+1) of the line around pos, looking at most MAX_LINE chars away. */
  #lineBound(pos: number, direction: 1 | -1): number {
    const limit = direction < 0 ? Math.max(0, pos - MAX_LINE) : Math.min(this.#text.length, pos + MAX_LINE);
    let at = pos;
    while (at !== limit && this.#text[direction < 0 ? at - 1 : at] !== '\n') at += direction;
    return at;
  }

  #headBefore(p: number, heads: ReadonlySet<string> = PLACE_HEADS): boolean {
    let q = this.previousWord(p);
    for (let hops = 0; q >= 0 && hops < 3; hops++, q = this.previousWord(q)) {
      if (heads.has(this.#tokens[q]!.key)) return true;
    }
    return false;
  }

  /** "Sainte-Aurèle, Trois-Rivières": a place listed right after another. */
  #listedAfterPlace(i: number, placeEnds: Uint8Array): boolean {
    return i > 0 && isGapAfter(this.#text, this.#tokens, i - 1, ', ') && placeEnds[i - 1] === 1;
  }
}

const NO_ENTRIES: readonly PlaceEntry[] = [];
// Heads whose "of" complement is a trade or a field: "Chamber of Commerce", "Secretary of Industry".
const TRADE_HEADS = new Set(['chamber', 'chambers', 'chambre', 'department', 'ministry', 'ministere', 'secretary', 'minister', 'ministre', 'board', 'committee', 'comite']);
// "la Foire de Saint-X", "la fête de Saint-X": feasts and fairs named after the saint, no commune.
// Words that open a title before "Mayor": "X Vice Mayor Y" is no town named "Vice".
const TITLE_OPENERS = new Set(['vice', 'deputy', 'acting', 'assistant', 'lord', 'former', 'interim']);
const LIST_WORDS = new Set(['et', 'and', 'ou', 'or']);
// Prefixes naming the old, lower or upper part of a place: "Vieux-Lyon", "Basse-Goulaine", "Haut-Montvalon".
export const PART_PREFIXES: ReadonlySet<string> = new Set(['vieux', 'vieille', 'basse', 'bas', 'haute', 'haut']);
const LIST_OF = new Set(['de', 'des', 'du', 'd', 'of']);
const [OPEN_BRACKET, CLOSE_BRACKET, SPACE] = [40, 41, 32];
const SHORT_FORM_REACH = 10;
const namesAreaOutright = (e: PlaceEntry): boolean => e.kind !== 'city' && !e.needsCue && !e.minor;

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/** Letters and capital letters (by code point) of text[start, end): ASCII by code, the rest by Unicode class. */
function countLetters(text: string, start: number, end: number): [letters: number, upper: number] {
  let letters = 0;
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
      if (c >= 65 && c <= 90) upper++;
      continue;
    }
    let cp = text.codePointAt(i)!;
    // A pair cut by the end of the range is a lone surrogate there, as in a slice.
    if (cp > 0xffff) {
      if (i + 1 < end) i++;
      else cp = c;
    }
    const char = String.fromCodePoint(cp);
    if (!LETTER.test(char)) continue;
    letters++;
    if (UPPER.test(char)) upper++;
  }
  return [letters, upper];
}

/** How many matches of the global `re` the text holds, counted up to `limit`. */
function countMatches(re: RegExp, text: string, limit: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < limit && re.exec(text)) n++;
  return n;
}

/** Offsets of the line breaks of a text, in order. */
function lineBreaks(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) found.push(at);
  return found;
}
