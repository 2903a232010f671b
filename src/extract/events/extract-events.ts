import type { DateMention } from '../dates/extract-dates.js';
import type { ExtractedEntity, ExtractedEvent, Language, Span } from '../types.js';
import { EntityIndex } from './entity-index.js';
import { findEventMentions, type MentionContext } from './find-event-mentions.js';
import { mergeMentions, type EventDraft } from './merge-mentions.js';
import { titleZones } from './title-zones.js';

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
export function extractEvents(input: EventInput): ExtractedEvent[] {
  const index = new EntityIndex(input.entities);
  const ctx: MentionContext = { text: input.text, index, dates: input.dates, titles: titleZones(input.text, index) };
  const mentions = input.sentences.flatMap((s) => findEventMentions(ctx, s));
  const drafts = mergeMentions(mentions);
  return drafts.map((d) => toEvent(d, input, index));
}

function toEvent(d: EventDraft, input: EventInput, index: EntityIndex): ExtractedEvent {
  const date = d.date ?? fallbackDate(d, input);
  const parties = d.type === 'agreement' ? fillSecondParty(d, index) : d.parties;
  return {
    type: d.type,
    ...(d.type === 'agreement' ? { status: d.status ?? 'signed' } : {}),
    kind: d.kind,
    parties: parties.map((p) => p.name),
    signatories: d.signatories.map((p) => p.name),
    ...(date ? { date: date.value, dateText: date.text } : {}),
    ...(d.place ? { place: d.place.name } : {}),
    ...(d.occasion ? { occasion: d.occasion } : {}),
    confidence: confidence(d),
    evidence: evidence(d),
  };
}

/** No date in the clause: the sentence, then its line, then the nearest date before, then one just after. */
function fallbackDate(d: EventDraft, input: EventInput): DateMention | undefined {
  const first = d.mentions[0]!;
  const { start, end } = first.sentence;
  const inSentence = input.dates.find((x) => x.start >= start && x.end <= end);
  if (inSentence) return inSentence;
  const line = lineOf(input.text, start);
  const onLine = input.dates.filter((x) => x.start >= line.start && x.end <= line.end);
  if (onLine.length > 0) return nearest(onLine, start);
  const before = input.dates.filter((x) => x.end <= start);
  if (before.length > 0) return before[before.length - 1];
  return input.dates.find((x) => x.start >= end && x.start - end < 400);
}

function lineOf(text: string, at: number): Span {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  const e = text.indexOf('\n', at);
  return { start: s, end: e < 0 ? text.length : e };
}

function nearest(dates: readonly DateMention[], at: number): DateMention | undefined {
  return [...dates].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/** An agreement binds two sides: when the text names one, the document's most cited other actor is the other. */
function fillSecondParty(d: EventDraft, index: EntityIndex): ExtractedEntity[] {
  if (d.parties.length !== 1) return d.parties;
  const counts = new Map<ExtractedEntity, number>();
  for (const m of index.all) {
    if (m.entity.type === 'PERSON' || d.parties.includes(m.entity) || m.entity === d.place) continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? [...d.parties, best[0]] : d.parties;
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
