import { wordRegex } from '../text/word-regex.js';
import type { ExtractedEntity, Span } from '../types.js';
import { coordinatedList } from './find-arguments.js';
import { bareBodyOf } from './bare-body.js';
import { toldSentences, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { addTripSides } from './trip-members.js';
import { TRAVELLERS_BY_ORIGIN, tripRetold } from './trip-anaphora.js';

// "Elle a été accueillie par X", "Elle est reçue par X", "The group was hosted by the X", "It was welcomed by X";
// a few words may come between: "received on arrival by X", "accueillie à Lyon par X", "reçus à l'hôtel de ville par X".
const HOSTED_BY = wordRegex(
  String.raw`\b(?:(?:a|ont|avait|avaient|sera|seront|avons|avions)\s+été|est|sont|était|étaient|was|were|(?:is|are)(?:\s+being)?|(?:has|have)\s+been|will\s+be)\s+(?:accueillie?s?|reçue?s?|hosted|welcomed|received)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:par|by)\s+`,
);
const HOSTED_STEM = /accueill|reçu|reç?oi|recevai|hosted|welcomed|received|hôte|hosts?\b/i;
const INVITED_STEM = /invitation|guests/i;
// The trip is the subject: a pronoun, or "la délégation", "the group", "les visiteurs", "les participants".
// "Nous avons été reçus par X", "we were hosted by X": the travellers telling their own trip.
const TRIP_SUBJECT = /(?:^|[\s,«"“])(?:elle|il|elles|ils|it|they|nous|we|(?:la|le|les|the)\s+(?:délégation|groupe|mission|visiteurs|participants|délégués|delegation|group|mission|visitors|delegates|visit|trip|visite|séjour)(?:\s+\p{L}[\p{L}-]*)?)\s+$/iu;
// "The Australians were hosted by X": the travellers named by where they come from.
const TRAVELLERS_SUBJECT = new RegExp(String.raw`(?:^|[\s,«"“])${TRAVELLERS_BY_ORIGIN}\s+$`, 'u');
// "Accueillie par X et Y, la délégation a visité …", "Hosted by X, the group toured …": the participle fronted.
const FRONTED_HOSTED = /^\s*(?:accueillie?s?|reçue?s?|hosted|welcomed)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:par|by)\s+/iu;
const TRIP_AFTER_HOSTS = /,\s*(?:la|le|les|the)\s+(?:délégation|groupe|mission|visiteurs|delegation|group|mission|visitors)(?![\p{L}])/iu;
// "accueillie par le maire, X, et par …": a person first is no body; the body must come right after the cue.
const FIRST_BODY_REACH = 20;

/**
 * The body a trip was received by is its host side: "La délégation … séjourne en Provence. Elle a été
 * accueillie par la Métropole X", "The group was hosted by the X Commission". Read in the trip's
 * sentences and the ones just after that tell no other event.
 */
export function tripHosts(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  if (!drafts.some((d) => d.type === 'mission') || !(HOSTED_STEM.test(ctx.text) || INVITED_STEM.test(ctx.text))) return;
  addTripSides(drafts, sentences, (s) => hostsIn(ctx, s), undefined, tripRetold(drafts, sentences, ctx.text, toldSentences(drafts)), ctx.text, ctx.index, true);
}

/** The bodies a sentence tells received a trip ("X a accueilli la délégation", "It was hosted by X"). */
export function hostsIn(ctx: MentionContext, s: Span): ExtractedEntity[] {
  const span = ctx.text.slice(s.start, s.end);
  const invited = invitingHosts(ctx, s, span);
  if (!HOSTED_STEM.test(span)) return invited;
  const hosts = [...receivingHosts(ctx, s, span), ...ourHosts(ctx, s, span)];
  return [...new Set([...hosts, ...invited])];
}

// "Our hosts were the X and Y", "Our hosts on this side: X", "Notre hôte, la CCI X, avait préparé …", "Nos hôtes étaient X et Y":
// the travellers telling their own trip name who received them.
const OUR_HOSTS = wordRegex(
  String.raw`\b(?:(?:our|my)\s+hosts?(?:\s+[\p{L}]+){0,3}?\s*(?::|\s+(?:were|was|are|is|included)\s)|(?:notre|nos)\s+hôtes?(?:\s+[\p{L}]+){0,3}?\s*(?:[,:]|\s+(?:étaient|était|sont|est|furent|fut)\s))\s*`,
);

/** The bodies the travellers call their hosts. */
function ourHosts(ctx: MentionContext, s: Span, span: string): ExtractedEntity[] {
  const cue = OUR_HOSTS.exec(span);
  if (!cue) return [];
  return bodiesFrom(ctx, s.start + cue.index + cue[0].length, s.end);
}

/**
 * The bodies listed from `from`, the first of them right after it. With `placeFirst`, the list may open on a place
 * ("hosted by Quillen County and the Port of X", "by Vernelles Tourism and …" where only "Vernelles" is known): its bodies count.
 */
function bodiesFrom(ctx: MentionContext, from: number, end: number, placeFirst = false): ExtractedEntity[] {
  const bare = bareBody(ctx, from, end);
  const first = ctx.index.within(bare ? bare.end : from, end)[0];
  const listed =
    !first || !(first.entity.type === 'ORG' || (placeFirst && first.entity.type === 'PLACE')) || first.start - (bare?.end ?? from) > FIRST_BODY_REACH || (bare && !BARE_LINK.test(ctx.text.slice(bare.end, first.start)))
      ? []
      : coordinatedList(ctx.text, ctx.index, first.start, end).mentions.filter((x) => x.entity.type === 'ORG').map((x) => x.entity);
  return bare ? [bare.entity, ...listed.filter((x) => x !== bare.entity)] : listed;
}

// "accueillie par la Ville et par la MRC de X", "hosted by the Council and by the University of X": a town's body named
// by its bare head noun, standing for the document's one body of that kind.
const BARE_BODY = /^(?:la|le|l['’]|the)\s*(ville|municipalité|commune|mairie|city|town|municipality|(?:city|town|county|district|borough)\s+council|council)(?=\s*(?:,|et|and|&|$))/iu;
const BARE_LINK = /^\s*(?:,|et|and|&)\s+(?:par\s+|by\s+)?(?:la\s+|le\s+|l['’]|les\s+|the\s+)?$/iu;
function bareBody(ctx: MentionContext, from: number, end: number): { entity: ExtractedEntity; end: number } | undefined {
  const m = BARE_BODY.exec(ctx.text.slice(from, Math.min(end, from + 40)));
  if (!m) return undefined;
  const entity = bareBodyOf(ctx.index, m[1]!);
  return entity ? { entity, end: from + m[0].length } : undefined;
}

// "a séjourné à X du 3 au 8 mai, à l'invitation de la Ville de X", "was in X at the invitation of the City of X",
// "stayed there as guests of <a body>" (not "as a guest of honour").
const INVITED_BY = /(?<![\p{L}])(?:à\s+l['’]invitation|sur\s+(?:l['’])?invitation|at\s+the\s+invitation|as\s+(?:the\s+)?guests)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+(?:the\s+)?)/iu;

/** The bodies a trip went to at the invitation of are its hosts. */
function invitingHosts(ctx: MentionContext, s: Span, span: string): ExtractedEntity[] {
  const cue = INVITED_BY.exec(span);
  if (!cue) return [];
  return bodiesFrom(ctx, s.start + cue.index + cue[0].length, s.end);
}

function receivingHosts(ctx: MentionContext, s: Span, span: string): ExtractedEntity[] {
  const fronted = FRONTED_HOSTED.exec(span);
  const passive = fronted && TRIP_AFTER_HOSTS.test(span) ? fronted : HOSTED_BY.exec(span);
  const cue = passive && (passive === fronted || isTripSubject(span.slice(0, passive.index))) ? passive : apposedHosted(span);
  if (!cue) return activeHosts(ctx, s, span);
  return bodiesFrom(ctx, s.start + cue.index + cue[0].length, s.end, true);
}

// "La délégation, accueillie par X et par Y, a visité …", "A delegation from X spent a week in Y, hosted by Z": the
// participle set off by a comma after the words that tell the trip.
const APPOSED_HOSTED = /,\s*(?:accueillie?s?|reçue?s?|hosted|welcomed)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:par|by)\s+/iu;
const TRIP_BEFORE = /(?<![\p{L}])(?:délégation|delegation|mission|groupe|group|visiteurs|visitors|visite?|séjourn|spent|travell?ed|stayed)/iu;

function apposedHosted(span: string): RegExpExecArray | null {
  const cue = APPOSED_HOSTED.exec(span);
  return cue && TRIP_BEFORE.test(span.slice(0, cue.index)) ? cue : null;
}

// "The delegation comprised X and Y, and was hosted by Z", "Elle comprenait X, et a été reçue par Y": the trip, subject
// of the sentence, is the subject of the passive too.
const COORDINATED_TRIP_SUBJECT =
  /^\s*(?:(?:(?:the|a|an|its|their|this|la|le|les|une?|sa|son|leur|cette)\s+)?(?:(?!(?:the|a|an|la|le|les|une?)\s)[\p{L}'’-]+\s+){0,2}?(?:délégation|delegation|mission|groupe|group|visiteurs|visitors)|it|elle|they|ils|elles)(?![\p{L}])[^;:!?]*\s(?:and|et)\s+$/iu;

function isTripSubject(before: string): boolean {
  return TRIP_SUBJECT.test(before) || TRAVELLERS_SUBJECT.test(before) || COORDINATED_TRIP_SUBJECT.test(before);
}

// "The Greater Brookhaven Partnership hosted the group", "La Métropole X a accueilli la délégation": the
// bodies just before a host verb whose object is the trip.
const HOSTS_TRIP = wordRegex(
  String.raw`\b(?:hosted|welcomed|received|(?:a|ont|avait|avaient)\s+(?:accueilli|reçu)|accueill(?:e|ent|ait|aient)|reç?oi(?:t|vent)|recevai(?:t|ent))\s+(?:the|a|an|its|their|la|les|une|cette|leurs?)\s+(?:[\p{L}-]+\s+){0,2}?(?:group|delegation|visitors|mission|délégation|groupe|visiteurs)\b`,
);
// "La Ville de X et la MRC de Y l'ont accueillie", "X les reçoit": the trip as a pronoun before the verb;
// "X et Y nous ont reçus": the travellers telling their own trip.
const HOSTS_TRIP_PRONOUN = wordRegex(
  String.raw`\b(?:l['’]|les\s+|nous\s+)(?:(?:a|ont|avait|avaient|avons|avions)\s+(?:accueillie?s?|reçue?s?)|accueill(?:e|ent|ait|aient|era|eront)|reç?oi(?:t|vent)|recevai(?:t|ent)|recevr(?:a|ont))(?![\p{L}])`,
);
// "welcomed the visitors at a civic reception": a reception's host, not the trip's.
const AT_A_RECEPTION = /^[^.;]{0,40}?\b(?:reception|dinner|lunch|luncheon|breakfast|banquet|réception|dîner|déjeuner|cocktail|vin\s+d['’]honneur)\b/iu;
// The host's name ends right before its verb: "X hosted", "X and Y hosted", "X a accueilli".
const NAME_TO_VERB = 2;

function activeHosts(ctx: MentionContext, s: Span, span: string): ExtractedEntity[] {
  const cue = HOSTS_TRIP.exec(span) ?? HOSTS_TRIP_PRONOUN.exec(span);
  if (!cue || AT_A_RECEPTION.test(span.slice(cue.index + cue[0].length))) return [];
  const verb = s.start + cue.index;
  const before = ctx.index.within(s.start, verb).filter((m) => m.entity.type !== 'PERSON' || m.end > verb - NAME_TO_VERB - 1);
  const last = before[before.length - 1];
  if (!last || last.entity.type !== 'ORG' || verb - last.end > NAME_TO_VERB) return [];
  const first = before.find((m) => m.entity.type === 'ORG' && coordinatedList(ctx.text, ctx.index, m.start, verb).mentions.includes(last));
  return coordinatedList(ctx.text, ctx.index, first!.start, verb).mentions.filter((x) => x.entity.type === 'ORG').map((x) => x.entity);
}
