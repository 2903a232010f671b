import type { DateMention } from '../dates/extract-dates.js';
import { yearOf } from '../dates/iso-value.js';
import type { ExtractedEntity, Span } from '../types.js';
import type { EventMention } from './event-mention.js';
import { findPlace } from './find-arguments.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';

// "Une délégation doloise fera le voyage à cette occasion", "will travel to Ohio for the signing";
// "fera alors le déplacement", "y conduira une délégation", "is expected then", "is expected to attend", "will come up for that",
// "to lead a delegation to X at that time" (a past "led by the mayor at that time" is no cue).
// Read as one alternation, the branches that open on a letter class or a word boundary are tried at
// every offset of the clause; each of those runs alone, and only on a clause that holds its word
// (same flags, so the same case folding). A clause says it when any branch matches.
const FOR_THE_OCCASION = /(?:pour|à|en)\s+(?:l['’]|cette\s+)occasion|pour\s+(?:la|cette)\s+signature|(?:for|on)\s+(?:the|that|this)\s+(?:signing|occasion|ceremony)/iu;
const CUES_WITH_THEIR_WORD: readonly (readonly [word: RegExp, cue: RegExp])[] = [
  [/alors/iu, /\p{L}(?:ra|rait|ront|raient)\s+alors\b/iu],
  [/conduira|mènera|dirigera/iu, /\by\s+(?:conduira|conduirait|mènera|mènerait|dirigera|emmènera)\b/iu],
  [/expected/iu, /\b(?:is|are)\s+expected\s+(?:then|to\s+attend)\b/iu],
  // "A delegation from X, led by its mayor, would attend", "will attend the signing": the trip goes to the occasion told.
  [/attend/iu, /\b(?:will|would)\s+(?:also\s+)?attend(?:\s+(?:the|that|this)\s+(?:signing|ceremony|event))?\s*[.,;]/iu],
  [/that/iu, /\bfor\s+that\s*[.,;]|\b(?:will|to)\s+(?:lead|travel|visit|go|come)\b[^.]*\bat\s+that\s+time\b/iu],
];

/** Whether a trip's clause says it is made for an occasion told before ("pour l'occasion", "for the signing"). */
export function madeForTheOccasion(clause: string): boolean {
  return FOR_THE_OCCASION.test(clause) || CUES_WITH_THEIR_WORD.some(([word, cue]) => word.test(clause) && cue.test(clause));
}

/**
 * A new trip made for an agreement's signing ("Une délégation X fera le voyage pour l'occasion")
 * goes when and where the agreement told just before is to be signed: it takes that date, and
 * that place as its host when its own clause names none. The telling read is the agreement's
 * latest before the trip (a planned one first): "renouveler la charte en 2027, à Étretat".
 */
export function forTheOccasion(m: EventMention, drafts: readonly EventDraft[]): EventMention {
  if (m.type !== 'mission' || !m.forOccasion || m.reference !== 'indefinite' || m.date) return m;
  // The occasion told in the sentence just before ("… renouveler la charte en 2027, à Étretat. Une délégation …"), else the agreement's.
  const before = m.occasionBefore;
  const told = before?.date && !tellsTrip(drafts, before.region) ? before : occasionTelling(drafts, m);
  if (!told) return m;
  const host = m.place ?? told.place;
  const parties = host && !m.place && !m.parties.includes(host) ? [...m.parties, host] : m.parties;
  return { ...m, date: told.date, place: host, parties, hosts: m.place || !host ? m.hosts : [host], cue: m.cue || parties.length > 1 };
}

/** Whether a trip is told in `region` (then the sentence is no occasion but another trip). */
function tellsTrip(drafts: readonly EventDraft[], region: Span): boolean {
  return drafts.some((d) => d.type === 'mission' && d.mentions.some((x) => x.region.start < region.end && x.region.end > region.start));
}

/** The latest agreement mention before the trip that tells a date or a place, a planned one first. */
function occasionTelling(drafts: readonly EventDraft[], m: EventMention): EventMention | undefined {
  let latest: EventMention | undefined;
  let planned: EventMention | undefined;
  for (const d of drafts) {
    if (d.type !== 'agreement') continue;
    for (const x of d.mentions) {
      if (x.region.start >= m.region.start || !(x.date || x.place)) continue;
      if (!latest || x.region.start > latest.region.start) latest = x;
      if (x.status === 'planned' && (!planned || x.region.start > planned.region.start)) planned = x;
    }
  }
  return planned ?? latest;
}

// A sentence is rarely longer: reading further back for the one before costs time for nothing.
const SENTENCE_REACH = 400;

// "La signature est prévue en juin 2027, à Cap-aux-Brumes. « Nous sommes d'accord … », a plaisanté le maire. Une délégation
// fera le voyage à cette occasion.": a remark may come between the occasion and the trip made for it.
const SENTENCES_BACK = 2;

/** The date and the place of the nearest of the sentences just before `sentence` that holds a date ("Elle devrait être signée à l'automne 2027 à Cap-Lavande."). */
export function occasionBefore(ctx: MentionContext, sentence: Span): { region: Span; date?: DateMention; place?: ExtractedEntity } | undefined {
  let end = sentence.start;
  for (let i = 0; i < SENTENCES_BACK && end > 0; i++) {
    const region = sentenceBefore(ctx.text, end);
    const dates = ctx.dates.filter((d) => d.start >= region.start && d.end <= region.end);
    const date = latestOccasionDate(dates);
    if (date) return { region, date, place: findPlace(ctx.text, ctx.index, region, region.start) };
    end = region.start;
  }
  return undefined;
}

// "to be signed on <date>, during <an occasion> marking <an old year>'s <event>": a year told after the occasion's own but
// earlier than it recalls the past the occasion marks. A day told with no year ("on <month> <day>") is of the story's own
// time, later than any year it recalls.
function latestOccasionDate(dates: readonly DateMention[]): DateMention | undefined {
  const years = dates.map((d) => yearOf(d.value) ?? Number.POSITIVE_INFINITY);
  const latestYear = Math.max(...years);
  return dates.filter((_d, i) => years[i]! >= latestYear).at(-1);
}

/** The sentence that ends just before `end`, read no further back than a sentence's usual length. */
function sentenceBefore(text: string, end: number): Span {
  const from = Math.max(0, end - SENTENCE_REACH);
  const before = text.slice(from, end).trimEnd();
  const stop = Math.max(before.slice(0, -1).search(/[.!?\n][^.!?\n]*$/u), -1);
  return { start: from + stop + 1, end: from + before.length };
}
