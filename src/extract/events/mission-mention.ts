import { wordRegex } from '../text/word-regex.js';
import type { ExtractedEntity, Span } from '../types.js';
import type { EventMention } from './event-mention.js';
import { findOccasion, findPlace, isDestination, isLocative, nearestDate, personMentions } from './find-arguments.js';
import type { Trigger } from './find-triggers.js';
import { candidates, firstAfter, reference, uniqueEntities, type MentionContext } from './mention-context.js';
import { affiliationParties } from './title-zones.js';

/** The mission mention of one clause: who travels, where to, when, led by whom. */
export function missionMention(ctx: MentionContext, sentence: Span, region: Span, trigger: Trigger): EventMention {
  const { text } = ctx;
  const mentions = candidates(ctx, region.start, region.end);
  const destinations = ctx.index
    .within(region.start, region.end)
    .filter((m) => m.entity.type === 'PLACE' && (isLocative(text, m) || isDestination(text, m)));
  const parties = uniqueEntities([...affiliationParties(ctx.titles, ctx.index, mentions), ...destinations.map((d) => d.entity)]);
  const place = placeAfterTravel(ctx, region) ?? findPlace(text, ctx.index, region, trigger.start);
  const leaders = personMentions(ctx.index, region.start, trigger.start).concat(ledBy(ctx, trigger.end, region.end), fronted(ctx, region, trigger));
  return {
    type: 'mission',
    trigger,
    sentence,
    region,
    reference: reference(trigger),
    cue: trigger.strong || destinations.length > 0 || TRAVEL.test(text.slice(region.start, region.end)),
    parties: orderDestinationLast(parties, place),
    signatories: uniqueEntities(leaders.map((m) => m.entity)),
    date: nearestDate(ctx.dates, region.start, region.end, trigger.start),
    place,
    occasion: findOccasion(text, region.start, region.end),
  };
}

// Verbs of going and receiving: "s'est rendue à", "a accueilli une délégation", "hosted a delegation".
const TRAVEL = wordRegex(
  String.raw`\b(?:(?:s['’]est|se\s+sont|se\s+rendra|se\s+rendront|se\s+rend(?:ent)?)\s+rendue?s?|rendue?s?\s+(?:à|au|en|aux)|accueill\p{L}*|reçue?s?|recevra|recevoir|visité\p{L}*|en\s+visite|venue?s?\s+(?:de|du|des|d['’])|hosted|hosts|hosting|welcomed|welcomes|received|visited|travel(?:l?ed|s|l?ing)?|arrived)\b`,
);

const LED_BY = wordRegex(String.raw`\b(?:conduite|menée|dirigée|présidée|led|headed)\s+(?:par|by)\b`, 'giu');

function ledBy(ctx: MentionContext, from: number, to: number) {
  const at = firstAfter(LED_BY, ctx.text, from, to);
  return at >= 0 ? personMentions(ctx.index, at, Math.min(to, at + 80)) : [];
}

// Where the trip went: the first place just after "reçue à", "s'est rendue à", "visited".
const ARRIVAL = wordRegex(
  String.raw`\b(?:rendue?s?|reçue?s?|accueillie?s?|visité|visited|travel(?:l?ed)?\s+to|arrived\s+in|hosted\s+in)\b`,
  'giu',
);

function placeAfterTravel(ctx: MentionContext, region: Span): ExtractedEntity | undefined {
  const at = firstAfter(ARRIVAL, ctx.text, region.start, region.end);
  if (at < 0) return undefined;
  return ctx.index.within(at, Math.min(region.end, at + 70)).find((m) => m.entity.type === 'PLACE')?.entity;
}

// "Accompagné d'une délégation …, X a …", "À la tête d'une délégation, X …": X leads it.
const FRONTED = /(?:accompagnée?s?|à\s+la\s+tête|accompanied|leading|heading)\s+(?:d['’]|de\s+|by\s+|of\s+)?(?:une?\s+|a\s+|an\s+|la\s+|the\s+)?$/iu;

function fronted(ctx: MentionContext, region: Span, trigger: Trigger) {
  if (!FRONTED.test(ctx.text.slice(Math.max(region.start, trigger.start - 40), trigger.start))) return [];
  const first = personMentions(ctx.index, trigger.end, region.end)[0];
  return first ? [first] : [];
}

function orderDestinationLast(parties: ExtractedEntity[], place: ExtractedEntity | undefined): ExtractedEntity[] {
  if (!place) return parties;
  return [...parties.filter((p) => p !== place), ...parties.filter((p) => p === place)];
}
