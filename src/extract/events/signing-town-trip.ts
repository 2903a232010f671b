import type { ExtractedEntity, Span } from '../types.js';
import type { EventMention } from './event-mention.js';
import { findOccasion } from './find-arguments.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { placeRank } from './place-rank.js';

// "It should be signed in X in May 2027. « … », he said. A delegation will travel to Y for the signing":
// a remark may come between the signing told and the trip made for it.
const SENTENCES_BACK = 3;

// "would be signed in X", "hope to sign it in X", "devrait être signée à X", "la signer à X": the town just after
// a signing verb and its locative.
const SIGNED_IN_BEFORE =
  /(?:^|[^\p{L}])(?:sign(?:ed|er|era|eront|erait|eraient|é|ée|és|ées)?|paraph(?:é|ée|er)|conclu(?:e|re)?)\s+(?:(?:it|them|la|le|les|l['’])\s+)?(?:in|at|à|au)\s+$/iu;

// A territory the gazetteer does not rank but whose name says what it is: "Chiba Prefecture", "Nakuru County".
const TERRITORY_HEAD = /(?:^|\s)(?:Prefecture|Province|County|State|Region|Oblast|Governorate|Voivodeship)$|^(?:province|région|préfecture|comté|état|oblast)\s/iu;

// "lorsqu'une délégation de Y sera reçue en Touraine": told from the host's side, the trip is received in the host's
// region as a whole, which stays its place.
const RECEIVED = /(?:^|[^\p{L}])(?:reçue?s?|accueillie?s?|received|hosted|welcomed)(?![\p{L}])/iu;

/**
 * "The agreement will be signed in X next spring, during the Y Festival, when a delegation will travel to Ruritania",
 * "… signé à X au printemps. Une délégation se rendra alors en Ruritanie": a trip made for a planned signing (held
 * during a named event, or tied to it by its own words) and worded as a country or a region goes to the town
 * where the signing is to be held.
 */
export function signingTownTrips(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  const plans = drafts.filter((a) => a.type === 'agreement' && a.status === 'planned' && !a.historic);
  for (const d of drafts) {
    if (d.type !== 'mission' || !d.place || !isTerritory(d.place)) continue;
    const told = d.mentions.filter((m) => (m.planned || m.forOccasion) && !RECEIVED.test(ctx.text.slice(m.region.start, m.region.end)));
    let town: ExtractedEntity | undefined;
    for (const m of told) if ((town = signingTown(ctx, m, sentences, plans))) break;
    if (!town || elsewhere(town, d.place)) continue;
    d.place = town;
    // A trip with one side named is received by the town it goes to.
    if (d.parties.length < 2 && !d.parties.includes(town)) d.parties.push(town);
  }
}

/** A country or a region: ranked so by the gazetteer, or named with a territory's head word. */
export function isTerritory(place: ExtractedEntity): boolean {
  return placeRank(place) > 1 || TERRITORY_HEAD.test(place.name);
}

/** Where the reading for a trip's signing starts: a couple of sentences before the trip's own. */
function readFrom(m: EventMention, sentences: readonly Span[]): number {
  const at = sentences.findIndex((s) => s.start <= m.sentence.start && m.sentence.start < s.end);
  return at < 0 ? m.sentence.start : sentences[Math.max(0, at - SENTENCES_BACK)]!.start;
}

/** The town of the signing a trip mention is made for, when the sentence naming it also names the event. */
function signingTown(ctx: MentionContext, m: EventMention, sentences: readonly Span[], plans: readonly EventDraft[]): ExtractedEntity | undefined {
  const from = readFrom(m, sentences);
  const town = plannedTownBefore(plans, m, from) ?? signedInBefore(ctx, m, from);
  return town && (heldDuringEvent(ctx, m, sentences, town, from) || madeForSigning(ctx, m)) ? town : undefined;
}

/** The town of a planned signing told in the trip's sentence before it or in one of the sentences just before. */
function plannedTownBefore(plans: readonly EventDraft[], m: EventMention, from: number): ExtractedEntity | undefined {
  let found: ExtractedEntity | undefined;
  for (const a of plans)
    for (const x of a.mentions) {
      const place = x.place ?? a.place;
      if (!place || placeRank(place) !== 1 || x.region.start < from || x.region.start >= m.trigger.start) continue;
      found = place;
    }
  return found;
}

/** The last town put right after a signing verb ("to be signed in X") between the reading's start and the trip. */
function signedInBefore(ctx: MentionContext, m: EventMention, from: number): ExtractedEntity | undefined {
  const towns = ctx.index
    .within(from, m.trigger.start)
    .filter((x) => x.entity.type === 'PLACE' && placeRank(x.entity) === 1 && SIGNED_IN_BEFORE.test(ctx.text.slice(Math.max(0, x.start - 40), x.start)));
  return towns[towns.length - 1]?.entity;
}

/**
 * Whether the sentence that names the town for the signing also names the event the signing is held during
 * ("during the Lakeside Jazz Festival", "lors de la Foire de X"): the trip goes to that event, in that town.
 * A trip that is itself the occasion ("à l'occasion d'une mission en Afrique de l'Ouest") keeps its own place.
 */
function heldDuringEvent(ctx: MentionContext, m: EventMention, sentences: readonly Span[], town: ExtractedEntity, from: number): boolean {
  const named = ctx.index.within(from, m.trigger.start).filter((x) => x.entity === town);
  return namesEvent(ctx.text, m.sentence) || named.some((x) => namesEvent(ctx.text, sentences.find((s) => s.start <= x.start && x.start < s.end)));
}

// "Une délégation se rendra alors en Belgique", "fera le déplacement en Charente à cette occasion", "will travel to
// Wales for the signing": the trip's own sentence ties it to the signing just told. "alors que" (whereas) and
// "the then mayor" tie nothing.
const TIED_TO_SIGNING =
  /(?:^|[^\p{L}])(?:alors(?!\s+qu)|à\s+cette\s+occasion|pour\s+l['’]occasion|pour\s+la\s+signature|(?<!the\s)then|for\s+the\s+(?:occasion|signing|ceremony))(?![\p{L}])/iu;

/** Whether the trip mention's sentence says the trip is made for the signing told before it. */
function madeForSigning(ctx: MentionContext, m: EventMention): boolean {
  return TIED_TO_SIGNING.test(ctx.text.slice(m.sentence.start, m.sentence.end));
}

// An event's own name starts with a capital, or follows its kind ("the Harbour Festival", "le salon Vinexpo");
// "une mission", "a visit" name none.
const NAMED = /^(?:\p{Lu}|\p{Ll}+\s+\p{Lu})/u;

function namesEvent(text: string, sentence: Span | undefined): boolean {
  const occasion = sentence && findOccasion(text, sentence.start, sentence.end);
  return occasion !== undefined && NAMED.test(occasion);
}

/** Whether the gazetteer puts the town in another country than the territory the trip names. */
function elsewhere(town: ExtractedEntity, territory: ExtractedEntity): boolean {
  return town.geo !== undefined && territory.geo !== undefined && town.geo.country !== territory.geo.country;
}
