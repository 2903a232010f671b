import type { DateMention } from '../dates/extract-dates.js';
import type { ExtractedEntity, ExtractedEvent, Language, Span } from '../types.js';

export interface EventInput {
  readonly text: string;
  readonly language: Language;
  readonly sentences: readonly Span[];
  readonly entities: readonly ExtractedEntity[];
  readonly dates: readonly DateMention[];
}

/** Agreement and mission events found in the text (rules land in the next commits). */
export function extractEvents(_input: EventInput): ExtractedEvent[] {
  return [];
}
