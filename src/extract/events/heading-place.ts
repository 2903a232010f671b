import type { Span } from '../types.js';
import type { EventMention } from './event-mention.js';
import { findPlace } from './find-arguments.js';
import type { MentionContext } from './mention-context.js';

// A section's heading is a few lines above its agreements; the walk back reads no further (bounded time).
const SECTION_REACH = 1500;
const HEADING_MAX = 90;
const SIGNING_STEM = /sign|paraph|conclu|inked/i;

/**
 * "Deux accords signés à Singapour", then paragraphs that tell each: an agreement told under a
 * section heading that says where its texts were signed, with no place of its own, was signed there.
 */
export function headingPlaces(mentions: readonly EventMention[], ctx: MentionContext): EventMention[] {
  return mentions.map((m) => {
    if (m.type !== 'agreement' || m.place || m.historic || m.content || m.status !== 'signed' || recalled(m)) return m;
    const heading = headingAbove(ctx.text, m.sentence.start);
    if (!heading || !SIGNING_STEM.test(ctx.text.slice(heading.start, heading.end))) return m;
    const place = findPlace(ctx.text, ctx.index, heading, heading.start);
    return place ? { ...m, place } : m;
  });
}

/** "liés par une convention signée en 1993": a text dated by a bare year is recalled, not one of the section's. */
function recalled(m: EventMention): boolean {
  return m.date !== undefined && /^\d{4}$/.test(m.date.value);
}

/** The nearest line above `at` that stands alone between blank lines, short and with no closing punctuation. */
function headingAbove(text: string, at: number): Span | undefined {
  let end = text.lastIndexOf('\n', at - 1);
  while (end > 0 && at - end < SECTION_REACH) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    const blankBefore = start < 2 || text[start - 2] === '\n';
    if (line !== '' && blankBefore && text[end + 1] === '\n' && line.length <= HEADING_MAX && !/[.!?»"”:;,]$/.test(line)) return { start, end };
    end = start - 1;
  }
  return undefined;
}
