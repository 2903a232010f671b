import type { DateMention } from '../../../src/extract/dates/extract-dates.js';
import { extractEvents } from '../../../src/extract/events/extract-events.js';
import { splitSentences } from '../../../src/extract/text/split-sentences.js';
import type { EntityType, EventType, ExtractedEntity, ExtractedEvent, Language } from '../../../src/extract/types.js';

/** Entities for a test sentence: each [type, name, ...other forms] gets every mention of its forms. */
export function entitiesFor(text: string, specs: readonly (readonly [EntityType, string, ...string[]])[]): ExtractedEntity[] {
  return specs.map(([type, name, ...aliases]) => {
    const mentions = [name, ...aliases].flatMap((form) => occurrences(text, form));
    if (mentions.length === 0) throw new Error(`test entity not in text: ${name}`);
    return { type, name, aliases, confidence: 1, mentions: mentions.sort((a, b) => a.start - b.start) };
  });
}

/** extractEvents on a test sentence with the given entities (and dates), sentences split as extract() does. */
export function eventsFor(text: string, specs: readonly Spec[], dates: DateMention[] = [], language: Language = 'fr'): ExtractedEvent[] {
  return extractEvents({ text, language, sentences: splitSentences(text), entities: entitiesFor(text, specs), dates });
}

export type Spec = readonly [EntityType, string, ...string[]];

type EventsForArgs = Parameters<typeof eventsFor>;

/** The first event of `type` among `events`, or undefined. */
export function firstOfType(events: readonly ExtractedEvent[], type: EventType): ExtractedEvent | undefined {
  return events.find((e) => e.type === type);
}

/** The first mission eventsFor reads in a test sentence, or undefined. */
export function missionFor(...args: EventsForArgs): ExtractedEvent | undefined {
  return firstOfType(eventsFor(...args), 'mission');
}

/** Every mission eventsFor reads in a test sentence. */
export function missionsFor(...args: EventsForArgs): ExtractedEvent[] {
  return missions(eventsFor(...args));
}

/** The missions among `events`. */
export function missions(events: readonly ExtractedEvent[]): ExtractedEvent[] {
  return events.filter((e) => e.type === 'mission');
}

/** The first agreement eventsFor reads in a test sentence, or undefined. */
export function agreementFor(...args: EventsForArgs): ExtractedEvent | undefined {
  return firstOfType(eventsFor(...args), 'agreement');
}

/** Every agreement eventsFor reads in a test sentence. */
export function agreementsFor(...args: EventsForArgs): ExtractedEvent[] {
  return agreements(eventsFor(...args));
}

/** The agreements among `events`. */
export function agreements(events: readonly ExtractedEvent[]): ExtractedEvent[] {
  return events.filter((e) => e.type === 'agreement');
}

/** A date mention for the first occurrence of `form`. */
export function dateFor(text: string, form: string, value: string): DateMention {
  const start = text.indexOf(form);
  if (start < 0) throw new Error(`test date not in text: ${form}`);
  return { start, end: start + form.length, text: form, value };
}

function occurrences(text: string, form: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + form.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) out.push({ start: i, end: i + form.length });
  }
  return out;
}
