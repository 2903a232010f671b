import type { Span } from '../types.js';
import { firstAtOrAfter } from '../text/first-at-or-after.js';
import type { EventMention } from './event-mention.js';
import { datesWithin, findPlace } from './find-arguments.js';
import type { MentionContext } from './mention-context.js';

// "Ce jour-là, le maire et son homologue signaient la charte", "On that day the two mayors signed":
// the day the previous sentence told.
const THAT_DAY = /(?<![\p{L}])(?:ce\s+jour-?là|(?:on\s+)?that\s+(?:very\s+)?day)(?![\p{L}])/iu;
const THAT_DAY_STEM = /jour|day/i;

/**
 * An agreement signed "ce jour-là" / "that day" with no date of its own was signed on the date
 * the sentence before tells ("C'était le 7 août 1986."), and where that sentence places it.
 */
export function thatDay(mentions: readonly EventMention[], sentences: readonly Span[], ctx: MentionContext): EventMention[] {
  return mentions.map((m) => {
    if (m.type !== 'agreement' || m.date) return m;
    const clause = ctx.text.slice(m.region.start, m.region.end);
    if (!THAT_DAY_STEM.test(clause) || !THAT_DAY.test(clause)) return m;
    const i = firstAtOrAfter(sentences, m.sentence.start);
    const previous = i > 0 ? sentences[i - 1] : undefined;
    if (!previous) return m;
    const dates = datesWithin(ctx.dates, previous.start, previous.end);
    const date = dates.filter((d) => /\d{2}-\d{2}$/.test(d.value)).pop() ?? dates[dates.length - 1];
    if (!date) return m;
    return { ...m, date, place: m.place ?? findPlace(ctx.text, ctx.index, previous, previous.start) };
  });
}
