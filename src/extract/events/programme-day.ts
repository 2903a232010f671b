import { isSingleDay } from '../dates/iso-value.js';
import type { DateMention } from '../dates/extract-dates.js';
import type { EventDraft } from './merge-mentions.js';

// A day heading is a short line: the weekday and the day, perhaps a venue after a dash.
const MAX_HEADING = 90;
// How far above its entry a day heading may stand: one day's timetable.
const HEADING_REACH = 2000;

/**
 * "MARDI 10 MARS — Hôtel de ville", then "10 h : signature de la convention …": an entry of a programme
 * under a day heading takes that day when the entry itself gives none.
 */
export function programmeDays(drafts: readonly EventDraft[], text: string, dates: readonly DateMention[]): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.date || d.historic) continue;
    const entry = d.mentions.find((m) => m.entry !== undefined)?.entry;
    if (entry === undefined) continue;
    const day = dayHeadingAbove(text, entry, dates);
    if (day) d.date = day;
  }
}

/** The nearest line above `at` that is a day heading, with no other clock-free prose in between being a heading. */
function dayHeadingAbove(text: string, at: number, dates: readonly DateMention[]): DateMention | undefined {
  let best: DateMention | undefined;
  for (const date of dates) {
    if (date.start >= at || date.start < at - HEADING_REACH || !isSingleDay(date.value)) continue;
    if (!startsHeading(text, date)) continue;
    if (!best || date.start > best.start) best = date;
  }
  return best;
}

/** The date opens its own short line, at most a weekday before it ("Jeudi 19 novembre", "Thursday, 19 November"). */
function startsHeading(text: string, date: DateMention): boolean {
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  const lineEnd = text.indexOf('\n', date.end);
  const end = lineEnd < 0 ? text.length : lineEnd;
  if (end - lineStart > MAX_HEADING) return false;
  const before = text.slice(lineStart, date.start).trim();
  return before === '' || /^[\p{L}]{3,9},?$/u.test(before);
}
