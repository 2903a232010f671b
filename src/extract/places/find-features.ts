import wordLists from '../gazetteer/word-lists.json' with { type: 'json' };
import { AREA_HEADS, areaWithHead } from './find-area-heads.js';
import { COMMON_NOUN_ENDING, DEMONYMS, EXTRA_COMMON_WORDS, EXTRA_GIVEN_NAMES, HONORIFICS, NEVER_PLACES, ROLES_BEFORE_NAMES } from './place-cues.js';
import type { WordToken } from './word-tokens.js';
import { gapAfter, isJoinerAfter, isSpaceAfter } from './word-tokens.js';

/** A named geographic feature or venue found by its head word, not by the gazetteer. */
export interface FeatureSpan {
  /** Token range [first, last] of the name to report. */
  readonly first: number;
  readonly last: number;
  readonly confidence: number;
  /** A building or venue: the places named inside it stay places of their own. */
  readonly venue?: boolean;
  /** "Skovborg City Hall": a town's hall, so the words before "City Hall" name a town even when the gazetteer lacks it. */
  readonly civicHall?: boolean;
}

// English heads that end a capitalized name: "St. Mary Valley", "Bay of Fundy" is a prefix form.
const EN_SUFFIX_HEADS = new Set([
  'valley', 'bay', 'river', 'lake', 'lakes', 'mountains', 'mountain', 'island', 'islands', 'peninsula', 'watershed',
  'gulf', 'sea', 'ocean', 'coast', 'strait', 'basin', 'region', 'county', 'highlands', 'plains', 'falls', 'canyon', 'gorge', 'range',
  'province', 'area', 'triangle', 'belt', 'corridor', 'delta', 'estuary', 'archipelago', 'desert', 'lough', 'harbour', 'harbor',
  // Works named like features: "Knock Airport", "Ambassador Bridge", "Ballinrobe Racecourse".
  'airport', 'bridge', 'tunnel', 'racecourse',
  // Grounds and first-level areas named before their head: "Albert Park", "Aichi Prefecture".
  'park', 'prefecture',
]);
// Heads of an administration's area rather than of a natural feature: "Aichi Prefecture", "Kent County".
const ADMINISTRATIVE_HEADS = new Set(['county', 'region', 'province', 'prefecture', 'area']);
// Lower-case heads after a name that is a place on its own: "the Valcombe region", "Guangdong province".
const LOWER_SUFFIX_HEADS = new Set(['region', 'province']);
// Lower-case natural heads that stay part of the name: "the Orvel valley", "the Kiso mountains".
const LOWER_NATURAL_HEADS = new Set(['valley', 'mountains', 'river', 'lake', 'island', 'hills', 'range', 'peninsula']);
const ECONOMIC_WORDS = new Set(['trade', 'free', 'economic', 'enterprise', 'customs']);
// "Lough Ree", "Loch Fyne": the Irish and Scottish lake comes first.
const EN_PREFIX_HEADS = new Set(['bay', 'gulf', 'isle', 'strait', 'sea', 'cape', 'lake', 'mount', 'lough', 'loch', 'river']);
// "River Wansbeck": the British river too; a longer name after "River" is a firm's or a mall's ("River Oaks Mall").
const ONE_WORD_NAMES = new Set(['lough', 'loch', 'river']);
// Lower-case French heads before a name: "lac Saint-Jean", "vallée du Richelieu".
// Banks and shores of a river or a lake: "les rives du X", "au bord du X", "les berges de la X".
const BANK_WORDS = ['rive', 'rives', 'bord', 'bords', 'berge', 'berges'];
const FR_HEADS = new Set([
  'lac', 'baie', 'golfe', 'mont', 'monts', 'ile', 'iles', 'fleuve', 'riviere', 'vallee', 'detroit', 'massif', 'peninsule',
  'plateau', 'plaine', 'canal', 'cap', 'estuaire', 'embouchure', 'delta', 'archipel', 'foret', 'bassin', 'ocean', 'mer',
  // Landforms and shores: "les gorges du Tarn", "la pointe de Grave", "la côte de Granit rose", "la plage de Saint-Aubin", "l'anse de Bertheaume".
  'gorges', 'cote', 'pointe', 'pic', 'plage', 'dune', 'anse',
  // A mountain pass: "le col du Mont-Vernet".
  'col',
  ...BANK_WORDS,
]);
// Parts of a river named by it: the river is the place; so are its banks and a lake's shore.
const RIVER_PARTS = new Set(['estuaire', 'embouchure', ...BANK_WORDS]);
// Of those, the ones also written with a capital as the first word of a region's name: "la Vallée d'Aoste", "la Baie des Chaleurs".
const FR_CAPITAL_HEADS = new Set(['vallee', 'baie', 'ile', 'iles', 'golfe', 'lac', 'cote', 'pointe', 'pic']);
// Lower-case nouns of a building named after someone or something: "au pavillon Jean-Brillant", "la salle Pierre-Mercure".
const FR_BUILDING_HEADS = new Set(['pavillon', 'salle', 'amphitheatre', 'auditorium']);
// Lower-case French heads of grounds named after a person or a place: "parc de l'Île-Melville", "promenade Louis-Jolliet".
// Monuments and gardens, with the same shape: "palais des Ducs", "cathédrale Saint-Paul de Liège", "jardin du Luxembourg".
export const FR_GROUNDS: ReadonlySet<string> = new Set([
  'parc', 'promenade', 'palais', 'cathedrale', 'basilique', 'eglise', 'abbaye', 'chateau', 'chapelle', 'jardin', 'jardins',
  // An airport named after its town, which stays a place of its own: "l'aéroport de Castelmoron".
  'aeroport',
  // Strongholds and racecourses: "la citadelle de Valmorin", "le fort de Saint-Aubin", "l'hippodrome de Brassac".
  'citadelle', 'fort', 'hippodrome',
]);
// Titles of those a castle or palace was built for, between "des" and "de": "le château des comtes de Vermandrie".
const MONUMENT_OWNERS = new Set(['ducs', 'comtes', 'rois', 'princes', 'eveques', 'archeveques', 'seigneurs', 'marquis', 'dauphins', 'papes']);
// Adjective endings after a monument's head: "la citadelle royale de", "le palais présidentiel de", "le musée archéologique de".
const MONUMENT_ADJECTIVE = /...(?:ale?|aux|iel|ielle|ique)$/u;
// Adjectives of a business zone, no monument: "le parc industriel de X", "le parc technologique de X".
const ZONE_ADJECTIVES = new Set([
  'industriel', 'industrielle', 'technologique', 'scientifique', 'commercial', 'commerciale', 'economique', 'logistique',
  'artisanal', 'artisanale', 'technique', 'agroalimentaire', 'portuaire', 'aeroportuaire',
]);
const FR_LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'l']);
// Lower-case nouns of a settlement before its name: "the village of Petitcodiac", "la commune de Bembèrèkè".
const SETTLEMENT_HEADS = new Set([
  'village', 'town', 'township', 'hamlet', 'community', 'municipality', 'borough', 'commune', 'municipalite', 'localite',
  'hameau', 'bourg', 'bourgade', 'arrondissement', 'quartier', 'faubourg', 'district', 'neighbourhood', 'neighborhood', 'suburb',
]);
const SETTLEMENT_PLURALS = new Set([
  'villages', 'towns', 'townships', 'hamlets', 'communities', 'municipalities', 'boroughs', 'communes', 'municipalites',
  'localites', 'hameaux', 'quartiers', 'arrondissements', 'districts', 'neighbourhoods', 'neighborhoods', 'suburbs', 'villes', 'cities',
]);
const SETTLEMENT_LINKS = new Set(['of', 'de', 'd']);
const SETTLEMENT_JOINERS = new Set([' ', '-', '‑', '–']);
const isHyphenGap = (gap: string): boolean => gap === '-' || gap === '‑' || gap === '–';
const FR_VENUE_HEADS = new Set(['centre', 'palais', 'parc']);
export const FR_VENUE_KINDS: ReadonlySet<string> = new Set(['congres', 'expositions', 'festivals']);
const VENUE_FIRST = new Set(['convention', 'congress', 'conference', 'exhibition', 'expo']);
const VENUE_SECOND = new Set(['center', 'centre']);
const MAX_NAME_WORDS = 4;
// Buildings and public spaces named before their head: "at Canada Place", "the Old Port Market".
const EN_VENUE_HEADS = new Set([
  'temple', 'house', 'place', 'market', 'square', 'library', 'cathedral', 'church', 'abbey', 'castle', 'palace', 'plaza', 'gardens',
  'pier', 'wharf', 'waterfront',
  // Halls and grounds where a ceremony is held, and the port a delegation tours: "at the Lyric Theatre", "visited Lyttelton Port".
  'theatre', 'theater', 'pavilion', 'auditorium', 'showground', 'showgrounds', 'port',
]);
// "at Nashua City Hall": a town's hall, named by its town and a civic word before the head.
const CIVIC_HALL_WORDS = new Set(['city', 'town']);
// Words before such a venue ("at the", "toured the", "in its historic") that make it a place visited rather than a body.
const VENUE_CUES = new Set(['at', 'in', 'inside', 'outside', 'near', 'toured', 'visited', 'visit', 'historic', 'and']);
// "in the council chamber of Avondale City Hall": a part of the building, named before a town's hall.
const CIVIC_HALL_PART_CUES = new Set(['of']);
/** Common words, given names, months and function words: no name of a small place on their own. */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set([...wordLists.commonWords, ...wordLists.givenNames, ...EXTRA_COMMON_WORDS, ...EXTRA_GIVEN_NAMES, ...NEVER_PLACES]);
export const COMMON_WORDS: ReadonlySet<string> = new Set([...wordLists.commonWords, ...EXTRA_COMMON_WORDS]);
const GIVEN_NAMES: ReadonlySet<string> = new Set([...wordLists.givenNames, ...EXTRA_GIVEN_NAMES]);
// Capitalized at sentence start but never part of a name.
const FUNCTION_WORDS = new Set(['la', 'le', 'les', 'l', 'the', 'de', 'du', 'des', 'd', 'et', 'and', 'of', 'a', 'au', 'aux', 'en', 'in', 'at', 'this', 'that', 'ce', 'cette', 'une', 'un', 'an',
  // Possessives opening a quote: "Our region", "Nos régions" (not "Notre", which opens "Notre-Dame").
  'our', 'your', 'their', 'its', 'my', 'nos', 'vos', 'leurs']);

// Every word that can open a rule below: other words are skipped at the cost of one lookup.
// "across the North East", "on the South Shore": a compass word and a second one or a coast's noun.
const COMPASS = new Set(['north', 'south', 'east', 'west']);
const COMPASS_NOUNS = new Set(['shore', 'coast', 'end', 'side', 'country']);
const COMPASS_CUES = new Set(['in', 'across', 'throughout', 'on', 'to', 'from', 'at', 'of', 'around', 'into']);

const ANY_HEAD = new Set([
  ...EN_SUFFIX_HEADS, ...EN_VENUE_HEADS, 'hall', ...EN_PREFIX_HEADS, ...FR_HEADS, ...FR_GROUNDS, ...FR_VENUE_HEADS, ...FR_BUILDING_HEADS, ...VENUE_SECOND, ...SETTLEMENT_HEADS, ...SETTLEMENT_PLURALS, ...AREA_HEADS, ...COMPASS, 'region',
]);

// Lengths of the heads by their first letter (bit n: a head of n letters): most words are refused
// by this test before their key is hashed for the Set.
const HEAD_LENGTHS = new Uint32Array(128);
for (const head of ANY_HEAD) HEAD_LENGTHS[head.charCodeAt(0)]! |= 1 << head.length;

function mayBeHead(key: string): boolean {
  const first = key.charCodeAt(0);
  return first < 128 && key.length < 32 && (HEAD_LENGTHS[first]! & (1 << key.length)) !== 0;
}

const DOT = 46;
export const isNameWord = (token: WordToken): boolean => token.capitalized && !token.allCaps && !FUNCTION_WORDS.has(token.key);

/** Geographic features and venues named with a head word, in French and English. */
export function findFeatures(text: string, tokens: readonly WordToken[]): FeatureSpan[] {
  const found: FeatureSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayBeHead(tokens[i]!.key) || !ANY_HEAD.has(tokens[i]!.key)) {
      const shire = shireName(text, tokens, i);
      if (shire) found.push(shire);
      continue;
    }
    const span =
      areaWithHead(text, tokens, i) ?? suffixFeature(text, tokens, i) ?? englishVenue(text, tokens, i) ?? prefixFeature(text, tokens, i) ?? regionOfFeature(text, tokens, i) ?? frenchVenue(text, tokens, i) ?? namedBuilding(text, tokens, i) ?? compassRegion(text, tokens, i);
    if (!span) found.push(...settlements(text, tokens, i));
    else {
      found.push(span);
      // "parc de l'Île-Melville": a name opened by its head holds no other feature ("Île-Lebel").
      if (span.first === i) i = span.last;
    }
  }
  return found;
}

/** "St. Francis International Watershed", "Grand-Ruisseau Convention Center", "the Valcombe region". */
function suffixFeature(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const head = tokens[i]!;
  const venue = VENUE_SECOND.has(head.key) && head.capitalized && i > 0 && VENUE_FIRST.has(tokens[i - 1]!.key) && tokens[i - 1]!.capitalized;
  if (!venue && !EN_SUFFIX_HEADS.has(head.key)) return null;
  const before = venue ? i - 2 : i - 1;
  const first = capitalizedRunBefore(text, tokens, before);
  if (first > before) return null;
  // "African Continental Free Trade Area", "Special Economic Zone": an agreement or a scheme, no place.
  for (let t = first; t <= before; t++) if (ECONOMIC_WORDS.has(tokens[t]!.key)) return null;
  // A lower-case head ("the Valcombe region") names only the words before it; "a French region" is one of France.
  if (!head.capitalized && LOWER_NATURAL_HEADS.has(head.key)) return lowerNaturalFeature(tokens, first, i);
  if (!head.capitalized) return LOWER_SUFFIX_HEADS.has(head.key) && !(first === before && DEMONYMS.has(tokens[first]!.key)) ? { first, last: before, confidence: 0.6 } : null;
  // "Wye Valley Textiles Ltd", "Piedmont Triad Regional Partnership": a company's or body's name.
  const next = tokens[i + 1];
  // "the Wyvern Valley Mayor said": a role of the area's own council keeps a natural feature's name a place;
  // "Wyvern County Mayor" names the county by its bare name, found elsewhere.
  const roleAfter = next !== undefined && ROLES_BEFORE_NAMES.has(next.key) && !ADMINISTRATIVE_HEADS.has(head.key);
  if (next && next.capitalized && !FUNCTION_WORDS.has(next.key) && !roleAfter && isSpaceAfter(text, tokens, i)) return null;
  // "Min-jun Park", "Mayor Park": a Korean family name after a given name or a title, no park.
  if (head.key === 'park' && isKoreanSurnameCue(tokens[before]!)) return null;
  return venue ? { first, last: i, confidence: 0.6, venue } : { first, last: i, confidence: 0.65 };
}

/** "the Orvel valley": a one-word name that is no common word, demonym or given name before a lower-case natural head. */
function lowerNaturalFeature(tokens: readonly WordToken[], first: number, head: number): FeatureSpan | null {
  const name = tokens[first]!;
  if (first !== head - 1 || ORDINARY_WORDS.has(name.key) || DEMONYMS.has(name.key) || tokens[first - 1]?.key !== 'the') return null;
  return { first, last: head, confidence: 0.6 };
}

function isKoreanSurnameCue(token: WordToken): boolean {
  return GIVEN_NAMES.has(token.key) || ROLES_BEFORE_NAMES.has(token.key) || HONORIFICS.has(token.key) || token.text.includes('-');
}

/** "met buyers at the Harbourfront Market", "signed at Canada Place": a venue named before its head, where something happens. */
function englishVenue(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const head = tokens[i]!;
  const civicHall = isCivicHall(text, tokens, i);
  if (!head.capitalized || head.allCaps || !(EN_VENUE_HEADS.has(head.key) || civicHall)) return null;
  const next = tokens[i + 1];
  if (next && next.capitalized && !FUNCTION_WORDS.has(next.key) && isSpaceAfter(text, tokens, i)) return null;
  // "the Orpheum Library and Music Hall", "the Mesquite Wells Land Port of Entry": the name goes on to a second head.
  if ((next?.key === 'and' || next?.key === 'of') && !next.capitalized && tokens[i + 2]?.capitalized) return null;
  let first = capitalizedRunBefore(text, tokens, i - 1);
  if (first > i - 1 || (first > 0 && !isSpaceAfter(text, tokens, first - 1))) return null;
  const before = tokens[first - 2];
  if (tokens[first - 1]?.key === 'and' && before?.capitalized && EN_VENUE_HEADS.has(before.key)) first = capitalizedRunBefore(text, tokens, first - 2);
  let at = first - 1;
  if (tokens[at]?.key === 'the' && !tokens[at]!.capitalized && isSpaceAfter(text, tokens, first - 2)) at--;
  const cue = tokens[at];
  if (!cue || cue.capitalized || !(VENUE_CUES.has(cue.key) || (civicHall && CIVIC_HALL_PART_CUES.has(cue.key) && isBuildingPart(tokens[at - 1])))) return null;
  // The town that names its hall stays a place of its own.
  return civicHall ? { first, last: i, confidence: 0.6, venue: true, civicHall } : { first, last: i, confidence: 0.6 };
}

// Parts of a building before "of": "the council chamber of", "the steps of", "the lobby of".
export const BUILDING_PARTS: ReadonlySet<string> = new Set(['chamber', 'chambers', 'steps', 'lobby', 'foyer', 'atrium', 'courtyard', 'hall', 'room', 'rotunda', 'ballroom', 'grounds']);

function isBuildingPart(part: WordToken | undefined): boolean {
  return part !== undefined && !part.capitalized && BUILDING_PARTS.has(part.key);
}

/** "Whitehorse City Hall": "Hall" after "City" or "Town" and a name before them; a bare "City Hall" names no town. */
function isCivicHall(text: string, tokens: readonly WordToken[], i: number): boolean {
  const [civic, town] = [tokens[i - 1], tokens[i - 2]];
  if (tokens[i]!.key !== 'hall' || !civic?.capitalized || !CIVIC_HALL_WORDS.has(civic.key) || !isSpaceAfter(text, tokens, i - 1)) return false;
  return town !== undefined && isNameWord(town) && isSpaceAfter(text, tokens, i - 2);
}

/** "Bay of Fundy", "Lake Champlain", "lac Saint-Jean", "golfe du Saint-Laurent". */
function prefixFeature(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const head = tokens[i]!;
  const english = head.capitalized && EN_PREFIX_HEADS.has(head.key);
  const grounds = !head.capitalized && FR_GROUNDS.has(head.key);
  const french = grounds || ((!head.capitalized || (FR_CAPITAL_HEADS.has(head.key) && afterArticle(text, tokens, i))) && FR_HEADS.has(head.key));
  if (!english && !french) return null;
  // "à bord du X": aboard a ship, no shore.
  if (head.key === 'bord' && i > 0 && tokens[i - 1]!.text.toLowerCase() === 'à') return null;
  // "Byron Bay City Hall", "Pelican Bay Consulting": the head closes a name begun before it and opens none.
  if (english && i > 0 && isNameWord(tokens[i - 1]!) && isSpaceAfter(text, tokens, i - 1)) return null;
  const from = grounds ? afterMonumentQualifier(text, tokens, i + 1) : i + 1;
  let j = from;
  // "une rivière, la Gatineau": links follow the head without punctuation.
  while (j < tokens.length && j <= from + 1 && (french ? FR_LINKS.has(tokens[j]!.key) || (j === from && tokens[j]!.key === 'aux') : tokens[j]!.key === 'of') && !tokens[j]!.capitalized && isJoinerAfter(text, tokens, j - 1)) j++;
  // "l'aéroport de La Roche-Vieille": a town's own capitalized article opens the name of the grounds.
  const article = grounds && isTownArticle(text, tokens, j) ? 1 : 0;
  let last = capitalizedRunAfter(text, tokens, j + article);
  if (last < j + article || !isJoinerAfter(text, tokens, j - 1)) return null;
  // "Lough Erne Hydraulics": a lake of one word, the words after it name a firm.
  if (english && ONE_WORD_NAMES.has(head.key) && (last > j || j > i + 1)) return null;
  // "du côté de l'Atlantique": the side, not the coast, once accents are dropped.
  if (head.key === 'cote' && !/^c[ôo]te$/iu.test(head.text)) return null;
  // "le port de l'île. Elle siège…": a French head is no abbreviation, so a dot after it ends the sentence.
  if (french && text.charCodeAt(tokens[j - 1]!.end) === DOT) return null;
  if (grounds) last = placeOfMonument(text, tokens, last);
  // With a capital the head may open a body's name ("Vallée de la Chimie Verte"): one word after it only.
  if (french && head.capitalized && last > j) return null;
  // "l'estuaire de la Seine": the river is the place named.
  if (RIVER_PARTS.has(head.key)) return { first: j, last, confidence: 0.6 };
  if (!grounds) return { first: i, last, confidence: 0.6 };
  // A park or a promenade keeps the places it is named after ("parc de la Gatineau", "Gatineau"); "parc de l'Innovation" is a business park.
  return COMMON_NOUN_ENDING.test(tokens[j]!.key) ? null : { first: i, last, confidence: 0.6, venue: true };
}

/** "La" or "Le" with a capital, mid-sentence after "de", then a name: the article of a town's name ("de La Roche-Vieille"). */
function isTownArticle(text: string, tokens: readonly WordToken[], j: number): boolean {
  const [article, name] = [tokens[j], tokens[j + 1]];
  if (!article?.capitalized || (article.key !== 'la' && article.key !== 'le') || !isSpaceAfter(text, tokens, j)) return false;
  return tokens[j - 1]?.key === 'de' && name !== undefined && isNameWord(name);
}

/** "citadelle royale de X", "château des comtes de X": the token of the "de" after the qualifier, else `k` itself. */
function afterMonumentQualifier(text: string, tokens: readonly WordToken[], k: number): number {
  const isLink = (t: number): boolean => (tokens[t]?.key === 'de' || tokens[t]?.key === 'd' || tokens[t]?.key === 'du') && !tokens[t]!.capitalized;
  const word = tokens[k];
  if (!word || word.capitalized || !isSpaceAfter(text, tokens, k - 1)) return k;
  if (MONUMENT_ADJECTIVE.test(word.key) && !ZONE_ADJECTIVES.has(word.key) && isLink(k + 1) && isSpaceAfter(text, tokens, k)) return k + 1;
  const owners = tokens[k + 1];
  if (word.key !== 'des' || !owners || owners.capitalized || !MONUMENT_OWNERS.has(owners.key)) return k;
  return isSpaceAfter(text, tokens, k) && isSpaceAfter(text, tokens, k + 1) && isLink(k + 2) ? k + 2 : k;
}

/** "cathédrale Notre-Dame de Sermoise", "basilique Notre-Dame de la Garde": a saint's monument and the place or title after it. */
function placeOfMonument(text: string, tokens: readonly WordToken[], last: number): number {
  if (tokens[last]!.key !== 'dame' && !isSaint(tokens[last - 1])) return last;
  let j = last + 1;
  if (tokens[j]?.key !== 'de' || tokens[j]!.capitalized) return last;
  if (tokens[j + 1]?.key === 'la' && !tokens[j + 1]!.capitalized) j++;
  const end = capitalizedRunAfter(text, tokens, j + 1);
  return end > j && isSpaceAfter(text, tokens, last) ? end : last;
}
const isSaint = (token: WordToken | undefined): boolean => token?.key === 'saint' || token?.key === 'sainte';

/** "la Vallée d'Aoste", "La Baie des Chaleurs": an article right before the head. */
function afterArticle(text: string, tokens: readonly WordToken[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && (prev.key === 'la' || prev.key === 'l' || prev.key === 'le' || prev.key === 'les') && /^[ '’]$/u.test(gapAfter(text, tokens, i - 1));
}

/** "au pavillon Jean-Brillant": a building's lower-case noun and the name after it, both reported. */
function namedBuilding(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const head = tokens[i]!;
  if (head.capitalized || !FR_BUILDING_HEADS.has(head.key) || !isSpaceAfter(text, tokens, i)) return null;
  const name = tokens[i + 1];
  // Buildings are often named after people: a given name may open the name, a common word not.
  if (!name || !isNameWord(name) || COMMON_WORDS.has(name.key) || NEVER_PLACES.has(name.key)) return null;
  const last = capitalizedRunAfter(text, tokens, i + 1);
  return { first: i, last, confidence: 0.6 };
}

/**
 * "across the North East", "on the South Shore": after a preposition and "the", a compass
 * word and a second one or a coast's noun name a region, when no capitalized word follows
 * ("the North East England Chamber …" names a body).
 */
function compassRegion(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const [head, second, after] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  if (!head.capitalized || head.allCaps || !COMPASS.has(head.key) || !second?.capitalized || second.allCaps) return null;
  if (!COMPASS.has(second.key) && !COMPASS_NOUNS.has(second.key)) return null;
  if (!isSpaceAfter(text, tokens, i) || (after?.capitalized && isSpaceAfter(text, tokens, i + 1))) return null;
  const [article, cue] = [tokens[i - 1], tokens[i - 2]];
  if (article?.key !== 'the' || article.capitalized || !cue || cue.capitalized || !COMPASS_CUES.has(cue.key)) return null;
  return { first: i, last: i + 1, confidence: 0.6 };
}

/** "Centre des congrès de Saint-Ovide", "Palais des congrès de Montréal". */
function frenchVenue(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const [head, link, kind, of] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!head?.capitalized || !FR_VENUE_HEADS.has(head.key) || link?.key !== 'des' || !kind || !FR_VENUE_KINDS.has(kind.key)) return null;
  if (!of || !FR_LINKS.has(of.key)) return { first: i, last: i + 2, confidence: 0.6, venue: true };
  const last = capitalizedRunAfter(text, tokens, i + 4);
  return { first: i, last: last >= i + 4 ? last : i + 2, confidence: 0.6, venue: true };
}

/**
 * "the village of Petitcodiac", "la commune de Bembèrèkè", "les communes de Ndiass et de
 * Keur Mbaye": settlements too small for the gazetteer, named after their noun. Not a
 * given name or common word ("le village de Noël").
 */
function settlements(text: string, tokens: readonly WordToken[], i: number): FeatureSpan[] {
  const [head, link] = [tokens[i]!, tokens[i + 1]];
  const plural = SETTLEMENT_PLURALS.has(head.key);
  if (head.capitalized || (!plural && !SETTLEMENT_HEADS.has(head.key)) || !link || link.capitalized || !SETTLEMENT_LINKS.has(link.key)) return [];
  if (!/^[ '’]$/.test(gapAfter(text, tokens, i + 1)) || !isSpaceAfter(text, tokens, i)) return [];
  const found: FeatureSpan[] = [];
  for (let first = i + 2; ; ) {
    const last = settlementNameEnd(text, tokens, first);
    if (last < 0) break;
    found.push({ first, last, confidence: 0.6 });
    const next = plural ? nextInList(text, tokens, last) : -1;
    if (next < 0) break;
    first = next;
  }
  return found;
}

/** Last token of a settlement's name opening at `first`, or -1. */
function settlementNameEnd(text: string, tokens: readonly WordToken[], first: number): number {
  const name = tokens[first];
  if (!name || !isNameWord(name) || ORDINARY_WORDS.has(name.key)) return -1;
  let last = first;
  while (last + 1 < tokens.length && last < first + MAX_NAME_WORDS - 1 && isNameWord(tokens[last + 1]!) && SETTLEMENT_JOINERS.has(gapAfter(text, tokens, last))) last++;
  // "Villebrune-sur-Orbe": a compound with lower-case words is the gazetteer's to read.
  return isHyphenGap(gapAfter(text, tokens, last)) ? -1 : last;
}

/** "X, Y et de Z", "X and Y": the first token of the next name of a list, or -1. */
function nextInList(text: string, tokens: readonly WordToken[], last: number): number {
  const gap = gapAfter(text, tokens, last);
  if (gap === ', ') return last + 1;
  if (gap !== ' ' || !LIST_LINKS.has(tokens[last + 1]?.key ?? '')) return -1;
  const link = tokens[last + 2];
  return link && !link.capitalized && SETTLEMENT_LINKS.has(link.key) && /^[ '’]$/.test(gapAfter(text, tokens, last + 2)) ? last + 3 : last + 2;
}
const LIST_LINKS = new Set(['et', 'and', 'ou', 'or']);

/**
 * "Perthshire", "Aberdeenshire", "Lanarkshire": an English county is named by "-shire", most
 * of them too small or too old for the gazetteer. Not a word of a longer name ("Berkshire
 * Hathaway", "New Hampshire").
 */
function shireName(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  const token = tokens[i]!;
  if (!token.capitalized || token.allCaps || token.key.length < SHIRE_MIN || !token.key.endsWith('shire')) return null;
  const next = tokens[i + 1];
  if (next?.capitalized && !FUNCTION_WORDS.has(next.key) && gapAfter(text, tokens, i) === ' ') return null;
  // "New Hampshire", "North Yorkshire": the gazetteer's name.
  const prev = tokens[i - 1];
  if (prev?.capitalized && isJoinerAfter(text, tokens, i - 1)) return null;
  return { first: i, last: i, confidence: 0.6 };
}
const SHIRE_MIN = 7;

/** "région de Fès-Meknès", "région du Saguenay": the name after "région". */
function regionOfFeature(text: string, tokens: readonly WordToken[], i: number): FeatureSpan | null {
  if (tokens[i]!.key !== 'region') return null;
  let j = i + 1;
  while (j < tokens.length && j <= i + 2 && FR_LINKS.has(tokens[j]!.key) && !tokens[j]!.capitalized) j++;
  if (j === i + 1) return null;
  const last = capitalizedRunAfter(text, tokens, j);
  return last >= j ? { first: j, last, confidence: 0.6 } : null;
}

function capitalizedRunBefore(text: string, tokens: readonly WordToken[], from: number): number {
  let first = from + 1;
  // "Published: 2026/05/08\n\nIsland mussels": a name read backward stays on its head's line and sentence.
  if (from < 0 || !isJoinerAfter(text, tokens, from) || endsSentence(text, tokens, from)) return first;
  while (first - 1 >= 0 && first - 1 > from - MAX_NAME_WORDS && isNameWord(tokens[first - 1]!)) {
    if (first <= from && (!isJoinerAfter(text, tokens, first - 1) || endsSentence(text, tokens, first - 1))) break;
    first--;
  }
  return first;
}

/** "Cranmere. Guangdong": a period after a word longer than an abbreviation ("St.") ends a sentence. */
function endsSentence(text: string, tokens: readonly WordToken[], i: number): boolean {
  return tokens[i]!.text.length > 3 && gapAfter(text, tokens, i).startsWith('.');
}

export function capitalizedRunAfter(text: string, tokens: readonly WordToken[], from: number): number {
  let last = from - 1;
  while (last + 1 < tokens.length && last + 1 < from + MAX_NAME_WORDS && (isNameWord(tokens[last + 1]!) || isInnerParticle(text, tokens, last + 1, from))) {
    if (last >= from && (!isJoinerAfter(text, tokens, last) || endsSentence(text, tokens, last))) break;
    last++;
  }
  return last;
}

/**
 * "Samuel-De Champlain": a capitalized particle hyphened inside a name, before another name word;
 * "Bras-du-Nord", "Saint-Jean-de-Monts": a lower-case link hyphened on both sides.
 */
function isInnerParticle(text: string, tokens: readonly WordToken[], k: number, from: number): boolean {
  const next = tokens[k + 1];
  if (k <= from || next === undefined || !isNameWord(next) || !isHyphenGap(gapAfter(text, tokens, k - 1))) return false;
  if (tokens[k]!.capitalized) return gapAfter(text, tokens, k) === ' ';
  return FR_LINKS.has(tokens[k]!.key) && isHyphenGap(gapAfter(text, tokens, k));
}
