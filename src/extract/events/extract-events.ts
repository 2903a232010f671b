import type { DateMention } from '../dates/extract-dates.js';
import { isSingleDay } from '../dates/iso-value.js';
import { wordRegex } from '../text/word-regex.js';
import type { ExtractedEntity, ExtractedEvent, Language, Span } from '../types.js';
import { EntityIndex } from './entity-index.js';
import { findEventWords } from './event-words.js';
import { findEventMentions, type MentionContext } from './find-event-mentions.js';
import { findAllTriggers, type Trigger } from './find-triggers.js';
import { mergeMentions, type EventDraft } from './merge-mentions.js';
import { findPlace } from './find-arguments.js';
import { titleZones } from './title-zones.js';
import { fold, foldedName, sameParty } from './same-party.js';
import { TOWN_BODY_HEAD, TOWN_BODY_TAIL } from '../lexicons/town-body-words.js';
import { territoryOf } from './pair-anaphor.js';
import { MAX_MENTIONS, nextSentence, uniqueEntities } from './mention-context.js';
import { firstAtOrAfter } from '../text/first-at-or-after.js';
import type { EventMention } from './event-mention.js';
import { keepOneHost, withoutHomeCountry, withoutVenueHosts } from './mission-hosts.js';
import { withoutAliasRepeats } from './alias-repeats.js';
import { describedSides } from './described-place.js';
import { sameDay } from './same-day.js';
import { mergeRetoldEvents } from './retold-events.js';
import { pronounLeaders } from './pronoun-leader.js';
import { titleLeaders } from './title-leader.js';
import { titleSigners } from './title-signer.js';
import { plannedDatesNearby } from './planned-date-nearby.js';
import { withoutCouncilDays } from './vote-date.js';
import { signersAfter } from './signers-after.js';
import { signersByAgent, withoutWitnesses } from './signed-by.js';
import { signerSubjects } from './signer-subjects.js';
import { tripMembers } from './trip-members.js';
import { listedMembers } from './listed-members.js';
import { tripCompanions } from './trip-companions.js';
import { hostsIn, tripHosts } from './trip-hosts.js';
import { demonymTravellers, tripOrganisers } from './trip-organisers.js';
import { nextDay } from './next-day.js';
import { plannedTripSignings } from './planned-trip-signing.js';
import { pronounPlaces } from './pronoun-place.js';
import { linkedSides } from './linked-sides.js';
import { withoutHeadlineOnlySides } from './headline-sides.js';
import { signerBodySides, withoutSignerBodies } from './signer-bodies.js';
import { withoutLocatedPlaces } from './located-places.js';
import { countryOf, insideTerritory, placeRank, seedWordedRegions } from './place-rank.js';
import { tripDayPlaces } from './trip-day-place.js';
import { legTowns } from './leg-town.js';
import { hostTownSignings } from './host-town-signing.js';
import { sideOfLeader } from './leader-side.js';
import { leaderBodies } from './leader-body.js';
import { electedTripBodies } from './elected-trip.js';
import { listedSignings } from './listed-signing.js';
import { thatDay } from './that-day.js';
import { headingPlaces } from './heading-place.js';
import { withoutNamesakePlaces } from './namesake-place.js';
import { isStartOfEffect } from './start-of-effect.js';
import { datesFirstSigning } from './earlier-agreement.js';
import { sameDayPlaces } from './same-day-place.js';
import { signingTownTrips } from './signing-town-trip.js';
import { sameCeremony } from './same-ceremony.js';
import { duringTrip, nearbyStays, tripSpans } from './trip-span.js';
import { laterSignings } from './later-signing.js';
import { announcedSignings } from './announced-signings.js';
import { plannedSigningDates } from './planned-signing-date.js';
import { mentionedWeekday } from './weekday-date.js';
import { programmeDays } from './programme-day.js';
import { headNounSubjects } from './head-noun-subject.js';
import { unnamedTownHalls } from './unnamed-town-hall.js';
import { townBodySides } from './town-body-sides.js';
import { balancedTownSides, bodyForTown, tripTownBodies } from './balanced-town-sides.js';
import { tripTowns } from './trip-town.js';
import { tripSigningTowns } from './trip-signing-town.js';
import { summarySignings } from './summary-signing.js';
import { hostedAgain } from './hosted-again.js';
import { storyPlaces } from './story-place.js';
import { signerLeadsTrip } from './signer-leads-trip.js';
import { withoutNonPersonSigners } from './person-signers.js';
import { tripTownSides } from './trip-town-side.js';
import { councilHomeSides } from './council-home-side.js';

export interface EventInput {
  readonly text: string;
  readonly language: Language;
  readonly sentences: readonly Span[];
  readonly entities: readonly ExtractedEntity[];
  readonly dates: readonly DateMention[];
}

/**
 * Agreement and mission events: trigger nouns found per sentence, arguments taken from the
 * clause (parties, signatories, date, place, occasion, status), mentions of one event merged,
 * and missing dates or a missing second party filled from the neighbouring text.
 */
export function extractEvents(given: EventInput): ExtractedEvent[] {
  // Written out rather than spread, which V8 copies by its slow generic path here.
  // "pour la période 2025-2027", "valid until 2027", "d'ici la fin de 2024": how long an agreement runs or
  // a deadline, never when it was signed; "linked since 1993", "depuis 2019": how long a tie has lasted.
  // "prévoient de signer … d'ici juin 2027" names the month a plan is for, and stays; so do "signé fin
  // janvier 2027" and "d'ici fin 2027", where "fin" without "de" marks a part of the month or year.
  const input: EventInput = {
    text: given.text,
    language: given.language,
    sentences: given.sentences,
    entities: given.entities,
    dates: given.dates.filter((d) => !isDuration(given.text, d) && !isStartOfEffect(given.text, d)).sort((a, b) => a.start - b.start),
  };
  const index = new EntityIndex(input.entities, input.text);
  seedWordedRegions(input.text, input.entities);
  const lines = datelines(input.text);
  const words = findEventWords(input.text);
  const ctx: MentionContext = {
    text: input.text,
    index,
    // "QUEBEC CITY, May 2, 2022 —" dates the news, not the event of its sentence (still a fallback below).
    dates: input.dates.filter((d) => !lines.some((l) => l.start <= d.start && d.end <= l.end)),
    titles: titleZones(input.text, index, words.titles),
    datelines: lines,
    allDates: input.dates,
  };
  const found = bySentence(input.sentences, findAllTriggers(input.text, words.nouns))
    .slice(0, MAX_EVENT_SENTENCES)
    .flatMap(([s, inside]) => findEventMentions(ctx, s, inside));
  const mentions = headingPlaces(thatDay(listedSignings(found, ctx), input.sentences, ctx), ctx);
  const drafts = hostedAgain(mergeRetoldEvents(mergeMentions(mentions, index), input.text), ctx);
  linkedSides(drafts, ctx);
  withoutHeadlineOnlySides(drafts, input.text);
  withoutSignerBodies(drafts, ctx);
  withoutLocatedPlaces(drafts, ctx);
  tripSpans(drafts, ctx.dates);
  nearbyStays(drafts, input.sentences, ctx.dates, ctx);
  const eventCounts = countEventParties(drafts);
  // An event whose sides cannot be named from the text is dropped: parties must be entities.
  tripOrganisers(drafts, input.sentences, ctx);
  tripMembers(drafts, input.sentences, ctx);
  listedMembers(drafts, input.sentences, ctx);
  tripCompanions(drafts, ctx);
  const beforeHosts = new Map(drafts.map((d) => [d, new Set(d.parties)]));
  tripHosts(drafts, input.sentences, ctx);
  const hostTowns = receivingTowns(drafts, beforeHosts, ctx);
  // A plan signed "there" or "during that visit" takes the trip told just before, not a trip of another time.
  plannedDatesNearby(drafts, input.sentences, ctx);
  for (const d of drafts) borrowFromTrip(d, drafts, input.text);
  for (const d of drafts) withoutVenueHosts(d);
  sideOfLeader(drafts, ctx);
  demonymTravellers(drafts, ctx);
  for (const d of drafts) hostFromAgreement(d, drafts, index);
  for (const d of drafts) keepOneHost(d, input.text, index);
  for (const d of drafts) withoutHomeCountry(d);
  sameDay(drafts, input.text, ctx.dates);
  nextDay(drafts, input.text, ctx.dates);
  withoutCouncilDays(drafts, input.text);
  plannedSigningDates(drafts);
  // Again after the day rules, which can leave a plan undated (two fixture documents need this second pass).
  plannedDatesNearby(drafts, input.sentences, ctx);
  programmeDays(drafts, input.text, ctx.allDates ?? ctx.dates);
  pronounLeaders(drafts, input.sentences, ctx);
  titleLeaders(drafts, input.sentences, ctx);
  leaderBodies(drafts, ctx);
  electedTripBodies(drafts, ctx);
  signersAfter(drafts, input.sentences, ctx);
  signersByAgent(drafts, input.sentences, ctx);
  signerSubjects(drafts, input.sentences, ctx);
  titleSigners(drafts, input.sentences, ctx);
  withoutWitnesses(drafts, ctx);
  signerBodySides(drafts, ctx);
  pronounPlaces(drafts, input.sentences, ctx);
  // After the ceremony's place is read ("La cérémonie s'est tenue à X"), so that a signing at the same one takes it.
  sameCeremony(drafts, input.text);
  announcedSignings(drafts, input.sentences, ctx);
  unnamedTownHalls(drafts, ctx);
  headNounSubjects(drafts, ctx);
  laterSignings(drafts, input.sentences, ctx);
  townBodySides(drafts, ctx);
  balancedTownSides(drafts, ctx);
  tripTownBodies(drafts);
  tripDayPlaces(drafts);
  legTowns(drafts, ctx);
  hostTownSignings(drafts, ctx);
  signingTownTrips(drafts, input.sentences, ctx);
  tripTowns(drafts, ctx);
  summarySignings(drafts, input.text);
  signerLeadsTrip(drafts, ctx);
  withoutNonPersonSigners(drafts, ctx);
  plannedTripSignings(drafts, input.text, (t) => t.place ?? hostTowns.get(t) ?? hostPlace(t.parties));
  // The dateline places the story's lead agreement and those signed on a day it tells, not those recalled after it.
  const lead = drafts.find((d) => d.type === 'agreement');
  const filedAt = datelinePlace(input.text, lines, index);
  const issue = issueDate(input, lines);
  storyPlaces(drafts, ctx, filedAt, hostTowns);
  tripTownSides(drafts, hostTowns);
  councilHomeSides(drafts, ctx, filedAt);
  return tripSigningTowns(sameDayPlaces(drafts.map((d) => toEvent(d, { eventCounts, input, storyDates: ctx.dates, index, filedAt, lead: d === lead, hostTown: hostTowns.get(d), issue })).filter((e) => e.parties.length > 0)), index);
}

// A town's own body ("Ville de X", "mairie de X", "City of X"), not a county's or a region's ("MRC de X", "X County").
// "Municipalidad de X", "X City Council", "X Municipal Council" too.
const TOWN_BODY = new RegExp(String.raw`^(?:la\s+|the\s+)?${TOWN_BODY_HEAD}\s+(?:de\s+|d['’]|of\s)|\s${TOWN_BODY_TAIL}$`, 'iu');

/**
 * "Les visiteurs ont été accueillis par la Ville de X", "The City of X hosted the delegation": a trip received by
 * a town's own body went to that town (the fallback when the text tells no place for the trip).
 */
function receivingTowns(drafts: readonly EventDraft[], before: ReadonlyMap<EventDraft, ReadonlySet<ExtractedEntity>>, ctx: MentionContext): Map<EventDraft, ExtractedEntity> {
  const out = new Map<EventDraft, ExtractedEntity>();
  for (const d of drafts) {
    if (d.type !== 'mission') continue;
    const had = before.get(d);
    // The hosts read after the trip's sentences, then those its own sentences name.
    const hosts = [...d.parties.filter((p) => !had?.has(p)), ...d.mentions.flatMap((m) => hostsIn(ctx, m.sentence))];
    for (const host of hosts) {
      if (host.type !== 'ORG' || !TOWN_BODY.test(host.name)) continue;
      const town = territoryOf(host, ctx.index);
      // "La Ville de X et l'Université de Y ont accueilli …": a body of another place among the hosts leaves it open.
      if (town && placeRank(town) === 1 && hosts.every((h) => h.type !== 'ORG' || fold(h.name).includes(fold(town.name)))) out.set(d, town);
      break;
    }
  }
  return out;
}

const DURATION_BEFORE = wordRegex(
  String.raw`\b(?:période|durée|horizon|jusqu['’](?:en|au|à)|valable\s+jusqu['’](?:en|au|à)|fin(?=\s+(?:de|du|d['’]))|period|term|until|through|valid\s+(?:until|through)|by|end|depuis|since|(?:expire[sd]?|expiring|lapsed?)\s+in|(?:expir(?:e|é|ée|ait|era|ant)|échéance)\s+en)\s+(?:de\s+|du\s+|d['’]|of\s+)?(?:la\s+|l['’]|the\s+)?$`,
  'iu',
);

const DURATION_STEM = /période|durée|horizon|jusqu|fin|period|term|until|through|valid|by|end|depuis|since|expir|lapse|échéance/i;

// "d'ici la fin de <année>", "intend to sign by the end of 2027": the deadline of a plan is
// the year it is planned for, where "valid until the end of 2027" tells how long an agreement runs.
const DEADLINE_BEFORE = /(?<![\p{L}])(?:d['’]ici|by|before)\s{1,3}(?:la\s{1,3}|the\s{1,3})?(?:fin|end)\s{1,3}(?:de|of)\s{1,3}$/iu;

function isDuration(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.start - 30), d.start);
  return DURATION_STEM.test(before) && DURATION_BEFORE.test(before) && !DEADLINE_BEFORE.test(before);
}

// A news article names a handful of agreements and trips in a few dozen sentences; past this
// many trigger sentences the input is not an article, and the rest is left unread (bounded time).
const MAX_EVENT_SENTENCES = 300;

/** Sentences that hold triggers, each with its triggers (both lists in text order: one sweep). */
function bySentence(sentences: readonly Span[], triggers: readonly Trigger[]): [Span, Trigger[]][] {
  const out: [Span, Trigger[]][] = [];
  let i = 0;
  for (const s of sentences) {
    while (i < triggers.length && triggers[i]!.start < s.start) i++;
    const inside: Trigger[] = [];
    for (let j = i; j < triggers.length && triggers[j]!.start < s.end; j++) if (triggers[j]!.end <= s.end) inside.push(triggers[j]!);
    if (inside.length > 0) out.push([s, inside]);
  }
  return out;
}

// "PORTLAND —", "MADAWASKA –", "Grand-Ruisseau, 3 juin 2005 –" at the start of a line; also the wire
// forms "HALIFAX, Nov. 4, 2024 /CNW/ –", "SUDBURY, ON, April 8, 2025 /CNW/ -", "RALEIGH, N.C. (Sept. 16, 2024) –".
// Sticky, tried at a line start only: a dateline never spans a line break, and a search
// over the whole text would try the pattern at every offset.
const DATELINE =
  /^[ \t]*(?:\p{Lu}[\p{L}'’. -]{1,40}?(?:[ \t]*\([\p{L}. -]{1,20}\))?(?:,[ \t]*[\p{L}\d. ]{1,30}){0,3}(?:[ \t]*\([\p{L}\d.,'’ -]{1,30}\))?(?:[ \t]*\/[\p{L} ]{1,20}\/)?)[ \t]+[–—-]{1,2}[ \t]/ymu;
const DATE_BETWEEN_DASHES = /(?:\p{L}{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}(?:er)?[ \t]+\p{L}{3,9}\.?[ \t]+\d{4})[ \t]+[–—-]{1,2}[ \t]/uy;
// Every dateline holds a dash after a space or a tab: only the lines that hold one are tried
// (the pattern backtracks a lot over a long line with commas).
const SPACED_DASH = /[ \t][–—-]/g;

function datelines(text: string): Span[] {
  const out: Span[] = [];
  let tried = -1;
  // The line start of the last dash, and how far the text was read for line breaks: each char is read once.
  let start = 0;
  let read = 0;
  SPACED_DASH.lastIndex = 0;
  for (let dash = SPACED_DASH.exec(text); dash; dash = SPACED_DASH.exec(text)) {
    start = lineStart(text, dash.index, read, start);
    read = dash.index;
    if (start === tried) continue;
    tried = start;
    DATELINE.lastIndex = start;
    const m = DATELINE.exec(text);
    if (!m) continue;
    // "HOUSTON — Feb. 27, 2026 — A trade mission …": the date between two dashes is the dateline's too.
    DATE_BETWEEN_DASHES.lastIndex = m.index + m[0].length;
    const date = DATE_BETWEEN_DASHES.exec(text);
    out.push({ start: m.index, end: date ? date.index + date[0].length : m.index + m[0].length });
  }
  return out;
}

/** Where the line holding `at` starts: after the last line break in text[from, at), else `otherwise`. */
function lineStart(text: string, at: number, from: number, otherwise: number): number {
  for (let i = at; i > from; i--) if (isLineBreak(text.charCodeAt(i - 1))) return i;
  return otherwise;
}

/** The line breaks of a dateline's `m` flag: \n, \r, U+2028, U+2029. */
function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** The place a dateline names ("GASPÉ –", "WINNIPEG, Oct. 6, 2025 /CNW/ -"), when the document knows it. */
function datelinePlace(text: string, lines: readonly Span[], index: EntityIndex): ExtractedEntity | undefined {
  // A masthead ("AVIGNON HEBDO — Culture | …") may come first: the first line that names a place.
  for (const line of lines.slice(0, 3)) {
    const city = fold(text.slice(line.start, line.end).split(/[,(/–—]|\s-/u)[0] ?? '');
    const place = index.entities.find((e) => e.type === 'PLACE' && fold(e.name) === city);
    if (place) return place;
  }
  return releasePlace(text, index);
}

// "X, le 6 novembre 2026", "X, mardi 3 mars 2026", "X, 9 November 2026", "KOCHI, Nov. 13, 2026" alone on one of the
// first lines of a press release: the town it was issued from (no dash, so not a dateline above). A narrow column
// breaks it across two lines ("KOCHI, Nov.\n13, 2026", "KOCHI\nNov. 13, 2026"). Sticky, tried at each line start.
const DAY_MONTH_YEAR = String.raw`(?:\p{L}{5,8}[ \t]+)?\d{1,2}(?:er)?[ \t]+\p{L}{3,9}[ \t]+\d{4}`;
const MONTH_DAY_YEAR = String.raw`(?:\p{L}{6,9},?[ \t]+)?\p{L}{3,9}\.?(?:[ \t]+|[ \t]*\r?\n[ \t]*)\d{1,2},[ \t]+\d{4}`;
const RELEASE_TOWN = String.raw`[ \t]*(\p{Lu}[\p{L}'’. -]{1,40})`;
const RELEASE_END = String.raw`[ \t]*(?:\r?\n|$)`;
const RELEASE_LINE = new RegExp(
  String.raw`${RELEASE_TOWN},(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:le[ \t]+)?(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})${RELEASE_END}`,
  'uy',
);
// The town alone on its line, the date alone on the next.
const TOWN_THEN_DATE_LINE = new RegExp(String.raw`${RELEASE_TOWN}[ \t]*\r?\n[ \t]*(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})${RELEASE_END}`, 'uy');
// The first lines of a document only: a release line further down is a quoted letter or a programme.
const RELEASE_HEAD = 400;

function releasePlace(text: string, index: EntityIndex): ExtractedEntity | undefined {
  const head = text.slice(0, RELEASE_HEAD);
  for (let start = 0; start < head.length; start = head.indexOf('\n', start) + 1) {
    RELEASE_LINE.lastIndex = start;
    const m = RELEASE_LINE.exec(head);
    if (m) {
      const city = fold(m[1]!);
      return index.entities.find((e) => e.type === 'PLACE' && fold(e.name) === city);
    }
    TOWN_THEN_DATE_LINE.lastIndex = start;
    const lines = TOWN_THEN_DATE_LINE.exec(head);
    // A masthead or a headline above the issue's date is no town: only a place the document knows is.
    const town = lines && index.entities.find((e) => e.type === 'PLACE' && fold(e.name) === fold(lines[1]!));
    if (town) return town;
    if (head.indexOf('\n', start) < 0) break;
  }
  return undefined;
}

function countEventParties(drafts: readonly EventDraft[]): Map<ExtractedEntity, number> {
  const counts = new Map<ExtractedEntity, number>();
  for (const d of drafts) for (const p of d.parties) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}

// "lors de la venue d'une délégation", "during a visit by a delegation" too.
const DURING_TRIP =
  /(?:lors|au\s+cours|pendant|durant|à\s+l['’]issue|during|at\s+the\s+end|in\s+the\s+course)\s+(?:de\s+|d['’]|du\s+|of\s+)?(?:la\s+|le\s+|l['’]|ce\s+|cet\s+|cette\s+|sa\s+|son\s+|leur\s+|une\s+|the\s+|this\s+|their\s+|its\s+|an?\s+)?(?:visite|mission|séjour|voyage|venue|visit|trip|stay)/iu;
// "During that visit, X and Y expect to sign …", "lors de cette visite", "hope to use that visit to sign": the trip told just before.
const THAT_OCCASION =
  /(?:à|en|pour)\s+cette\s+occasion|on\s+(?:this|that|the)\s+occasion|pendant\s+(?:ce|son|leur)\s+séjour|during\s+(?:their|its|the)\s+(?:stay|trip)|during\s+(?:that|this)\s+(?:visit|trip|stay|mission)|(?:lors|au\s+cours)\s+de\s+(?:cette|ce)\s+(?:visite|mission|séjour|déplacement|venue)|us(?:e|ing)\s+(?:that|this)\s+(?:visit|trip|stay|mission)\s+to|profit(?:er|ant)\s+de\s+(?:cette|ce)\s+(?:visite|mission|séjour|venue)\s+pour/iu;

/**
 * An agreement signed during a trip ("À l'issue de cette visite, …", "during the mission") whose
 * clause gives no date or place was signed when and where the trip was.
 */
function borrowFromTrip(d: EventDraft, drafts: readonly EventDraft[], text: string): void {
  if (d.type !== 'agreement' || (d.date && d.place)) return;
  const sentences = new Set(d.mentions.map((m) => m.sentence.start));
  const first = d.mentions[0]!;
  // "Les deux villes ont signé à cette occasion …": the occasion is the trip told just before.
  const told = d.mentions.map((m) => text.slice(m.sentence.start, m.sentence.end));
  const onThatOccasion = told.some((s) => THAT_OCCASION.test(s));
  // A plan told beside a trip ("En visite au Sénégal, il souhaite une convention") is not signed on it.
  if (d.status === 'planned' && !onThatOccasion && !told.some((s) => DURING_TRIP.test(s))) return;
  const trip =
    drafts.find((t) => t.type === 'mission' && t.mentions.some((m) => sentences.has(m.sentence.start))) ??
    (onThatOccasion ? [...drafts].reverse().find((t) => t.type === 'mission' && t.mentions[0]!.region.end <= first.region.start) : undefined);
  // "The idea dates back to a business mission to X in 2019": a trip of another time is not this signing's.
  if (!trip || (d.date && trip.date && !duringTrip(d.date.value, trip.date.value))) return;
  d.date ??= trip.date;
  d.place ??= trip.place;
}

/**
 * A trip with one side named, whose side signs an agreement with a partner, went to that
 * partner ("signed … during a visit by a Bavarian delegation": the host is Bavaria's partner).
 */
function hostFromAgreement(d: EventDraft, drafts: readonly EventDraft[], index: EntityIndex): void {
  if (d.type !== 'mission' || d.parties.length !== 1) return;
  const side = d.parties[0]!;
  const deal = drafts.find((a) => a.type === 'agreement' && a.parties.length === 2 && a.parties.some((p) => sameParty(p, side)));
  const other = deal?.parties.find((p) => !sameParty(p, side));
  // A trip whose side is a territory went to a territory: "Ville de Lescarrès" is received as Lescarrès.
  if (other) d.parties = [...d.parties, side.type === 'PLACE' ? (territoryOf(other, index) ?? other) : other];
  // Else the place visited is the host.
  else if (d.place && !sameParty(d.place, side)) d.parties = [...d.parties, d.place];
}

/** What toEvent reads besides the draft: the document's entities, dates and filing place, and the draft's standing in it. */
interface ToEventOptions {
  readonly eventCounts: ReadonlyMap<ExtractedEntity, number>;
  readonly input: EventInput;
  readonly storyDates: readonly DateMention[];
  readonly index: EntityIndex;
  readonly filedAt: ExtractedEntity | undefined;
  /** The draft is the story's lead agreement. */
  readonly lead: boolean;
  readonly hostTown: ExtractedEntity | undefined;
  readonly issue: DateMention | undefined;
}

function toEvent(d: EventDraft, options: ToEventOptions): ExtractedEvent {
  const { eventCounts, input, storyDates, index, filedAt, lead, hostTown, issue } = options;
  // A planned agreement happens later, an earlier one happened before: a date or place told
  // elsewhere in the text is not its own.
  const planned = d.type === 'agreement' && (d.status === 'planned' || d.historic === true);
  const date = d.date ?? (planned ? sentenceDate(d, input) : fallbackDate(d, input, storyDates, issue));
  // An agreement signed with no place told was signed where the news was filed ("GASPÉ – … ont renouvelé").
  // "On Tuesday, May 5, X and Y signed … at the Lakeview Pavilion": a day of the story, where it was filed; a year alone may be an earlier one.
  const filed = lead || (date !== undefined && DAY_DATE.test(date.value)) ? filedAt : undefined;
  const place = d.place ?? (d.date || planned ? undefined : placeNear(date, input.text, index)) ?? (d.type === 'agreement' && !planned ? filed : undefined);
  const parties = withoutNamesakePlaces(d.type, d.parties, withoutLocatingPlaces(d, withoutAliasRepeats(uniqueEntities(describedSides(d.type, fillSecondParty(d, eventCounts, index), index)))));
  // Key by key in the output's order: conditional spreads here took V8's slow generic copy.
  const event: Record<string, unknown> = { type: d.type };
  if (d.type === 'agreement') event.status = d.status ?? 'signed';
  event.kind = d.kind;
  event.parties = parties.map((p) => p.name);
  // "X hopes to sign it in May", "would be signed by Mayor Y": who means to sign has signed nothing yet.
  event.signatories = d.type === 'agreement' && d.status === 'planned' ? [] : d.signatories.map((p) => p.name);
  if (date) {
    event.date = date.value;
    event.dateText = date.text;
  }
  const where = filedInside(d, place, planned, filedAt) ?? place ?? (d.type === 'mission' ? (hostTown ?? hostPlace(parties)) : undefined);
  if (where) event.place = where.name;
  if (d.occasion) event.occasion = d.occasion;
  event.confidence = confidence(d);
  event.evidence = evidence(d);
  return event as unknown as ExtractedEvent;
}

const DAY_DATE = /-\d\d-\d\d$/;

/**
 * "VARNA, Nov 19 — … signed a memorandum, capping a visit by a trade mission to Bulgaria": a signing placed only as a region
 * or a country (often the trip's) was signed in the town the story was filed from, when that town lies in it.
 */
function filedInside(d: EventDraft, place: ExtractedEntity | undefined, planned: boolean, filedAt: ExtractedEntity | undefined): ExtractedEntity | undefined {
  if (d.type !== 'agreement' || planned || !place || !filedAt || placeRank(place) === 1 || placeRank(filedAt) !== 1) return undefined;
  // A state the entity finder left unplaced still has the gazetteer's country.
  const inside = insideTerritory(filedAt, place) || (!place.geo && filedAt.geo !== undefined && countryOf(place) === filedAt.geo.country);
  return inside ? filedAt : undefined;
}

/** A trip with no place told goes to its host: the first territory among its parties after the travellers. */
function hostPlace(parties: readonly ExtractedEntity[]): ExtractedEntity | undefined {
  for (let i = 1; i < parties.length; i++) if (parties[i]!.type === 'PLACE') return parties[i];
  return undefined;
}

/**
 * An agreement signed by two or more bodies binds those bodies: a territory named beside them
 * (their region, their country) only locates them. A territory is a party when it stands for
 * one side itself ("la Région Occitanie et l'Oriental").
 */
function withoutLocatingPlaces(d: EventDraft, parties: ExtractedEntity[]): ExtractedEntity[] {
  if (d.type !== 'agreement') return parties;
  // Two spellings of one body ("communauté d'agglomération (de) X") are one side.
  const bodies: ReadonlySet<string>[] = [];
  for (const p of parties) {
    if (p.type !== 'ORG') continue;
    const words = contentWords(p);
    if (!bodies.some((b) => sameWords(b, words))) bodies.push(words);
  }
  return bodies.length >= 2 ? parties.filter((p) => p.type !== 'PLACE') : parties;
}

const LINK_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the', 'and', 'et']);

const CONTENT_WORDS = new WeakMap<ExtractedEntity, ReadonlySet<string>>();

/** The folded words of a body's name but for link words; once per entity (a body is a side of several events). */
function contentWords(e: ExtractedEntity): ReadonlySet<string> {
  let words = CONTENT_WORDS.get(e);
  if (!words) CONTENT_WORDS.set(e, (words = splitContentWords(e)));
  return words;
}

function splitContentWords(e: ExtractedEntity): Set<string> {
  return new Set(foldedName(e).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !LINK_WORDS.has(w)));
}

function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((w) => b.has(w));
}

function sentenceDate(d: EventDraft, input: EventInput): DateMention | undefined {
  const { start, end } = d.mentions[0]!.sentence;
  return input.dates.find((x) => x.start >= start && x.end <= end);
}

/** No date in the clause: the sentence, then its line, then the nearest date before, then one just after. */
function fallbackDate(d: EventDraft, input: EventInput, storyDates: readonly DateMention[], issue: DateMention | undefined): DateMention | undefined {
  const first = d.mentions[0]!;
  const { start, end } = first.sentence;
  // "DIEPPE, le 8 octobre – X et Y ont signé mercredi …, conclue le 7 octobre": the sentence that opens on the
  // dateline dates the news; a date of its own, or the ceremony's told next, dates the signing.
  // "… renewed their agreement, first signed in 2017": that year is the first signing's, told as an event of its own.
  const dates = d.mentions.some((m) => m.renewal) ? input.dates.filter((x) => !datesFirstSigning(input.text, x)) : input.dates;
  const inSentence = dates.find((x) => x.start >= start && x.end <= end);
  const ownDate = inSentence && storyDates.find((x) => x.start >= start && x.end <= end);
  if (ownDate) return ownDate;
  if (d.type === 'agreement') {
    const held = ceremonyDate(first.sentence, input) ?? ceremonyBefore(d.mentions, input) ?? signedAgainAfter(d.mentions, input);
    if (held) return held;
  }
  if (inSentence) return inSentence;
  if (d.type === 'agreement') {
    // "ont signé mardi une entente": the day that weekday names.
    const sentences = d.mentions.slice(0, MAX_MENTIONS).map((m) => m.sentence);
    const named = mentionedWeekday(input.text, sentences, dates, issue);
    if (named) return named;
  }
  const line = lineOf(input.text, start);
  if (isHeading(input.text, line)) {
    // "Le Courrier | Jeudi 19 novembre 2026 | Par X" under a headline dates the issue, not what the story tells.
    // So does the dateline's own date ("Carvelle, jeudi 19 novembre 2026 – … ont signé leur convention mardi 17 novembre").
    const next = dates.find((x) => x.start >= line.end && x.start - line.end < 400 && !isIssueLine(input.text, x) && storyDates.includes(x));
    if (next) return next;
  }
  const onLine = dates.filter((x) => x.start >= line.start && x.end <= line.end);
  if (onLine.length > 0) return nearest(onLine, start);
  const before = dates.filter((x) => x.end <= start);
  // A day ("le 15 juin") dates a meeting; a period ("2012-2014") rarely does.
  const day = before.filter((x) => /\d{2}-\d{2}(?:\/|$)/.test(x.value));
  if (day.length > 0) return day[day.length - 1];
  if (before.length > 0) return before[before.length - 1];
  return dates.find((x) => x.start >= end && x.start - end < 400);
}

// "La cérémonie s'est tenue le samedi 12 septembre", "The signing ceremony took place on Friday, May 3": the day of the
// signing told in the sentence right after it.
const CEREMONY_HELD_ON =
  /^\s*(?:La\s+(?:cérémonie|signature)(?:\s+de\s+signature)?|The\s+(?:signing\s+)?(?:ceremony|signing))\s+(?:s['’]est\s+(?:tenue|déroulée)|a\s+eu\s+lieu|avait\s+eu\s+lieu|took\s+place|was\s+held)(?![\p{L}])/u;

// "The deal was signed on Monday, 2 March at …", "Le document a été signé le 5 mai": the signing told again, passive,
// in the sentence right after it, with its day.
const SIGNED_NEXT =
  /^\s*(?:The|This|Le|La|L['’]|Ce|Cette)\s+(?:[\p{L}-]+\s+){0,3}?(?:was|has\s+been|a\s+été|avait\s+été)\s+(?:formally\s+|officiellement\s+)?(?:signed|signée?|paraphée?)(?![\p{L}])/u;

// "Mayor X and Mayor Y signed the agreement on Wednesday 11 November", "… and his counterpart signed it on Saturday, November 7",
// "<sujet> l'a/l'ont signée le <jour de semaine> <date>":
// the signing told again, active, with the agreement named by an anaphor.
const SIGNED_IT_AGAIN =
  /(?<![\p{L}])(?:(?:signed|inked)\s{1,3}(?:it|(?:the|this)\s{1,3}(?:agreement|memorandum|MOU|charter|deal|protocol|accord|pact))|l['’](?:ont|a|avaient|avait)\s{1,3}(?:signée?|paraphée?))(?![\p{L}])/iu;

/** The first single day (not a month, nor a range of days) told within the sentence. */
function dayWithin(sentence: Span, input: EventInput): DateMention | undefined {
  return input.dates.find((x) => x.start >= sentence.start && x.end <= sentence.end && isSingleDay(x.value));
}

/** The date of a ceremony told in the sentence after the agreement's first mention (a day, not the month of a later event). */
function ceremonyDate(sentence: Span, input: EventInput): DateMention | undefined {
  const next = nextSentence(input.sentences, sentence);
  const opening = next ? input.text.slice(next.start, Math.min(next.end, next.start + 80)) : '';
  if (!next || !(CEREMONY_HELD_ON.test(opening) || SIGNED_NEXT.test(opening) || SIGNED_IT_AGAIN.test(input.text.slice(next.start, next.end)))) return undefined;
  return dayWithin(next, input);
}

/** The day of a signing told again, active, in the sentence after a later mention ("… l'ont signée le <jour> <date>"). */
function signedAgainAfter(mentions: readonly EventMention[], input: EventInput): DateMention | undefined {
  for (const m of mentions.slice(1, MAX_MENTIONS)) {
    const next = nextSentence(input.sentences, m.sentence);
    if (!next || !SIGNED_IT_AGAIN.test(input.text.slice(next.start, next.end))) continue;
    const day = dayWithin(next, input);
    if (day) return day;
  }
  return undefined;
}

// "The official signing was held on Friday 6 March at the arena. The two rectors signed a memorandum …",
// "La signature officielle a eu lieu le 5 mai. Les deux maires ont paraphé …": the day told just before the signing.
// A visit's high point ("moment fort", "point d'orgue") dated, then "c'est là que X et Y ont signé", "The highlight
// of the visit came on Tuesday, May 5": the high point of a visit told just before its signing is that signing.
const SIGNING_HELD_BEFORE =
  /^\s*(?:La\s+(?:cérémonie|signature)(?:\s+(?:officielle|principale|de\s+signature))?|The\s+(?:main\s+|official\s+|formal\s+)?(?:signing(?:\s+ceremony)?|ceremony)|(?:Le\s+(?:moment|temps)\s+fort|Le\s+point\s+d['’]orgue|The\s+(?:highlight|high\s+point))(?:\s+(?:de|du|des|of)\s+(?:la\s+|l['’]|the\s+)?[\p{L}-]+)?)\s+(?:s['’]est\s+(?:tenue?|déroulée?)|a\s+eu\s+lieu|took\s+place|was\s+held|came)(?![\p{L}])/u;

/** The day of a signing ceremony told in the sentence just before one of the agreement's mentions. */
function ceremonyBefore(mentions: readonly EventMention[], input: EventInput): DateMention | undefined {
  for (const m of mentions.slice(0, MAX_MENTIONS)) {
    const i = firstAtOrAfter(input.sentences, m.sentence.start) - 1;
    const before = i >= 0 ? input.sentences[i] : undefined;
    if (!before || !SIGNING_HELD_BEFORE.test(input.text.slice(before.start, Math.min(before.end, before.start + 80)))) continue;
    const day = dayWithin(before, input);
    if (day) return day;
  }
  return undefined;
}

// A "line" longer than this is not a paragraph of news; bounding the scan keeps a 1 MB line linear.
const LINE_REACH = 4000;

function lineOf(text: string, at: number): Span {
  let s = at;
  while (s > 0 && at - s < LINE_REACH && text[s - 1] !== '\n') s--;
  let e = at;
  while (e < text.length && e - at < LINE_REACH && text[e] !== '\n') e++;
  return { start: s, end: e };
}

// A date alone on its line ("Friday 13 November 2026"), one between the outlet and the byline ("| Jeudi 19 novembre 2026 |"),
// or one after "Publié le" / "Published": the issue's date.
const ISSUE_BEFORE = /(?:^|\|)\s*(?:(?:publié|mis\s+à\s+jour|published|posted|updated)(?:\s+(?:le|on))?\s*)?$/iu;
const ISSUE_AFTER = /^\s*(?:\||$)/u;

// The issue's date is told in the first lines, above the story.
const ISSUE_REACH = 800;

/** The day the story was filed: a dateline's or the issue line's full date near the top. */
function issueDate(input: EventInput, lines: readonly Span[]): DateMention | undefined {
  for (const x of input.dates) {
    if (x.start > ISSUE_REACH) return undefined;
    if (/^\d{4}-\d{2}-\d{2}$/.test(x.value) && (lines.some((l) => l.start <= x.start && x.end <= l.end) || isIssueLine(input.text, x))) return x;
  }
  return undefined;
}

function isIssueLine(text: string, date: DateMention): boolean {
  const line = lineOf(text, date.start);
  return ISSUE_BEFORE.test(text.slice(line.start, date.start)) && ISSUE_AFTER.test(text.slice(date.end, line.end));
}

/** A short line with no closing punctuation: a title or a section heading, which the next lines develop. */
function isHeading(text: string, line: Span): boolean {
  const s = text.slice(line.start, line.end).trim();
  return s.length < 100 && !/[.!?»"”]$/.test(s);
}

function nearest(dates: readonly DateMention[], at: number): DateMention | undefined {
  return [...dates].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/** The place named in the sentence of the borrowed date ("se tenait le 15 juin à Munich"). */
function placeNear(date: DateMention | undefined, text: string, index: EntityIndex): ExtractedEntity | undefined {
  if (!date) return undefined;
  const line = lineOf(text, date.start);
  const lineText = text.slice(line.start, line.end);
  const start = line.start + lineText.lastIndexOf('.', date.start - line.start) + 1;
  const dot = lineText.indexOf('.', date.end - line.start);
  const end = dot < 0 ? line.end : line.start + dot;
  return findPlace(text, index, { start, end }, date.start);
}

/**
 * An agreement or a mission has two sides: when the text names fewer, the document's most
 * cited other actors stand in (a press release is about its main actors).
 */
function fillSecondParty(d: EventDraft, eventCounts: ReadonlyMap<ExtractedEntity, number>, index: EntityIndex): ExtractedEntity[] {
  if (d.parties.length >= 2) return d.parties;
  const counts = new Map<ExtractedEntity, number>();
  for (const e of index.entities) {
    if (e.type === 'PERSON' || d.parties.includes(e) || e === d.place) continue;
    // Parties of the document's other events first, then the most mentioned.
    // A mission's missing side is not the partner of an agreement signed during it.
    const inEvents = d.type === 'agreement' ? (eventCounts.get(e) ?? 0) : 0;
    // A trip's other side is a territory more often than a funder or an agency.
    const weight = d.type === 'mission' && e.type === 'PLACE' ? 2 : 1;
    counts.set(e, 10 * inEvents + weight * e.mentions.length);
  }
  const ranked = [...counts.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
  const filled = ranked.slice(0, 2 - d.parties.length).map(([e]) => e);
  // A town's body on one side of an agreement: the other side filled in as a town is that town's body.
  const side = d.parties[0];
  return [...d.parties, ...(d.type === 'agreement' && side ? filled.map((e) => bodyForTown(side, e, index.entities)) : filled)];
}

function confidence(d: EventDraft): number {
  let c = 0.5;
  if (d.statusFromCue) c += 0.15;
  if (d.parties.length >= 2) c += 0.1;
  if (d.mentions.length > 1) c += 0.1;
  if (d.mentions.some((m) => m.trigger.strong)) c += 0.05;
  return Math.min(0.95, +c.toFixed(2));
}

function evidence(d: EventDraft): Span[] {
  const seen = new Set<number>();
  const spans: Span[] = [];
  for (const m of d.mentions) {
    if (seen.has(m.region.start)) continue;
    seen.add(m.region.start);
    spans.push({ start: m.region.start, end: m.region.end });
  }
  return spans;
}
