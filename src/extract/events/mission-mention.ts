import { asciiWordRegex, byFirstLetter, SuffixRegex, wordRegex, WordStartRegex } from '../text/word-regex.js';
import type { ExtractedEntity, Span } from '../types.js';
import type { DateMention } from '../dates/extract-dates.js';
import { WEEKDAY } from '../dates/calendar-words.js';
import type { EntityMention } from './entity-index.js';
import type { EventMention } from './event-mention.js';
import { findOccasion, findPlace, isDescribedSeat, isDestination, isLocative, isLocatorApposition, isPartySeat, isPostSeat, personMentions } from './find-arguments.js';
import type { Trigger } from './find-triggers.js';
import { demonymPlace } from './demonym-place.js';
import { madeForTheOccasion, occasionBefore } from './occasion-trip.js';
import { candidates, clauseDate, clauseStart, firstAfter, reference, uniqueEntities, type MentionContext } from './mention-context.js';
import { affiliationParties } from './title-zones.js';
import { placeRank } from './place-rank.js';
import { territoryOf } from './pair-anaphor.js';
import { isShortLine } from './headline-zone.js';
import { TRAVELLERS_BY_ORIGIN } from './trip-anaphora.js';
import { isDayRange } from './trip-span.js';
import { onlyHonorifics, onlyTitles } from './titles-before-name.js';

/** The mission mention of one clause: who travels, where to, when, led by whom. */
export function missionMention(ctx: MentionContext, sentence: Span, region: Span, trigger: Trigger): EventMention {
  return receivedMission(ctx, sentence, region, trigger) ?? travellingMission(ctx, sentence, region, trigger);
}

// "X a accueilli une délégation", "X hosted a delegation", "during a visit by a … delegation":
// the subject is the host, the delegation's adjective or complement the travelling side.
const RECEIVE = new WordStartRegex(
  String.raw`(?:(?:a|ont|avait|avaient|aura|auront)\s+(?:\p{L}+\s+){0,2}?(?:accueilli|reçu)e?s?|accueill(?:e|ent|era|eront|ait|aient)|reçoi(?:t|vent)|recevra|recevront|hosted|hosts|hosting|welcomed|welcomes|welcoming|received|receives|will\s+(?:host|welcome|receive))\b`,
  'giu',
);
const VISIT_BY = new WordStartRegex(
  String.raw`(?:visites?|visits?|venue|séjour|stay|trip)\s+(?:by|of|de|d['’])\s*(?:une?\s+|la\s+|a\s+|an\s+|the\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:d[ée]l[ée]gations?|delegations?|missions?)\b`,
  'iu',
);
// The delegation's own complement: "une délégation de la Ville de K", "a delegation from Bavaria".
const FROM = /^\s+(?:\p{Ll}+\s+){0,2}?(?:de|d['’]|du|des|from|of)\s*(?:la\s+|le\s+|l['’]|les\s+|the\s+)?$/iu;

function receivedMission(ctx: MentionContext, sentence: Span, region: Span, trigger: Trigger): EventMention | undefined {
  if (trigger.verb) return undefined;
  const { text } = ctx;
  const receive = lastBefore(RECEIVE, text, region.start, trigger.start);
  // Wide enough after the noun for "a visit by a Iksan City delegation".
  const visitBy = VISIT_BY.test(text.slice(Math.max(region.start, trigger.start - 60), Math.min(region.end, trigger.end + 50)));
  if (receive < 0 && !visitBy) return undefined;
  const host = receive >= 0 ? affiliationParties(ctx.titles, ctx.index, candidates(ctx, clauseStart(text, region.start, receive), receive)) : [];
  const led = ledBy(ctx, trigger.start, region.end);
  const traveller =
    leaderSide(ctx, led) ?? complementParty(ctx, trigger, region) ?? modifierParty(ctx, trigger, region) ?? demonymPlace(text, ctx.index, trigger);
  // "La Ville de Cabourg a accueilli … une délégation": with no place named, the host town's territory.
  const place = findPlace(text, ctx.index, region, trigger.start) ?? (receive >= 0 ? (datelinePlace(ctx) ?? hostTown(ctx, host)) : undefined);
  // "pendant le séjour d'une délégation X à Lyon": with no host named, the place it stayed in is the other side.
  const stayedIn = receive < 0 && host.length === 0 && place && place !== traveller && placeAfterNoun(ctx, trigger, region, place) ? [place] : [];
  const parties = uniqueEntities([...(traveller ? [traveller] : []), ...host, ...stayedIn]);
  return {
    hosts: stayedIn.length > 0 ? stayedIn : undefined,
    traveller,
    type: 'mission',
    trigger,
    sentence,
    region,
    reference: reference(trigger),
    cue: true,
    parties,
    signatories: uniqueEntities(led.map((m) => m.entity)),
    leaders: uniqueEntities(led.map((m) => m.entity)),
    date: clauseDate(ctx, region, trigger.start, true),
    place,
    occasion: findOccasion(text, region.start, region.end),
  };
}

/** The place is named after the trip's noun, as where it was ("… à Lyon", "… in Leeds"), not as the travellers' home. */
function placeAfterNoun(ctx: MentionContext, trigger: Trigger, region: Span, place: ExtractedEntity): boolean {
  return ctx.index.within(trigger.end, region.end).some((m) => m.entity === place && isLocative(ctx.text, m) && !isPartySeat(ctx.text, ctx.index, m));
}

function lastBefore(re: WordStartRegex, text: string, from: number, to: number): number {
  const last = re.all(text.slice(from, to)).pop();
  return last ? from + last.index : -1;
}

/** "menée par le maire de Fulda, X": the leader's title names the side that travels. */
function leaderSide(ctx: MentionContext, leaders: readonly EntityMention[]): ExtractedEntity | undefined {
  const leader = leaders[0];
  if (!leader) return undefined;
  const zone = ctx.titles.find((z) => z.end <= leader.start && leader.start - z.end <= 3);
  if (zone) {
    const side = affiliationParties(ctx.titles, ctx.index, ctx.index.within(zone.start, zone.end).filter((m) => m.entity.type !== 'PERSON'))[0];
    if (side) return side;
  }
  // "led by Bordeaux Mayor Pierre Hurmic", "led by Ontario's Minister of Trade, X": the side before the title.
  const before = ctx.index.within(Math.max(0, leader.start - 60), leader.start).filter((m) => m.entity.type !== 'PERSON').pop();
  if (before && TITLE_AFTER_SIDE.test(ctx.text.slice(before.end, leader.start))) return before.entity;
  return undefined;
}

const TITLE_AFTER_SIDE = /^(?:['’]s)?\s+(?:deputy\s+)?(?:mayor|premier|governor|lt\.?\s+gov\.?|lieutenant\s+governor|gov\.|president|minister|chancellor|prime\s+minister|lord\s+mayor|chair|ceo)(?![\p{L}])[\p{L}\s]{0,40}?,?\s*$/iu;

/** "a Saskatchewan trade delegation", "la délégation Wallonie-Bruxelles": a name inside the noun phrase. */
function modifierParty(ctx: MentionContext, trigger: Trigger, region: Span): ExtractedEntity | undefined {
  const inside = ctx.index.within(Math.max(region.start, trigger.start - 30), trigger.end).filter((m) => m.entity.type !== 'PERSON');
  const last = inside.pop();
  if (!last) return undefined;
  const gap = ctx.text.slice(last.end, trigger.end);
  // Only lower-case qualifiers and the noun itself may follow the name: "… trade delegation".
  return /^(?:\s+\p{Ll}[\p{Ll}-]*){1,3}$/u.test(gap) ? last.entity : undefined;
}

function complementParty(ctx: MentionContext, trigger: Trigger, region: Span): ExtractedEntity | undefined {
  const first = candidates(ctx, trigger.end, region.end)[0];
  if (!first || !FROM.test(ctx.text.slice(trigger.end, first.start))) return undefined;
  return first.entity;
}

/** The territory of the one town body that received the trip ("Ville de Cabourg" → Cabourg). */
function hostTown(ctx: MentionContext, host: readonly ExtractedEntity[]): ExtractedEntity | undefined {
  const bodies = host.filter((h) => h.type === 'ORG');
  if (bodies.length !== 1) return undefined;
  const town = territoryOf(bodies[0]!, ctx.index);
  return town && town.type === 'PLACE' ? town : undefined;
}

/** "Bordeaux, 28 mars 2024 –": where the news was filed, where a delegation received with no place named was. */
function datelinePlace(ctx: MentionContext): ExtractedEntity | undefined {
  for (const d of ctx.datelines) {
    const place = ctx.index.within(d.start, d.end).find((m) => m.entity.type === 'PLACE');
    if (place) return place.entity;
  }
  return undefined;
}

// Only tested: its branches written out, each with the closing \b, and grouped by first letter.
const RECEIVED_PASSIVE = new WordStartRegex(
  byFirstLetter(
    [
      ...['a', 'ont', 'avait', 'avaient', 'sera', 'seront'].map((aux) => String.raw`${aux}\s+été\s+(?:reçue?s?|accueillie?s?)\b`),
      ...['est', 'sont', 'sera', 'seront'].map((aux) => String.raw`${aux}\s+attendue?s?\b`),
      ...['was', 'were', String.raw`has\s+been`, String.raw`have\s+been`, String.raw`will\s+be`].map((aux) => String.raw`${aux}\s+(?:received|hosted|welcomed)\b`),
      ...['is', 'are'].map((aux) => String.raw`${aux}\s+expected\s+(?:in|at)\b`),
      ...['is', 'are'].map((aux) => String.raw`${aux}\s+due\s+(?:in|at)\b`),
    ],
    true,
  ),
  'iu',
);

function travellingMission(ctx: MentionContext, sentence: Span, region: Span, trigger: Trigger): EventMention {
  const { text } = ctx;
  const relative = relativeLeader(ctx, region, trigger);
  // "…, and Lt. Gov. X, who led a delegation to Winnipeg": the clause before is someone else's.
  const clause = relative ? { start: relative.start, end: region.end } : region;
  const arrival = placeAfterTravel(ctx, region);
  const mentions = candidates(ctx, clause.start, purposeStart(ctx, trigger, clause, arrival)).filter((m) => !isListedMember(text, clause, m));
  const destinations = ctx.index
    .within(region.start, region.end)
    .filter((m) => m.entity.type === 'PLACE' && (isLocative(text, m) || isDestination(text, m)) && !isPostSeat(text, m) && !isDescribedSeat(text, ctx.index, m) && !isLocatorApposition(text, ctx.index, m) && !isTravellerSeat(ctx, trigger, m));
  const place = arrival ?? findPlace(text, ctx.index, region, trigger.start);
  // "Une délégation québécoise a été reçue par …": the adjective names the side that travels.
  const passive = !trigger.verb && RECEIVED_PASSIVE.test(text.slice(trigger.end, region.end));
  const own = passive ? demonymPlace(text, ctx.index, trigger) : undefined;
  const travelling = own && own !== place ? [own] : [];
  const found = uniqueEntities([...travelling, ...affiliationParties(ctx.titles, ctx.index, mentions), ...destinations.map((d) => d.entity)]);
  // "Une délégation brévannaise fera le voyage", "a QRUniversity delegation": the side its noun phrase names travels.
  const side = trigger.verb ? undefined : ownSide(ctx, trigger, region);
  // A country's adjective ("la délégation française") says where bodies come from: demonymTravellers decides, once the trip is whole.
  const country = side !== undefined && placeRank(side) === 3 && !found.includes(side);
  // … unless it is all the trip names: "Une délégation finlandaise viendrait à ce moment-là".
  const parties = side && (!country || found.length === 0) && side !== place && !found.includes(side) && !destinations.some((d) => d.entity === side) ? [side, ...found] : found;
  const led = ledBy(ctx, trigger.start, region.end);
  // "À la tête de la délégation, le maire X …": the person after the fronted phrase leads the trip, told again or not.
  const ahead = fronted(ctx, region, trigger);
  const leaders = personMentions(ctx.index, clause.start, trigger.start)
    .filter((p) => !isSpeakerOf(text, p, trigger))
    .concat(led, ahead, visitor(ctx, trigger, region));
  const forOccasion = madeForTheOccasion(text.slice(region.start, region.end));
  // A title or a section heading announces a trip; the sentences after it tell it.
  const heading = isShortLine(text.slice(sentence.start, sentence.end).trim());
  const date = clauseDate(ctx, region, trigger.start, true);
  return {
    type: 'mission',
    trigger,
    sentence,
    region,
    reference: reference(trigger),
    cue:
      trigger.strong ||
      destinations.length > 0 ||
      TRAVEL.test(text.slice(region.start, region.end)) ||
      (side !== undefined && (leadsTrip(text, region, trigger) || (!heading && countedMembers(text, region, trigger)))) ||
      daysSpanned(text, region, trigger, date, led.length > 0) ||
      // "La délégation norvégienne a séjourné sur la Basse-Norvalle du 14 au 18 septembre": a stay dated by its days.
      (date !== undefined && isDayRange(date.value) && STAY.test(text.slice(region.start, region.end))) ||
      // "Une délégation de X, menée par Y, est attendue pour l'occasion": a side named, received or expected.
      (passive && side !== undefined && !AWAITED_MASCULINE.test(text.slice(trigger.end, region.end))) ||
      firstOfCountedTrips(text, sentence, trigger),
    parties: orderDestinationLast(parties, place),
    signatories: uniqueEntities(leaders.map((m) => m.entity)),
    leaders: uniqueEntities((relative ? [relative] : [...led, ...ahead]).map((m) => m.entity)),
    leaderSides: relative ? titledBody(ctx, region, relative) : undefined,
    date,
    place,
    occasion: findOccasion(text, region.start, region.end),
    itinerary:
      trigger.verb === true &&
      (ITINERARY.test(text.slice(region.start, region.end)) || TRIP_SUBJECT_BEFORE.test(text.slice(Math.max(region.start, trigger.start - 40), trigger.start)) || coordinatedWithTrip(text, region, trigger)),
    traveller: side,
    forOccasion,
    occasionBefore: forOccasion ? occasionBefore(ctx, sentence) : undefined,
    planned: PLANNED_TRIP.test(text.slice(region.start, region.end)),
    newTrip: isNewTrip(text, trigger),
    stay: STAY.test(text.slice(region.start, region.end)),
    heading,
    hosts: uniqueEntities(withCoordinated(ctx, region, destinations).map((d) => d.entity)),
  };
}

// "a séjourné en Beauce", "en séjour dans le X", "stayed in Bavaria", "spent a week in Bavaria", "présente à Lyon".
const STAY = asciiWordRegex(String.raw`séjourn|en\s+séjour|\bstay(?:ed|ing)?\b|\b(?:was|were)\s+in\b|\bspent\b|\bprésente?s?\s+(?:à|au|aux|en|dans)\b`);

// "se rendra", "fera le voyage", "devrait conduire", "will travel", "is due to visit": a trip told as a plan.
// Only tested: its branches written out and grouped by first letter.
const PLANNED_TRIP = new WordStartRegex(
  `${byFirstLetter(
    [
      ...['fera', 'feront', 'ira', 'iront', 'rendra', 'rendront', 'conduira', 'conduiront', 'mènera', 'mèneront', 'dirigera', 'viendra', 'viendront', 'viendrait', 'viendraient'],
      ...['visitera', 'visiteront', 'devrait', 'devraient', 'doit', 'doivent', 'will', 'shall'],
      ...['is', 'are'].map((aux) => String.raw`${aux}\s+(?:due|expected|set|scheduled|planned)\s+to`),
      String.raw`plans?\s+to`,
      String.raw`prévoi(?:t|ent)\s+de`,
    ],
    true,
  )}\\b`,
  'iu',
);

// The nouns a trip's travellers are named by once it is told: "the group", "la délégation", "the visitors".
const TRIP_SUBJECT_NOUNS = 'group|delegation|delegates|mission|visitors|délégation|délégués|groupe|visiteurs';

// "The group visited …", "Elle a ensuite visité …": a verb whose subject is the trip already told.
const TRIP_SUBJECT_BEFORE = new SuffixRegex(
  String.raw`(?:^|[^\p{L}])(?:(?:the|this|these|la|cette|les|ces)\s+(?:${TRIP_SUBJECT_NOUNS})|it|they|elle|elles|ils)\s+(?:\p{Ll}+\s+){0,2}`,
  'iu',
);

// "Le rapport de la délégation est attendu": a masculine participle agrees with another subject than the trip's noun.
const AWAITED_MASCULINE = /(?<![\p{L}])attendus?(?![\p{L}])/u;

// "Arrivée à X pour un séjour du 2 au 6 mai, la délégation …": a stay retells the trip told before; "Nous étions une
// délégation très motivée, du 2 au 6 juin": a delegation names a group, the trip needs more than its days.
const STAY_NOUN = /^(?:séjours?|stays?|délégations?|delegations?)(?![\p{L}])/iu;

/**
 * "une mission de trois jours, du 4 au 6 mars, conduite par X": a new trip noun dated by its days was made or is set.
 * "The twelve-member delegation, in the city from 15 to 19 November, was led by X", "a X delegation's visit to Y from
 * May 4 to 7": a delegation dated by its days, counted, led or visiting, is the trip, even named again.
 */
function daysSpanned(text: string, region: Span, trigger: Trigger, date: DateMention | undefined, led: boolean): boolean {
  const ref = reference(trigger);
  if (trigger.verb || ref === 'demonstrative' || date === undefined || !isDayRange(date.value)) return false;
  if (!STAY_NOUN.test(text.slice(trigger.start, trigger.start + 12))) return ref === 'indefinite';
  // "une petite délégation de six personnes, du 14 au 21 novembre" after a trip told: a group, the same trip.
  if (POSSESSIVE_TRIP.test(text.slice(trigger.end, trigger.end + 12))) return true;
  return led || (ref === 'definite' && countedMembers(text, region, trigger));
}

// "a Tarvel delegation's visit", "the mission's stay": the trip of the group just named.
const POSSESSIVE_TRIP = /^['’]s\s+(?:visit|trip|stay|tour)(?![\p{L}])/u;

// "I led a delegation of twelve", "qui conduira une délégation", "était à la tête d'une délégation": a delegation someone leads travels.
const LEADS_BEFORE =
  /(?:^|[^\p{L}])(?:led|leads|leading|lead|headed|heads|heading|conduit|conduira|conduiront|conduisait|conduisaient|mène|mènera|menait|dirige|dirigera|dirigeait|emmène|emmènera|à\s+la\s+tête)\s+(?:d['’]|de\s+)?(?:a|an|the|its|his|her|their|une|la|sa|son|leur)\s+(?:[\p{L}\d-]+\s+){0,3}$/iu;

function leadsTrip(text: string, region: Span, trigger: Trigger): boolean {
  return !trigger.verb && LEADS_BEFORE.test(text.slice(Math.max(region.start, trigger.start - 60), trigger.start));
}

// "une délégation porto-vellaise de quatorze personnes", "a delegation of 14 people", "a 22-member delegation",
// "forte d'une trentaine de personnes": a delegation counted by its members is a trip that was made or is set.
const MEMBERS_AFTER = wordRegex(
  String.raw`^(?:\s+[\p{Ll}-]+)?,?\s+(?:de|d['’]|of|forte\s+d['’]|forte\s+de)\s*(?:une\s+|a\s+)?(?:\d+|\p{Ll}+)\s+(?:personnes|membres|participants|élus|people|members|participants|delegates)\b`,
  'u',
);
const MEMBERS_BEFORE = new SuffixRegex(String.raw`(?:^|[^\p{L}])(?:\d+|\p{Ll}+)-(?:member|person|strong)\s+(?:[\p{Ll}-]+\s+)?`, 'u');

/** The trip's noun counts its members (the caller leaves out headings: "Une délégation X de huit personnes" only announces one). */
function countedMembers(text: string, region: Span, trigger: Trigger): boolean {
  if (trigger.verb) return false;
  return MEMBERS_AFTER.test(text.slice(trigger.end, Math.min(region.end, trigger.end + 60))) || MEMBERS_BEFORE.test(text.slice(Math.max(region.start, trigger.start - 40), trigger.start));
}

/** The side a trip's noun phrase names: "une délégation de X", "a X delegation", "la délégation québécoise". */
function ownSide(ctx: MentionContext, trigger: Trigger, region: Span): ExtractedEntity | undefined {
  return complementParty(ctx, trigger, region) ?? nameBeforeNoun(ctx, trigger, region) ?? demonymPlace(ctx.text, ctx.index, trigger, true);
}

// "a QRUniversity delegation", "A Waterford business delegation": the name and the noun, a qualifier or two between.
const NAME_TO_NOUN = /^(?:\s+(?!(?:une?|la|le|les|des|a|an|the|its|their|sa|son|leur)\s)\p{Ll}[\p{Ll}-]*){1,3}$/u;

function nameBeforeNoun(ctx: MentionContext, trigger: Trigger, region: Span): ExtractedEntity | undefined {
  const last = ctx.index.within(Math.max(region.start, trigger.start - 30), trigger.end).filter((m) => m.entity.type !== 'PERSON').pop();
  return last && NAME_TO_NOUN.test(`${ctx.text.slice(last.end, trigger.end)} `.slice(0, -1)) ? last.entity : undefined;
}

// "une nouvelle mission", "la prochaine mission", "a return visit", "another trade mission".
const NEW_TRIP_BEFORE = new SuffixRegex(
  String.raw`(?:^|[^\p{L}])(?:nouvel(?:le)?s?|prochaine?s?|autres?|seconde?|deuxième|futures?|another|next|new|return|second|follow-up|future|dernière|précédente|last|previous|earlier|(?:une|a|an)\s+(?:première|first))\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}`,
  'iu',
);

// "la délégation de cette année", "this year's delegation": the trip of the news, after trips of past years.
const THIS_YEARS_AFTER = /^(?:\s+\p{Ll}[\p{Ll}-]*)?\s+(?:de\s+cette\s+année|de\s+l['’]année|of\s+this\s+year)(?![\p{L}])/u;
const THIS_YEARS_BEFORE = /(?:^|[^\p{L}])this\s+year['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/iu;

// An ordinal count of trips ("a third <X> visit"), then "The first, <date>, …": the earlier trip told.
const COUNTED_TRIP_BEFORE = new SuffixRegex(String.raw`(?:^|[^\p{L}])(?:second|third|fourth|seconde?|deuxième|troisième|quatrième)\s+(?:\p{L}[\p{L}-]*\s+){0,2}`, 'iu');
const FIRST_ONE_OPENS = /^\s*(?:The\s+first|La\s+première|Le\s+premier|The\s+previous\s+one|La\s+précédente|Le\s+précédent)\s*,/u;

/** A trip counted by its ordinal whose next sentence opens on the first one, set off by a comma. */
function firstOfCountedTrips(text: string, sentence: Span, trigger: Trigger): boolean {
  return COUNTED_TRIP_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start)) && FIRST_ONE_OPENS.test(text.slice(sentence.end, sentence.end + 40));
}

function isNewTrip(text: string, trigger: Trigger): boolean {
  if (trigger.verb) return false;
  const before = text.slice(Math.max(0, trigger.start - 40), trigger.start);
  return NEW_TRIP_BEFORE.test(before) || THIS_YEARS_BEFORE.test(before) || THIS_YEARS_AFTER.test(text.slice(trigger.end, trigger.end + 40));
}

// "… to Nelson in May to agree the first projects and meet officials of X", "… à Dakar pour rencontrer …";
// "… returned from the Basque Country, where the mayor renewed …": what happened there.
const PURPOSE_VERB = wordRegex(
  String.raw`\b(?:(?:in\s+order\s+)?to\s+(?!(?:the|a|an|its|their|our|his|her)\b)\p{Ll}{3,}|(?:pour|afin\s+de)\s+\p{Ll}{2,}(?:er|ir|re)|afin\s+d['’]\p{Ll}{2,}(?:er|ir|re))\b|,\s*(?:where|où)\b`,
  'u',
);

// "The visitors were hosted by X and Y, and visited …", "Les Québécois ont été reçus par X et ont visité …": the clause opens
// on the trip's travellers (its noun, a pronoun, a plural demonym), and the verb of travel is coordinated to its first verb.
const TRIP_SUBJECT_OPENS =
  new RegExp(String.raw`^\s*(?:(?:[Tt]he|[Tt]his|[Tt]hese|[Ll]a|[Cc]ette|[Ll]es|[Cc]es)\s+(?:${TRIP_SUBJECT_NOUNS})|${TRAVELLERS_BY_ORIGIN}|[Ii]t|[Tt]hey|[Ee]lles?|[Ii]ls)\s`, 'u');
const COORDINATED_BEFORE = /(?:^|[^\p{L}])(?:and|et)\s+(?:(?:ont|a|have|has)\s+)?(?:\p{Ll}+\s+)?$/u;

function coordinatedWithTrip(text: string, region: Span, trigger: Trigger): boolean {
  return COORDINATED_BEFORE.test(text.slice(Math.max(region.start, trigger.start - 20), trigger.start)) && TRIP_SUBJECT_OPENS.test(text.slice(region.start, trigger.start));
}

// "a trade mission designed to tap into one of Europe's …", "une mission visant à …": a purpose, whatever came before.
const AIM = new WordStartRegex(String.raw`(?:(?:designed|intended|aimed|meant)\s+(?:to|at)|(?:visant|destinée?s?)\s+à)\b`, 'iu');

/**
 * Where the trip's purpose starts, once a destination is named (before the trip's noun too:
 * "spent three days in the Netherlands on a trade mission designed to tap …"): whom it will
 * meet there are not its sides.
 */
function purposeStart(ctx: MentionContext, trigger: Trigger, clause: Span, arrival: ExtractedEntity | undefined): number {
  const from = Math.max(clause.start, trigger.end);
  const aim = AIM.exec(ctx.text.slice(from, clause.end));
  if (aim) return from + aim.index;
  const m = PURPOSE_VERB.exec(ctx.text.slice(from, clause.end));
  if (!m) return clause.end;
  const at = from + m.index;
  const destination = ctx.index
    .within(clause.start, at)
    .some((x) => x.entity.type === 'PLACE' && (x.entity === arrival || isLocative(ctx.text, x) || isDestination(ctx.text, x)));
  return destination ? at : clause.end;
}

// "…, including Red Rock Grain Co. and Assiniboine Valley Freight", "dont Agrosahel SARL": who travelled, by example.
const MEMBERS_CUE = new WordStartRegex(String.raw`(?:including|among\s+them|such\s+as|notamment|dont|parmi\s+(?:lesquelles|lesquels|elles|eux)|tels?\s+que|telles?\s+que)\b`, 'iu');

/** A body named in a list of the delegation's members, not a side of the trip. */
function isListedMember(text: string, clause: Span, m: EntityMention): boolean {
  const cue = MEMBERS_CUE.exec(text.slice(clause.start, m.start));
  return cue !== null && !/[;:]/.test(text.slice(clause.start + cue.index, m.start));
}

// "X, who led a 30-member delegation", "Y, qui dirigeait la délégation": X leads the trip.
const WHO_LED_BEFORE =
  /,\s*(?:who|qui)\s+(?:\p{L}+\s+){0,2}?(?:led|leads|headed|heads|leading|conduit|conduisait|dirige|dirigeait|mène|menait|conduite|dirigé|mené)\s+(?:(?:a|an|the|une?|la|le|sa|son|his|her|their|its)\s+)?(?:[\p{L}\d-]+\s+){0,6}?$/iu;

/** The person of "…, X, who led a delegation …", from X's side when a title joins them ("North Dakota Lt. Gov. X"). */
function relativeLeader(ctx: MentionContext, region: Span, trigger: Trigger): EntityMention | undefined {
  const before = ctx.text.slice(Math.max(region.start, trigger.start - 90), trigger.start);
  const m = WHO_LED_BEFORE.exec(before);
  if (!m) return undefined;
  const comma = trigger.start - before.length + m.index;
  const person = ctx.index.within(Math.max(region.start, comma - 60), comma).filter((x) => x.entity.type === 'PERSON').pop();
  if (!person || ctx.text.slice(person.end, comma).trim() !== '') return undefined;
  const side = ctx.index.within(Math.max(region.start, person.start - 40), person.start).filter((x) => x.entity.type !== 'PERSON').pop();
  const start = side && TITLE_AFTER_SIDE.test(ctx.text.slice(side.end, person.start)) ? side.start : person.start;
  return { start, end: person.end, entity: person.entity };
}

// ", le professeur ", ", Dr. ": between a title's body and the person it names.
const TITLE_TO_PERSON = /^[\s,]*(?:(?:le|la|the)\s+)?(?:\p{L}+\.?\s+)?$/u;

/** "le président de l'Université de Kara, le professeur X, qui dirigeait la délégation": the leader's body. */
function titledBody(ctx: MentionContext, region: Span, leader: EntityMention): ExtractedEntity[] | undefined {
  const zone = ctx.titles.find((z) => z.start >= region.start && z.end <= leader.start && leader.start - z.end <= 30 && TITLE_TO_PERSON.test(ctx.text.slice(z.end, leader.start)));
  if (!zone) return undefined;
  const side = affiliationParties(ctx.titles, ctx.index, ctx.index.within(zone.start, zone.end).filter((m) => m.entity.type !== 'PERSON'))[0];
  return side ? [side] : undefined;
}

/** "Une délégation de la Ville de Rocheval, au Québec, s'est rendue à …": where the travellers come from, before the trip's verb. */
function isTravellerSeat(ctx: MentionContext, trigger: Trigger, m: EntityMention): boolean {
  if (m.start <= trigger.end || m.start - trigger.end >= 80 || !isPartySeat(ctx.text, ctx.index, m)) return false;
  // The seat of a body; a country after a city ("à Bellegrive, en France") is where the trip went.
  const comma = ctx.text.lastIndexOf(',', m.start);
  return ctx.index.covering(comma - 1)?.entity.type === 'ORG';
}

const AND_BETWEEN = /^\s*(?:,|et|and|,\s*(?:et|and))\s*$/u;

/** "in Taipei and Kaohsiung", "à Kandi et Bembèrèkè": the places joined to a destination are destinations too. */
function withCoordinated(ctx: MentionContext, region: Span, destinations: readonly EntityMention[]): EntityMention[] {
  if (destinations.length === 0) return [];
  const out = [...destinations];
  const all = ctx.index.within(region.start, region.end);
  for (let i = 1; i < all.length; i++) {
    const m = all[i]!;
    const prev = all[i - 1]!;
    if (m.entity.type !== 'PLACE' || out.includes(m) || !out.includes(prev)) continue;
    if (AND_BETWEEN.test(ctx.text.slice(prev.end, m.start))) out.push(m);
  }
  return out;
}

// "se rendra ensuite à …", "will also travel to …", "avant de regagner …": further stops of the same trip.
const ITINERARY = new WordStartRegex(
  String.raw`(?:ensuite|également|aussi|puis|avant\s+de\s+(?:rentrer|regagner|retourner|revenir)|also|then|afterwards|later|next|before\s+(?:returning|heading\s+back|flying\s+back))\b`,
  'iu',
);

const BACK_DAY = String.raw`(?:hier|avant-hier|récemment|${WEEKDAY})`;

// Verbs of going and receiving: "s'est rendue à", "a accueilli une délégation", "hosted a delegation".
// Only tested: its branches written out, each with the closing \b, and grouped by first letter.
const BETWEEN_ADVERB = '(?:déjà|alors|aussi|également|ensuite|ainsi|récemment)';
const TRAVEL = new WordStartRegex(
  byFirstLetter(
    [
      // "s'étaient alors rendus au port": an adverb may come between.
      String.raw`s['’](?:y\s+)?(?:est|était|étaient)\s+(?:${BETWEEN_ADVERB}\s+)?rendue?s?\b`,
      String.raw`se\s+sont\s+(?:${BETWEEN_ADVERB}\s+)?rendue?s?\b`,
      String.raw`s['’]y\s+sont\s+rendue?s?\b`,
      String.raw`se\s+rend(?:re|ra|ront|ent|ait|aient)?\b`,
      String.raw`s['’]y\s+rend(?:ra|ront|ent|ait|aient)?\b`,
      String.raw`rendue?s?\s+(?:à|au|en|aux)\b`,
      String.raw`arrivée?s?\b`,
      // "rentrée mercredi de Franche-Comté", "revenue hier du Japon": the day may come between ("la rentrée scolaire de" is no trip).
      String.raw`revenue?s?\s+(?:${BACK_DAY}\s+)?(?:de|du|des|d['’])`,
      String.raw`rentrée?s?\s+(?:${BACK_DAY}\s+)?(?:de|du|des|d['’])`,
      String.raw`de\s+retour\s+(?:de|du|des|d['’])`,
      String.raw`returned\s+(?:\p{L}+\s+){0,2}?from\b`,
      String.raw`accueill\p{L}*\b`,
      String.raw`reçue?s?\b`,
      String.raw`recevra\b`,
      String.raw`recevoir\b`,
      String.raw`visité\p{L}*\b`,
      String.raw`en\s+visite\b`,
      String.raw`venue?s?\s+(?:de|du|des|d['’])\b`,
      // "when a delegation visits Perth", "visitera Lyon": a trip told in the present or the future.
      String.raw`visiter(?:a|ont)\b`,
      // "a parcouru Yakouta", "came to Wattlebrook", "était venue découvrir le Jura", "fera le voyage".
      String.raw`parcour\p{L}*\b`,
      String.raw`sillonn\p{L}*\b`,
      String.raw`c(?:ame|ome|omes|oming)\s+to\b`,
      String.raw`venue?s?\s+(?:à|au|aux|en|\p{Ll}+(?:er|ir|re))\b`,
      // "viendra", "viendrait à ce moment-là": a trip told in the future or the conditional.
      String.raw`viendr(?:a|ont|ait|aient)\b`,
      // "is due to visit Leicester in April": a trip announced.
      ...['is', 'are'].map((aux) => String.raw`${aux}\s+(?:due|expected|set|scheduled)\s+to\s+visit\b`),
      String.raw`venir\s+(?:à|au|aux|en)\b`,
      // "fera alors le déplacement", "fera aussi le voyage": an adverb may come between.
      String.raw`f(?:era|eront|erait|eraient|aire|ait|ont\s+fait|a\s+fait)\s+(?:(?:alors|aussi|également|ensuite|donc|bien)\s+)?le\s+(?:voyage|déplacement)\b`,
      String.raw`ma(?:ke|kes|de|king)\s+the\s+(?:trip|journey)\b`,
      String.raw`toured\b`,
      // "elle y mènera une délégation d'élus", "vous y dirigiez un groupe": leading a group to the place just named.
      String.raw`y\s+(?:condui|m[eè]n|dirig|emm[eè]n)\p{L}*\b`,
      ...['a', 'ont', 'avait', 'avaient'].map((aux) => String.raw`y\s+${aux}\s+(?:conduit|mené|dirigé|emmené)e?s?\b`),
      // "spent three days with us", "a passé la semaine dans le Brévannais": a stay told by its length.
      String.raw`sp(?:ent|ends|end|ending)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:days?|weeks?|nights?)\b`,
      ...['a', 'ont', 'avait', 'avaient'].map((aux) => String.raw`${aux}\s+passé\s+(?:[\p{L}\d-]+\s+){0,2}?(?:jours?|journées?|semaines?|nuits?)\b`),
      ...['hosted', 'hosts', 'hosting', 'welcomed', 'welcomes', 'received', 'visited', 'visits', 'visiting', String.raw`will\s+visit`, 'travel(?:l?ed|s|l?ing)?', 'arrived'].map((verb) => String.raw`${verb}\b`),
    ],
    true,
  ),
);

// "La maire X confirme qu'une délégation viendra", "Mayor X said a delegation would travel": who tells of the trip.
const SPEECH_VERB =
  /(?<![\p{L}])(?:said|says|told|announced|announces|confirmed|confirms|noted|notes|added|explained|stated|indicated|déclaré|annoncé|confirmé|indiqué|précisé|expliqué|affirmé|rappelé|ajouté|déclare|annonce|confirme|indique|précise|explique|affirme|rappelle|ajoute)(?![\p{L}])/iu;
// "X said he will lead a trade mission", "X a annoncé qu'elle conduira une délégation": the speaker leads it after all.
const LEAD_VERB = /(?<![\p{L}])(?:lead|leads|led|leading|head|heads|headed|heading|conduir\p{L}*|condui[st]\p{L}*|m[eè]n(?:er|e|es|ent|ait|aient|era|eront|erait|é|ée|és|ées)|dirig\p{L}*)(?![\p{L}])/iu;
// Speaker and trip noun lie in one clause: past this many characters between them, no verb is looked for.
const SPEAKER_REACH = 160;

/** A person before the trip's noun who only tells of it ("X a confirmé qu'une délégation viendra"), without leading it. */
function isSpeakerOf(text: string, person: Span, trigger: Span): boolean {
  if (trigger.start - person.end > SPEAKER_REACH) return false;
  const between = text.slice(person.end, trigger.start);
  return SPEECH_VERB.test(between) && !LEAD_VERB.test(between);
}

const LED_BY = new WordStartRegex(
  byFirstLetter(
    [
      // "menée du <jour> au <jour> <mois> par <titre>, X", "led from 4 to 9 May by X": the trip's days may come between.
      ...['conduite?s?', 'menée?s?', 'dirigée?s?', 'présidée?s?', 'emmenée?s?', 'pilotée?s?', 'led', 'headed', 'piloted'].map(
        (verb) => String.raw`${verb}\s+(?:(?:du|from)\s+\d[\p{L}\d ]{1,28}?\s)?(?:par|by)\b`,
      ),
      // "une mission de retour que dirigera la mairesse X": the leader after the verb of a relative clause.
      ...['dirige', 'dirigera', 'dirigerait', 'conduit', 'conduira', 'conduirait', 'mène', 'mènera', 'mènerait', 'présidera'].map((verb) => String.raw`que\s+${verb}\b`),
      // "sous la conduite du président de la chambre, X", "under the leadership of Mayor X".
      String.raw`sous\s+la\s+(?:conduite|houlette|direction)\s+(?:de|du|des|d['’])`,
      String.raw`under\s+the\s+leadership\s+of\b`,
    ],
    true,
  ),
  'giu',
);

/** "conduite par la ministre des Relations internationales et de la Francophonie, Sylvie Marchessault": the first person after. */
function ledBy(ctx: MentionContext, from: number, to: number) {
  const at = firstAfter(LED_BY, ctx.text, from, to);
  if (at < 0) return [];
  const near = personMentions(ctx.index, at, Math.min(to, at + 80));
  if (near.length === 0) return personMentions(ctx.index, at, Math.min(to, at + 160)).slice(0, 1);
  // "led by the Minister with responsibility for Trade, X": a cue before any name is part of the title.
  const members = membersStart(ctx.text, near[0]!.end, to);
  return near.filter((p) => p.start < members);
}

// "conduite par M. X et composée de la conseillère Y", "led by Cr X with the Chief Executive Officer, Y": the members
// named after the leader travel with the trip, they do not lead it.
const MEMBERS_AFTER_LEADER = /[\s,](?:et\s+)?(?:composée?s?\s+(?:de|du|des|d['’])|comprenant|accompagnée?s?\s+(?:de|du|des|d['’])|avec|with|including|accompanied\s+by|together\s+with)\s/iu;

/** Where the members told after a trip's leader (who ends at `from`) start, else `to`. */
function membersStart(text: string, from: number, to: number): number {
  const m = MEMBERS_AFTER_LEADER.exec(text.slice(from, Math.min(to, from + 160)));
  return m ? from + m.index : to;
}

// Where the trip went: the first place just after "reçue à", "s'est rendue à", "visited".
const ARRIVAL = new WordStartRegex(
  byFirstLetter(
    [
      'rendue?s?', 'reçue?s?', 'accueillie?s?', 'visité', 'visited', String.raw`travel(?:l?ed)?\s+to`, String.raw`arrived\s+in`, String.raw`hosted\s+in`,
      // "returned Sunday from the Basque Country", "de retour du Japon": where the trip went.
      String.raw`returned\s+(?:\p{L}+\s+){0,2}?from`, String.raw`de\s+retour\s+(?:de|du|des|d['’])`,
    ].map((verb) => String.raw`${verb}\b`),
    true,
  ),
  'giu',
);

function placeAfterTravel(ctx: MentionContext, region: Span): ExtractedEntity | undefined {
  const at = firstAfter(ARRIVAL, ctx.text, region.start, region.end);
  if (at < 0) return undefined;
  return ctx.index.within(at, Math.min(region.end, at + 70)).find((m) => m.entity.type === 'PLACE')?.entity;
}

// "visite de <a title of a few words, with its body>, Y, à Z", "a visit by Councillor Y to Z", "a visit by Y": the one
// whose visit it is, named after the noun, with titles (lexicons/people-titles) or a title's apposition.
const VISITOR_GAP =
  /^(?:\s+\p{Ll}+)?\s+(?:du|de\s+la|de\s+l['’]|de|d['’]|by|of)\s*(?:(?<apposition>[^,.;:!?()]{1,80},\s*)(?<honorific>\p{L}+(?:\.\s*|\s+))?|(?<titles>(?:[\p{L}-]+(?:\.\s*|\s+)){0,3}))$/u;

function isVisitorGap(gap: string): boolean {
  const groups = VISITOR_GAP.exec(gap)?.groups;
  if (!groups) return false;
  if (groups.apposition !== undefined) return groups.honorific === undefined || onlyHonorifics(groups.honorific);
  return onlyTitles(groups.titles ?? '');
}
const VISIT_NOUN = /^(?:visite|visit)$/iu;

function visitor(ctx: MentionContext, trigger: Trigger, region: Span): EntityMention[] {
  if (!VISIT_NOUN.test(ctx.text.slice(trigger.start, trigger.end))) return [];
  const first = personMentions(ctx.index, trigger.end, Math.min(region.end, trigger.end + 120))[0];
  return first && isVisitorGap(ctx.text.slice(trigger.end, first.start)) ? [first] : [];
}

// "Accompagné d'une délégation …, X a …", "À la tête d'une délégation, X …": X leads it.
// Only tested, and it must end the text: matched backward from the end (as WordSuffixRegex does).
const FRONTED = /(?<=(?:accompagnée?s?|à\s+la\s+tête|accompanied|leading|heading)\s+(?:d['’]|de\s+|by\s+|of\s+)?(?:une?\s+|a\s+|an\s+|la\s+|the\s+)?)/iuy;

function fronted(ctx: MentionContext, region: Span, trigger: Trigger) {
  const before = ctx.text.slice(Math.max(region.start, trigger.start - 40), trigger.start);
  FRONTED.lastIndex = before.length;
  if (!FRONTED.test(before)) return [];
  // "X était à la tête d'une délégation de huit personnes, dont Y": the subject before the phrase leads, not who follows.
  if (personMentions(ctx.index, region.start, trigger.start).length > 0) return [];
  const first = personMentions(ctx.index, trigger.end, region.end)[0];
  return first ? [first] : [];
}

function orderDestinationLast(parties: ExtractedEntity[], place: ExtractedEntity | undefined): ExtractedEntity[] {
  if (!place) return parties;
  return [...parties.filter((p) => p !== place), ...parties.filter((p) => p === place)];
}
