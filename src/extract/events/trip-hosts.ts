import { wordRegex } from '../text/word-regex.js';
import type { ExtractedEntity, Span } from '../types.js';
import { coordinatedList } from './find-arguments.js';
import { toldSentences, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { addTripSides } from './trip-members.js';
import { tripRetold } from './trip-anaphora.js';

// "Elle a été accueillie par X", "Elle est reçue par X", "The group was hosted by the X", "It was welcomed by X";
// a few words may come between: "received on arrival by X", "accueillie à Lyon par X".
const HOSTED_BY = wordRegex(
  String.raw`\b(?:(?:a|ont|avait|avaient|sera|seront)\s+été|est|sont|était|étaient|was|were|is|are|(?:has|have)\s+been|will\s+be)\s+(?:accueillie?s?|reçue?s?|hosted|welcomed|received)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:par|by)\s+`,
);
const HOSTED_STEM = /accueilli|reçu|hosted|welcomed|received/i;
// The trip is the subject: a pronoun, or "la délégation", "the group", "les visiteurs".
const TRIP_SUBJECT = /(?:^|[\s,])(?:elle|il|elles|ils|it|they|(?:la|le|les|the)\s+(?:délégation|groupe|mission|visiteurs|delegation|group|mission|visitors)(?:\s+\p{L}[\p{L}-]*)?)\s+$/iu;
// "accueillie par le maire, X, et par …": a person first is no body; the body must come right after the cue.
const FIRST_BODY_REACH = 20;

/**
 * The body a trip was received by is its host side: "La délégation … séjourne en Provence. Elle a été
 * accueillie par la Métropole X", "The group was hosted by the X Commission". Read in the trip's
 * sentences and the ones just after that tell no other event.
 */
export function tripHosts(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  if (!drafts.some((d) => d.type === 'mission') || !HOSTED_STEM.test(ctx.text)) return;
  addTripSides(drafts, sentences, (s) => hostsIn(ctx, s), undefined, tripRetold(drafts, sentences, ctx.text, toldSentences(drafts)));
}

function hostsIn(ctx: MentionContext, s: Span): ExtractedEntity[] {
  const span = ctx.text.slice(s.start, s.end);
  if (!HOSTED_STEM.test(span)) return [];
  const cue = HOSTED_BY.exec(span);
  if (!cue || !TRIP_SUBJECT.test(span.slice(0, cue.index))) return [];
  const from = s.start + cue.index + cue[0].length;
  const first = ctx.index.within(from, s.end)[0];
  if (!first || first.entity.type !== 'ORG' || first.start - from > FIRST_BODY_REACH) return [];
  return coordinatedList(ctx.text, ctx.index, first.start, s.end).mentions.filter((x) => x.entity.type === 'ORG').map((x) => x.entity);
}
