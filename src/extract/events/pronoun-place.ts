import type { ExtractedEntity, Span } from '../types.js';
import type { EntityMention } from './entity-index.js';
import { firstAtOrAfter } from '../text/first-at-or-after.js';
import { findPlace, isDestination, isVenueName, isLocative, isPartySeat, isPostSeat } from './find-arguments.js';
import { MAX_MENTIONS, nextSentence, toldSentences, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import type { EventMention } from './event-mention.js';

// "… y ont signé un protocole", "y a été paraphée", "y sera signée", "devrait y être signé", "envisagent d'y signer",
// "y envisagent la signature", "y organisent la signature", "intend to sign an agreement there" (not "there is", "there's"):
// "y" or "there" stands for the place just named. Read here and by planned-date-nearby (a signing on the trip just told).
export const SIGN_THERE_SOURCE =
  String.raw`(?:(?<![\p{L}’'])|(?<=(?<!\p{L})[dn][’']))y\s+(?:(?:ont|a|avaient|avait|sera|seront|serait|seraient|auront|aura|être)\s+)?(?:été\s+)?` +
  String.raw`(?:(?:envisag|prévoi|prévoy|compt)\p{L}{0,6}\s+(?:la\s+)?)?(?:sign|paraph|conclu|renouvel|scell|ratifi)` +
  String.raw`|(?:(?<![\p{L}’'])|(?<=(?<!\p{L})[dn][’']))y\s+\p{L}+\s+la\s+signature` +
  String.raw`|(?<!\p{L})(?:sign|paraph)\p{L}*\s+(?:[\p{L}\p{N}'’-]{1,25}\s+){0,8}?there(?![\p{L}])(?!['’]s(?![\p{L}])|\s+(?:is|are|was|were|will|would|has|have|had)(?![\p{L}]))`;
const THERE_SIGNED = new RegExp(SIGN_THERE_SOURCE, 'iu');
// "Cap sur Douala", "direction Dakar": where the story has just moved to.
const HEADING_FOR = /(?:^|[^\p{L}])(?:sur|direction)\s+$/iu;
// "Elle pourrait être signée …, prévue à Sion", "It will be signed in Lomé": the agreement just named.
const PRONOUN_SIGNED =
  /^\s*(?:Elle|Il|Celle-ci|Celui-ci|It)\s+(?:[\p{L}’']+\s+){0,4}?(?:signée?|paraphée?|conclue?|signed|initialled)(?![\p{L}])/u;

/**
 * Where an agreement told with no place was signed, from a pronoun: "Première étape à Abidjan.
 * … X et Y y ont signé un protocole" (the place the story is at), "Elle pourrait être signée …
 * lors d'une réunion prévue à Sion" (the next sentence's place).
 */
export function pronounPlaces(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  // A trip told in the next sentence ("It will be signed in X, when a delegation will travel …") leaves it free to read.
  const told = toldSentences(drafts.filter((d) => d.type === 'agreement'));
  for (const d of drafts) {
    // The ceremony told right after the signing is where it was, whatever a later sentence recalls.
    if (d.type === 'agreement' && !d.historic) d.place = heldAt(d, sentences, ctx) ?? d.place;
    if (d.type !== 'agreement' || d.historic) continue;
    if (!d.place) d.place = pronounPlace(d, (m) => thereSigned(ctx, sentences, m.sentence) ?? nextSentencePlace(ctx, sentences, m.sentence, told));
    // "… the promise of an agreement. … It is expected to be signed in X": where a plan is to be signed outweighs a place its clauses pass by.
    else if (d.status === 'planned') d.place = pronounPlace(d, (m) => nextSentencePlace(ctx, sentences, m.sentence, told)) ?? d.place;
  }
}

function pronounPlace(d: EventDraft, read: (m: EventMention) => ExtractedEntity | undefined): ExtractedEntity | undefined {
  for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
    const place = read(m);
    if (place) return place;
  }
  return undefined;
}

function thereSigned(ctx: MentionContext, sentences: readonly Span[], sentence: Span): ExtractedEntity | undefined {
  const there = THERE_SIGNED.exec(ctx.text.slice(sentence.start, sentence.end));
  if (!there) return undefined;
  const at = sentence.start + there.index;
  // The place named earlier in the same sentence, else the first place the previous sentence goes to.
  const own = storyPlaces(ctx, sentence.start, at).pop();
  if (own) return own.entity;
  const i = firstAtOrAfter(sentences, sentence.start);
  const previous = i > 0 ? sentences[i - 1] : undefined;
  if (!previous) return undefined;
  // "au château des comtes de X, à Y. … y ont signé": the town the building stands in, when the sentence names one.
  const places = storyPlaces(ctx, previous.start, previous.end);
  return (places.find((m) => !isVenueName(m.entity.name)) ?? places[0])?.entity;
}

/** Places of [start, end) that the story is at or goes to: "à Abidjan", "Cap sur Douala", not a body's seat. */
function storyPlaces(ctx: MentionContext, start: number, end: number): EntityMention[] {
  const { text, index } = ctx;
  return index
    .within(start, end)
    .filter(
      (m) =>
        m.entity.type === 'PLACE' &&
        (isLocative(text, m) || isDestination(text, m) || HEADING_FOR.test(text.slice(Math.max(0, m.start - 12), m.start))) &&
        !isPartySeat(text, index, m) &&
        !isPostSeat(text, m),
    );
}

function nextSentencePlace(ctx: MentionContext, sentences: readonly Span[], sentence: Span, told: ReadonlySet<number>): ExtractedEntity | undefined {
  const next = nextSentence(sentences, sentence);
  if (!next || told.has(next.start)) return undefined;
  const signed = PRONOUN_SIGNED.exec(ctx.text.slice(next.start, Math.min(next.end, next.start + 80)));
  if (!signed) return undefined;
  const at = next.start + signed.index + signed[0].length;
  return findPlace(ctx.text, ctx.index, { start: at, end: next.end }, at);
}

// "La cérémonie s'est tenue à l'hôtel de ville de Kayes", "The signing ceremony took place at Government House in Apia".
const CEREMONY_HELD =
  /^\s*(?:La\s+(?:cérémonie|signature)(?:\s+de\s+signature)?|The\s+(?:signing\s+)?(?:ceremony|signing))\s+(?:s['’]est\s+(?:tenue|déroulée)|a\s+eu\s+lieu|avait\s+eu\s+lieu|took\s+place|was\s+held)(?![\p{L}])/u;

/** The place of a ceremony told right after a mention that names none ("… ont renouvelé leur convention. La cérémonie s'est tenue à X"). */
function heldAt(d: EventDraft, sentences: readonly Span[], ctx: MentionContext): ExtractedEntity | undefined {
  for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
    if (m.place) return undefined;
    const place = ceremonyPlace(ctx, sentences, m.sentence);
    if (place) return place;
  }
  return undefined;
}

function ceremonyPlace(ctx: MentionContext, sentences: readonly Span[], sentence: Span): ExtractedEntity | undefined {
  const next = nextSentence(sentences, sentence);
  if (!next) return undefined;
  const held = CEREMONY_HELD.exec(ctx.text.slice(next.start, Math.min(next.end, next.start + 80)));
  if (!held) return undefined;
  const at = next.start + held.index + held[0].length;
  const place = findPlace(ctx.text, ctx.index, { start: at, end: next.end }, at);
  // "au pavillon X": a building; the event's place is its town, told elsewhere.
  return place && !isVenueName(place.name) ? place : undefined;
}
