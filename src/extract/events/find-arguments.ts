import { DocumentCache } from '../cached-in.js';
import type { DateMention } from '../dates/extract-dates.js';
import { isSpaceCode } from '../text/space-code.js';
import { wordRegex, WordStartRegex, WordSuffixRegex } from '../text/word-regex.js';
import type { ExtractedEntity, Span } from '../types.js';
import type { EntityIndex, EntityMention } from './entity-index.js';
import { namesTown, placeRank } from './place-rank.js';
import { isCapitalOf } from './capital-of.js';

// "in the northern Netherlands", "dans le nord-est de l'Ontario": a part of the place is still a location.
const REGION_OF = String.raw`(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+|(?:extrême-)?(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])`;

/** Prepositions that make a following place a location, not a party ("à Montréal", "in Grand-Ruisseau"). */
const LOCATIVE_BEFORE = new WordSuffixRegex(
  String.raw`(?:(?:à|au|aux|en|dans|près\s+de|in|at|near|basée?s?\s+à|située?s?\s+à|based\s+in|located\s+in)\s+(?:la\s+|le\s+|l['’]|les\s+|the\s+)?(?:${REGION_OF})?|(?:à|in|at)\s+(?:la\s+|l['’]|the\s+)?(?:hôtel\s+de\s+ville|hôtel\s+de\s+région|hôtel\s+du\s+département|mairie|city\s+hall|town\s+hall|campus)\s+(?:de\s+|d['’]|du\s+|of\s+)(?:la\s+|le\s+|the\s+)?|(?:au|sur\s+le|on\s+the)\s+campus\s+(?:de\s+|d['’]|du\s+|of\s+))`,
);
/** Appositions that describe where a party sits: "…, tous deux basés à Port-Lavande en Montérégie". */
const APPOSITION_START = wordRegex(String.raw`^\s*\)?\s*,\s*(?:tous\s+deux\s+|toutes\s+deux\s+|both\s+)?(?:basée?s?|située?s?|établie?s?|installée?s?|implantée?s?|based|located|headquartered|qui|which|dont)\b`);
// "Millbrook Partnership, the economic development organization for Millbrook, and …", "le MEB, l'agence de
// promotion économique de la Principauté, ont signé": a description of the party, whose places are not parties.
const DESCRIPTION_START = wordRegex(
  String.raw`^\s*(?:\([^()]{1,20}\)\s*)?\)?\s*,\s*(?:the|an?|l['’]|la|le|une?)\s*(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:agences?|agency|organi[sz]ations?|organismes?|société|company|firm|association|fédération|federation|réseau|network|groupe|group|cluster|centre|center|institut|institute|entreprise|operator|opérateur|fondation|foundation|arm|body|office|bureau)\b`,
  // Case-sensitive: "…, l'Agence de promotion de X et Y" names another party; "…, l'agence de …" describes the last.
  'u',
);
// A description ends at its closing comma, which a long one would not have within this reach.
const DESCRIPTION_REACH = 150;

/** After a description of a party: past its closing comma and a following "et" / "and"; -1 when it does not close soon. */
function descriptionEnd(rest: string, from: number, start: number): number {
  const comma = rest.indexOf(',', start);
  if (comma < 0 || comma > DESCRIPTION_REACH) return -1;
  // "X, the provincial research agency Yukon Innovates, and …": a described name, the next item of a list.
  if (NAME_NEXT.test(rest.slice(start, comma))) return -1;
  const and = /^,\s*(?:et|and)\s+/iu.exec(rest.slice(comma));
  return from + comma + (and ? and[0].length : 1);
}

// The description's noun is followed by a name: "agency Yukon Innovates", "l'agence Innovalais".
const NAME_NEXT = /^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*$/u;

const COORDINATION = wordRegex(String.raw`,\s*(?:et|and)\s+(?:d['’]autre\s+part\s+)?`);

// "signed at the TeCH Discovery District", "held at the Palais des congrès": where, not who.
const VENUE_BEFORE = new WordSuffixRegex(String.raw`(?:signed|held|took\s+place|hosted|gathered|met)\s+at\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+)?`);

function isVenue(text: string, m: Span): boolean {
  return VENUE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
}

// Each mention of a document's index, once: the same mentions are asked about for each trigger near them.
const LOCATIVE = new DocumentCache<Span, boolean>();

export function isLocative(text: string, m: Span): boolean {
  return LOCATIVE.cached(text, m, () => readLocative(text, m));
}

function readLocative(text: string, m: Span): boolean {
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 36), m.start)) || isCampusTown(text, m) || isInBuildingOf(text, m) || isOnShore(text, m);
}

// French puts a coast, a shore or an island after "sur": "a séjourné sur la Côte-Brune", "sur l'Île-aux-Brelacs".
const SUR_BEFORE = /(?:^|[^\p{L}])sur\s+(?:la\s+|le\s+|l['’])$/iu;
const SHORE_NAME = /^(?:Côte|Rive|Île|Ile|Presqu['’]île)(?![\p{Ll}])/u;

function isOnShore(text: string, m: Span): boolean {
  return SHORE_NAME.test(text.slice(m.start, m.start + 12)) && SUR_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

// "dans la salle des fêtes de l'hôtel de ville de X", "dans la cour des palais royaux d'X", "in the council
// chamber of the town hall of X": a room of a building named after its town is in that town.
const ROOM_OF_BUILDING_BEFORE = new WordSuffixRegex(
  String.raw`(?:à|au|aux|dans|in|at)\s+(?:la\s+|le\s+|l['’]|les\s+|the\s+)?(?:salles?|salons?|cour|galeries?|chapelle|jardins?|rooms?|chambers?|courtyard|gardens?|hall)(?:\s+(?:des|du|de\s+la|de\s+l['’])\s*\p{Ll}+)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+the\s+|of\s+)(?:(?:hôtel\s+de\s+ville|mairie|château|palais|abbaye|town\s+hall|city\s+hall|castle|palace)(?:\s+\p{Ll}+)?\s+(?:de\s+|d['’]|du\s+|of\s+))?`,
);
const ROOM_STEM = /salle|salon|cour|galerie|chapelle|jardin|room|chamber|garden|hall/i;

function isInBuildingOf(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  return ROOM_STEM.test(before) && ROOM_OF_BUILDING_BEFORE.test(before);
}

// "at the college's Bend campus", "on the Millbrook campus": the town a campus is named after.
const CAMPUS_AFTER = /^\s+campus(?![\p{L}])/iu;
const CAMPUS_BEFORE = /(?:^|[^\p{L}])(?:at|on|in)\s+(?:the\s+)?(?:[\p{L}.&-]+['’]s\s+)?$/iu;

function isCampusTown(text: string, m: Span): boolean {
  return CAMPUS_AFTER.test(text.slice(m.end, m.end + 10)) && CAMPUS_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

// "consul général de France à Québec", "the Consulate General of Canada in Tucson", "ambassade de Colombie en France":
// the seat of a post, neither where an event was nor a trip's destination.
const POST_SEAT = wordRegex(
  String.raw`\b(?:consul(?:e|at|ate)?s?|ambassad\p{L}*|embass(?:y|ies)|high\s+commission|haut-commissariat|délégations?\s+générales?|trade\s+office|bureau)\b(?:\s+(?:général(?:e|es|aux)?|general))?(?:\s+(?:de|du|des|d['’]|of)\s*(?:la\s+|le\s+|l['’]|the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:à|au|aux|en|in|at)\s+(?:la\s+|le\s+|l['’]|the\s+)?$`,
);

const POST_STEM = /consul|ambassad|embass|commissi|délégation|office|bureau/i;

export function isPostSeat(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 70), m.start);
  return POST_STEM.test(before) && POST_SEAT.test(before);
}

// "la commune de Saint-Louis, au Sénégal, …": where a party sits, not where the event was.
const PARTY_SEAT = /,\s*(?:au|aux|en|à|in|dans)\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$/u;

export function isPartySeat(text: string, index: EntityIndex, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.start - 18), m.start);
  const seat = PARTY_SEAT.exec(before);
  if (!seat) return false;
  const comma = m.start - before.length + seat.index;
  const owner = index.covering(comma - 1) ?? bracketedOwner(text, index, comma);
  if (owner === undefined || owner.entity.type === 'PERSON' || isPremises(text, owner)) return false;
  // "a delegation from Obihiro, in Waikaro", "from Busan, South Korea, in Tasmania": another place, not the larger one that holds it.
  return owner.entity.type !== 'PLACE' || smallerPlaceIn(owner.entity, m.entity);
}

// "La municipalité régionale de comté de X (MRC de X), dans l'Outaouais": a body with its alias in brackets.
const ALIAS_BEFORE = /\(([^()]{1,40})\)\s*$/u;

/** The body whose bracketed alias ends at `at`: the alias itself when it is a mention, else the name before it. */
function bracketedOwner(text: string, index: EntityIndex, at: number): EntityMention | undefined {
  const alias = ALIAS_BEFORE.exec(text.slice(Math.max(0, at - 44), at));
  if (!alias) return undefined;
  const open = at - alias[0].length;
  return index.covering(open + alias[1]!.length) ?? index.covering(open - 2);
}

// "le Cégep X, dont l'école est installée à Y", "a college based in Y", "Chino, a city of 56,000 in Japan's
// Nagano Prefecture", "a partner in Japan": where a side is or what it is, not where the event was.
const DESCRIBED_SEAT = wordRegex(
  String.raw`(?:\b(?:basée?s?|située?s?|établie?s?|installée?s?|implantée?s?|based|located|headquartered)\s+(?:à|au|aux|en|dans|in|at)|\b(?:an?|une?)\s+(?:\p{Ll}+\s+)?(?:city|town|village|municipality|port|partner|community|ville|commune|municipalité|partenaire)(?:\s+(?:of|de)\s+(?:about\s+|some\s+|around\s+|nearly\s+|près\s+de\s+|quelque\s+|environ\s+)?[\d][\d\s.,]*(?:\s+(?:million|millions|thousand))?(?:\s+(?:people|residents|inhabitants|habitants|âmes))?)?\s+(?:in|en|au|aux|dans))\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$`,
);
const SEAT_STEM = /bas|situ|établ|install|implant|locat|headquart|city|town|village|municipal|port|partn|communit|ville|commune/i;
// "in Japan's Nagano Prefecture": the possessive names the larger place of the one after it.
const POSSESSIVE_AFTER = /^['’]s\s/u;

export function isDescribedSeat(text: string, index: EntityIndex, m: Span): boolean {
  // "in Gernika's Assembly House" is in Gernika; "in Japan's Nagano Prefecture" is in the prefecture.
  if (POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3))) return isPlaceOwner(text, index, m);
  const before = text.slice(Math.max(0, m.start - 70), m.start);
  return SEAT_STEM.test(before) && DESCRIBED_SEAT.test(before);
}

/** "China's Jilin Province", "Japan's Nagano Prefecture": the place that holds the one named after it, neither a side nor where. */
export function isPlaceOwner(text: string, index: EntityIndex, m: Span): boolean {
  if (!POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3))) return false;
  const next = index.within(m.end + 3, m.end + 80)[0];
  return next !== undefined && next.start === m.end + 3 && next.entity.type === 'PLACE';
}

// "X Council and the Y Municipality (its alias) in northern Ruritania signed …", "la Ville de X au Y et la Ville de Z ont
// signé": a place right after a body of the subject, before the clause's signing verb, says where that body sits.
const SUBJECT_SEAT_BEFORE = new RegExp(String.raw`(?:\s*\([^()]{1,40}\))?\s+(?:in|au|aux|en)\s+(?:la\s+|le\s+|l['’]|the\s+)?(?:${REGION_OF})?$`, 'iu');
const SUBJECT_SEAT_AFTER = /^\s*,?\s*(?:and|et|have|has|ont|a|signed|signent|sign|jointly)(?![\p{L}])/iu;
const SIGNED_BEFORE = /sign|paraph|conclu|inked/iu;

function isSubjectSeat(text: string, index: EntityIndex, region: Span, m: EntityMention): boolean {
  if (!SUBJECT_SEAT_AFTER.test(text.slice(m.end, m.end + 24)) || SIGNED_BEFORE.test(text.slice(region.start, m.start))) return false;
  const before = text.slice(Math.max(region.start, m.start - 70), m.start);
  const seat = SUBJECT_SEAT_BEFORE.exec(before);
  if (!seat) return false;
  const body = index.covering(m.start - before.length + seat.index - 1);
  return body !== undefined && body.entity.type === 'ORG';
}

// "au siège du ministère des Affaires étrangères, à Port-Louis", "at the offices of X, in Y": the body
// is where it happened, and the place after it is the town of that venue.
const PREMISES_BEFORE = new WordSuffixRegex(
  String.raw`(?:au\s+siège|à\s+l['’]hôtel|dans\s+les\s+(?:locaux|bureaux)|aux\s+bureaux|(?:at|in)\s+the\s+(?:headquarters|offices|premises))\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+(?:the\s+)?)`,
);

function isPremises(text: string, m: Span): boolean {
  return isLocative(text, m) || isOnPremises(text, m);
}

function isOnPremises(text: string, m: Span): boolean {
  return PREMISES_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || (PREMISES_AFTER.test(text.slice(m.end, m.end + 24)) && AT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)));
}

// "at Port Hirtshals's headquarters", "in the Chamber's offices": the body's premises.
const PREMISES_AFTER = /^['’]s\s+(?:\p{Ll}+\s+)?(?:headquarters|head\s+office|offices|premises|campus)(?![\p{L}])/u;
const AT_BEFORE = /(?:^|[^\p{L}])(?:at|in)\s+(?:the\s+)?$/iu;

// "The City of Murrin-Bulong, Western Australia, signed", "from Shreveport, Louisiana, arrived":
// a larger place set off by commas right after a body or a smaller place says where it is.
// "to X, in Vardenne province, …": the territory's head word may follow it.
const LOCATOR_AFTER = /^(?:\s+(?:[Pp]rovince|[Rr]egion|[Cc]ounty|[Pp]refecture|[Ss]tate))?\s*(?:,(?!\s*(?:et|and|ainsi|as\s+well|ou|or)\s)|[.;:)]|$)/u;

export function isLocatorApposition(text: string, index: EntityIndex, m: EntityMention): boolean {
  if (m.entity.type !== 'PLACE') return false;
  // "Pointe-Sapin, au Nouveau-Brunswick", "à Évry, dans l'Essonne": the same apposition after a smaller place.
  const preposition = LOCATOR_PREPOSITION.exec(text.slice(Math.max(0, m.start - 32), m.start));
  const end = preposition ? m.start - preposition[0].length : m.start;
  let at = end - 1;
  while (at > 0 && end - at < 4 && isSpaceCode(text.charCodeAt(at))) at--;
  if (text[at] !== ',' || placeRank(m.entity) < 2) return false;
  const owner = index.covering(at - 1);
  if (!owner || owner.entity.type === 'PERSON' || owner.entity === m.entity) return false;
  // "à Kilmarra et à Dublin, en Irlande": the country holds every stop of the list, and is where the trip went.
  if (preposition && (!smallerPlaceIn(owner.entity, m.entity) || LISTED_BEFORE.test(text.slice(Math.max(0, owner.start - 8), owner.start)))) return false;
  if (owner.entity.type === 'PLACE') {
    if (placeRank(owner.entity) >= placeRank(m.entity)) return false;
    if (owner.entity.geo && m.entity.geo && owner.entity.geo.country !== m.entity.geo.country) return false;
  }
  return LOCATOR_AFTER.test(text.slice(m.end, m.end + 24));
}

const LISTED_BEFORE = /(?:^|[^\p{L}])(?:et|and|ou|or)\s+(?:à\s+|au\s+|en\s+|in\s+|to\s+)?$/iu;
// "X, dans l'ouest de la Norlande", "X, in northern Ruritania": a part of the larger place is still its locator.
const LOCATOR_PREPOSITION = new RegExp(String.raw`(?<![\p{L}])(?:au|aux|en|dans\s+(?:le|la|les|l['’])|in(?:\s+the)?)\s*(?:${REGION_OF})?$`, 'iu');

/** `inner` is a smaller place than `outer`, not known to lie in another country. */
function smallerPlaceIn(inner: ExtractedEntity, outer: ExtractedEntity): boolean {
  if (inner.type !== 'PLACE' || placeRank(inner) >= placeRank(outer)) return false;
  return !inner.geo || !outer.geo || inner.geo.country === outer.geo.country;
}

// "before flying home via Toronto", "en passant par Paris": a place passed through.
const VIA_BEFORE = wordRegex(String.raw`\b(?:via|through|en\s+passant\s+par)\s+(?:la\s+|le\s+|l['’]|the\s+)?$`);

function isPassedThrough(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  return /via|through|passant/i.test(before) && VIA_BEFORE.test(before);
}

/** ORG and PLACE mentions of [start, end) that can be parties: appositions and locatives skipped. */
export function partyMentions(text: string, index: EntityIndex, start: number, end: number): EntityMention[] {
  const out: EntityMention[] = [];
  let skipUntil = -1;
  for (const m of index.within(start, end)) {
    if (m.start < skipUntil || refusedAsParty(text, index, m)) continue;
    out.push(m);
    skipUntil = appositionEnd(text, m.end, end);
  }
  return out;
}

// Each of the index's mentions, once: whether it can name no party wherever it stands (asked again for every trigger near it).
const REFUSED_AS_PARTY = new DocumentCache<EntityMention, boolean>();

function refusedAsParty(text: string, index: EntityIndex, m: EntityMention): boolean {
  return REFUSED_AS_PARTY.cached(
    index,
    m,
    () =>
      m.entity.type === 'PERSON' ||
      (m.entity.type === 'PLACE' && (isLocative(text, m) || isLocatorApposition(text, index, m) || isPassedThrough(text, m) || isCapitalOf(text, m) || isPlaceOwner(text, index, m))) ||
      isVenue(text, m),
  );
}

export interface CoordinatedList {
  readonly mentions: EntityMention[];
  /** Where the list stops. */
  readonly end: number;
}

const LIST_LINK = wordRegex(String.raw`[,(]|\b(?:et|and|ainsi\s+que|as\s+well\s+as|ou|or)\b|&`);
const GLUE_WORDS = /[\p{L}\d][\p{L}\d'’-]*/gu;
const GLUE_STOP = /[.;:|!?]/;
// ", et entretient des liens avec", "and has ties with": a verb between the conjunction and the preposition ("et avec Y" stays a list).
const NEW_COMPLEMENT = /\b(?:et|and)\s+(?!(?:aussi|also|avec|with)\s)[^,\s]+[^,]{0,60}?\s(?:avec|with)\s/i;

/**
 * The parties coordinated after "entre" / "between": "X et Y", "d'une part X (A), tous deux
 * basés à …, et d'autre part Y", "X, Y et Z". Stops at the first mention not joined by a
 * comma or a conjunction, so a later "… Rédigé par Z" or "to collaborate on W" is left out.
 */
export function coordinatedList(text: string, index: EntityIndex, start: number, end: number): CoordinatedList {
  const out: EntityMention[] = [];
  let last = start;
  let skipUntil = -1;
  for (const m of index.within(start, end)) {
    if (m.start < Math.max(skipUntil, last)) continue;
    const glue = withoutAbbreviationDot(text.slice(Math.max(last, skipUntil), m.start), text, last);
    if (GLUE_STOP.test(glue) || hasMoreWords(glue, out.length === 0 ? 6 : 5)) break;
    const previous = out[out.length - 1];
    // "Hexham Subsea Engineering of Hexham, …": the town of the body before, no item of its own.
    if (previous && previous.end === last && m.entity.type === 'PLACE' && previous.entity.type === 'ORG' && SEAT_GLUE.test(glue)) {
      last = m.end;
      continue;
    }
    // "…, Middlesbrough software house Kestrel Digital and …": a town and a noun that describe the next body.
    const described = previous !== undefined && previous.end === last && previous.entity.type === 'PLACE' && m.entity.type === 'ORG' && DESCRIBER_GLUE.test(glue);
    if (out.length > 0 && !described && !LIST_LINK.test(text.slice(last, m.start)) && !/^\s*\)/.test(glue)) break;
    // "avec Rastatt, en Allemagne, et entretient des liens avec Kilmarra": a second "avec" opens another clause's complement.
    if (out.length > 0 && NEW_COMPLEMENT.test(glue)) break;
    if (described) out.pop();
    last = m.end;
    if (m.entity.type === 'PERSON' || (m.entity.type === 'PLACE' && (isLocative(text, m) || isLocatorApposition(text, index, m)))) continue;
    out.push(m);
    skipUntil = appositionEnd(text, m.end, end);
  }
  return { mentions: out, end: Math.max(last, skipUntil) };
}

const SEAT_GLUE = /^\s*(?:of|from|in|de|d['’]|du)\s*$/u;
const DESCRIBER_GLUE = /^[\s-]*(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u;

// "Tignish Shellfish Co. and …", "Riverbend Hydrogen Inc. of Edmonton": the dot of a company's legal form, which the name may leave out.
const LEGAL_FORM_END = /(?:^|[^\p{L}])(?:Inc|Corp|Co|Ltd|Ltée|Cie|Bros|Pty|Plc|LLC|L\.L\.C|S\.A|N\.V|B\.V)$/u;

function withoutAbbreviationDot(glue: string, text: string, previousEnd: number): string {
  return glue.startsWith('.') && LEGAL_FORM_END.test(text.slice(Math.max(0, previousEnd - 8), previousEnd)) ? glue.slice(1) : glue;
}

/** More than `most` words in `s`: counted no further than that. */
function hasMoreWords(s: string, most: number): boolean {
  let n = 0;
  GLUE_WORDS.lastIndex = 0;
  while (n <= most && GLUE_WORDS.exec(s)) n++;
  return n > most;
}

/** Where an apposition after a party ends (at the next ", et" / ", and"), or -1 when none starts here. */
function appositionEnd(text: string, from: number, limit: number): number {
  // Both openings need a comma or a bracket after the spaces: most parties are followed by neither.
  if (!opensAside(text, from, Math.min(limit, from + 300))) return -1;
  const rest = text.slice(from, Math.min(limit, from + 300));
  const described = DESCRIPTION_START.exec(rest);
  if (described) return descriptionEnd(rest, from, described[0].length);
  if (!APPOSITION_START.test(rest)) return -1;
  const next = COORDINATION.exec(rest);
  return next ? from + next.index + next[0].length : from + rest.length;
}

/** The first char after the spaces from `from` (before `to`) is a comma or a bracket. */
function opensAside(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 40 || c === 41) return true;
    if (!isSpaceCode(c)) return false;
  }
  return false;
}

/** PERSON mentions of [start, end). */
export function personMentions(index: EntityIndex, start: number, end: number): EntityMention[] {
  return index.within(start, end).filter((m) => m.entity.type === 'PERSON');
}

/** The date mention nearest to `at` inside [start, end); `dates` sorted by start. */
export function nearestDate(dates: readonly DateMention[], start: number, end: number, at: number): DateMention | undefined {
  let best: DateMention | undefined;
  for (let i = firstDateAtOrAfter(dates, start); i < dates.length && dates[i]!.start < end; i++) {
    const d = dates[i]!;
    if (d.end > end) continue;
    if (!best || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  }
  return best;
}

/** Date mentions inside [start, end); `dates` sorted by start. */
export function datesWithin(dates: readonly DateMention[], start: number, end: number): DateMention[] {
  const out: DateMention[] = [];
  for (let i = firstDateAtOrAfter(dates, start); i < dates.length && dates[i]!.start < end; i++) {
    if (dates[i]!.end <= end) out.push(dates[i]!);
  }
  return out;
}

function firstDateAtOrAfter(dates: readonly DateMention[], at: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A place introduced by à / au / en / in / at / to inside the region (outside `exclude`), nearest after `at` first. */
export function findPlace(text: string, index: EntityIndex, region: Span, at: number, exclude?: Span): ExtractedEntity | undefined {
  const places: EntityMention[] = [];
  for (const m of index.within(region.start, region.end)) {
    const spots = placeSpots(text, index, m);
    if (spots === null || (exclude && m.end > exclude.start && m.start < exclude.end) || isSubjectSeat(text, index, region, m)) continue;
    places.push(...spots);
  }
  const after = places.find((m) => m.start >= at);
  return (after ?? places[places.length - 1])?.entity ?? venueTown(text, index, region, exclude);
}

// Each of the index's mentions, once (every trigger of its clause asks again): null for one that is no locative place or
// is a seat wherever it stands, else where it places the event.
const PLACE_SPOTS = new DocumentCache<EntityMention, readonly EntityMention[] | null>();

function placeSpots(text: string, index: EntityIndex, m: EntityMention): readonly EntityMention[] | null {
  return PLACE_SPOTS.cached(index, m, () => {
    const located =
      m.entity.type === 'PLACE' &&
      (isLocative(text, m) || isDestination(text, m)) &&
      !isPartySeat(text, index, m) &&
      !isPostSeat(text, m) &&
      !isDescribedSeat(text, index, m) &&
      !isVenueNamePart(text, m);
    return located ? spotsOf(index, m) : null;
  });
}

/**
 * "signés à Saint-Ovide, à la Cité des sciences": a building is in the town the text names, or in none;
 * "at Hallam City Hall": a building named after its town stands for the town, where it is told.
 * "au Parc des expositions de X", "at X Park": a site named after its town stands for the town (kept when it names none);
 * not a port or an airport, where a trip lands on its way.
 */
function spotsOf(index: EntityIndex, m: EntityMention): EntityMention[] {
  return BUILDING_WORD.test(m.entity.name) ? townInBuilding(index, m) : SITE_WORD.test(m.entity.name) && !TRANSPORT_WORD.test(m.entity.name) ? siteTown(index, m) : [m];
}

// A building or a club, where people meet: "Yacht Club de Portmorvan", "Palais des congrès de Lyon", "Hotel Bristol Oslo".
const VENUE_WORDS = String.raw`club|hôtel|hotel|palais|château|castle|centre|center|salle|hall|guildhall|chambers|maison|house|pavillon|stade|stadium|théâtre|theatre|auditorium|casino|cité|musée|museum|hospital|arena|abbaye|abbey|library|bibliothèque`;
const VENUE_WORD = new RegExp(String.raw`(?:^|[\s'’])(?:${VENUE_WORDS})(?![\p{L}])`, 'iu');
// The same words as a building's head, not a compound's part ("Centre-Val de Loire", "Cité-Limoilou").
const BUILDING_WORD = new RegExp(String.raw`(?:^|[\s'’])(?:${VENUE_WORDS})(?![\p{L}-])`, 'iu');

// "at the Ruritania State Capitol", "at the Ruritania Centre for Innovation": a state or a region whose name runs on into
// capitalised words holding a building's word names the building, not where it stands.
const CAPITALISED_RUN = /^(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,4}/u;
const PUBLIC_BUILDING = /(?:^|\s)(?:capitol|library|college|building)(?![\p{L}])/iu;

function isVenueNamePart(text: string, m: EntityMention): boolean {
  if (namesTown(m.entity)) return false;
  const run = CAPITALISED_RUN.exec(text.slice(m.end, m.end + 60))?.[0];
  return run !== undefined && (VENUE_WORD.test(run) || PUBLIC_BUILDING.test(run));
}

/** A building or a club: "pavillon Jean-Brillant", "Palais consulaire", "Assembly House". */
export function isVenueName(name: string): boolean {
  return VENUE_WORD.test(name);
}

// A site one visits rather than a side: a port, a square, a garden, a street, a shrine, a market ("place d'Armes"), a gorge or a beach.
const SITE_WORD =
  /(?:^|[\s'’])(?:ports?|tradeport|airport|aéroport|place|square|plaza|jardins?|gardens?|parc|park|quai|wharf|esplanade|rue|street|avenue|boulevard|caverne|cave|basilique|basilica|cathédrale|cathedral|église|church|mosquée|mosque|market|marché|monument|gorges?|plage|beach|dune)(?![\p{L}])/iu;

/** A place that is a building, a square, a garden or a port: where a trip went, never a side of it. */
export function isSitePlaceName(name: string): boolean {
  return VENUE_WORD.test(name) || SITE_WORD.test(name);
}

/** The town mention inside a building's name ("Hallam City Hall"), none when the name holds no town. */
function townInBuilding(index: EntityIndex, m: { start: number; end: number; entity: ExtractedEntity }) {
  return index.withinAll(m.start, m.end).filter((x) => x.entity !== m.entity && x.entity.type === 'PLACE' && placeRank(x.entity) === 1).slice(0, 1);
}

const TRANSPORT_WORD = /(?:^|[\s'’])(?:ports?|tradeport|airport|aéroport|quai|wharf)(?![\p{L}])/iu;

/** The town a site's name holds ("Parc des expositions de X"), else the site itself. */
function siteTown(index: EntityIndex, m: { start: number; end: number; entity: ExtractedEntity }) {
  const town = townInBuilding(index, m);
  return town.length > 0 ? town : [m];
}

/**
 * "au Yacht Club de Portmorvan", "at the Hotel Bristol Oslo": a venue named after its town is in that town
 * (a region or a country in a venue's name, "Musée de la Mauricie", does not say which town); so are the premises
 * of a body named after its town ("au siège de la Chambre de commerce de Sfax").
 */
function venueTown(text: string, index: EntityIndex, region: Span, exclude?: Span): ExtractedEntity | undefined {
  for (const m of index.within(region.start, region.end)) {
    if (m.entity.type === 'PERSON' || !((VENUE_WORD.test(m.entity.name) && isLocative(text, m)) || isOnPremises(text, m))) continue;
    if (exclude && m.start < exclude.end && m.end > exclude.start) continue;
    const town = index.withinAll(m.start, m.end).find((x) => x.entity !== m.entity && x.entity.type === 'PLACE' && namesTown(x.entity))?.entity ?? townNamedIn(text.slice(m.start, m.end), index, m.entity);
    if (town) return town;
  }
  return undefined;
}

/** A town of the document whose name is a word of `name` ("Port Hirtshals"), when the index holds no mention of it there. */
export function townNamedIn(name: string, index: EntityIndex, venue: ExtractedEntity): ExtractedEntity | undefined {
  return index.entities.find((e) => e !== venue && e.type === 'PLACE' && placeRank(e) === 1 && containsWord(name, e.name));
}

function containsWord(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? ' ');
}

// "The signing is planned for X in May": where a planned event is set.
const DESTINATION_BEFORE = new WordSuffixRegex(String.raw`(?:to|vers|pour|(?:planned|scheduled|slated|set)\s+for|(?:rendue?s?|rendre)\s+(?:à|au|en|aux)|visité|visited|visiting|visit)\s+(?:la\s+|le\s+|l['’]|the\s+)?`);

export function isDestination(text: string, m: Span): boolean {
  return DESTINATION_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
}

const OCCASION = new WordStartRegex(
  String.raw`(?:dans\s+le\s+cadre\s+d[ue]s?|à\s+l['’]occasion\s+d[ue]s?|lors\s+d[ue]s?|en\s+marge\s+d[ue]s?|au\s+cours\s+d[ue]s?|during|on\s+the\s+sidelines\s+of|on\s+the\s+margins?\s+of|at\s+the\s+occasion\s+of)\s+(?:la\s+|l['’]|le\s+|the\s+)?`,
  'giu',
);
// Cheap pre-check: every occasion cue contains one of these.
const OCCASION_STEM = /cadre|occasion|lors|marge|cours|during|sidelines|margin/i;
const OCCASION_STOP = /[,;:.()«»"“”]|\s(?:à|au|in|at|qui|which|où|where|afin|pour|to|tenue?s?|held|entre|between|avec|with|et|and)\s/u;
const OCCASION_HEAD = /^(?:\p{Lu}|\d|(?:salon|sommet|forum|congrès|rencontre|mission|visite|colloque|foire|conférence|assemblée|réunion|summit|conference|meeting|visit|fair|trade\s+show|second|first|third|annual|\d)(?![\p{L}]))/u;

/** The event around which it took place: "dans le cadre du salon X", "during the Y Summit". */
export function findOccasion(text: string, start: number, end: number): string | undefined {
  const span = findOccasionSpan(text, start, end);
  return span && text.slice(span.start, span.end);
}

/** Where the occasion's name lies, so that places inside it ("Sommet Maine-Québec") are not parties. */
export function findOccasionSpan(text: string, start: number, end: number): Span | undefined {
  // A clause's occasion is asked for again by the party, argument and trip finders of each trigger in it.
  if (occasions?.text !== text) occasions = { text, byClause: new Map() };
  let byEnd = occasions.byClause.get(start);
  if (!byEnd) occasions.byClause.set(start, (byEnd = new Map()));
  const known = byEnd.get(end);
  if (known !== undefined || byEnd.has(end)) return known;
  const span = searchOccasion(text, start, end);
  byEnd.set(end, span);
  return span;
}

// The last document's occasions, by clause start and end.
let occasions: { readonly text: string; readonly byClause: Map<number, Map<number, Span | undefined>> } | undefined;

function searchOccasion(text: string, start: number, end: number): Span | undefined {
  const slice = text.slice(start, end);
  if (!OCCASION_STEM.test(slice)) return undefined;
  for (const m of OCCASION.all(slice)) {
    const from = m.index + m[0].length;
    const rest = slice.slice(from, from + 120);
    const stop = OCCASION_STOP.exec(rest);
    const raw = stop ? rest.slice(0, stop.index) : rest;
    const phrase = raw.trim();
    if (OCCASION_HEAD.test(phrase) && phrase.length > 3) {
      const s = start + from + (raw.length - raw.trimStart().length);
      return { start: s, end: s + phrase.length };
    }
  }
  return undefined;
}
