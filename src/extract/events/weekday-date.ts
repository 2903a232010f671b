import type { DateMention } from '../dates/extract-dates.js';
import { WEEKDAY_NAMES, weekdayNumber } from '../dates/calendar-words.js';
import { addDays, isSingleDay, weekdayOf } from '../dates/iso-value.js';
import type { Span } from '../types.js';

// "a signé mardi", "signed on Tuesday", "Last Tuesday, …", "jeudi dernier": a weekday alone. Not one that opens a date
// ("mardi 17 novembre", "Tuesday, Nov. 10"), a plan ("mardi prochain", "next Tuesday", "the following Monday") or a habit
// ("every Tuesday", "chaque mardi", "Tuesdays").
const BARE_WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?:every|chaque|next|following|suivant|each)\s{1,3})(?<last>last\s+)?(?<day>${WEEKDAY_NAMES.flat().join('|')})(?![\p{L}])` +
    String.raw`(?!,?\s{1,3}(?:the\s+)?\d)(?!\s+(?:prochain|suivant|d['’]après|next|week|soir\s+prochain))(?<ago>\s+dernier)?`,
  'iu',
);

/** The day a weekday alone names in the first of `sentences` that has no date of its own. */
export function mentionedWeekday(text: string, sentences: readonly Span[], dates: readonly DateMention[], issue: DateMention | undefined): DateMention | undefined {
  for (const s of sentences) {
    if (dates.some((x) => x.start >= s.start && x.end <= s.end)) continue;
    const day = weekdayDate(text, s, dates, issue);
    if (day) return day;
  }
  return undefined;
}

/**
 * "les deux maires ont signé mardi une entente": the day a weekday alone names. The day the text writes out with that
 * weekday ("mardi 17 novembre") nearest the sentence, else the last such weekday before the issue date.
 */
export function weekdayDate(text: string, sentence: Span, dates: readonly DateMention[], issue: DateMention | undefined): DateMention | undefined {
  const m = BARE_WEEKDAY.exec(text.slice(sentence.start, sentence.end));
  if (!m?.groups) return undefined;
  const name = m.groups.day!.toLowerCase();
  const written = nearestWritten(dates, name, sentence.start);
  if (written) return written;
  const day = weekdayNumber(name)!;
  const value = issue && dayBefore(issue.value, day, m.groups.last !== undefined || m.groups.ago !== undefined);
  if (!value) return undefined;
  const start = sentence.start + m.index;
  return { start, end: start + m[0].length, text: m[0], value };
}

function nearestWritten(dates: readonly DateMention[], name: string, at: number): DateMention | undefined {
  let best: DateMention | undefined;
  for (const d of dates) {
    if (!isSingleDay(d.value) || !opensWith(d.text, name)) continue;
    if (!best || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  }
  return best;
}

function opensWith(dateText: string, name: string): boolean {
  const lower = dateText.toLowerCase().replace(/^(?:le|on|the)\s+/, '');
  return lower.startsWith(name) && !/\p{L}/u.test(lower.charAt(name.length));
}

/** The ISO day of the latest `weekday` on or before `issue` (before it, when the text says "last" or "dernier"). */
function dayBefore(issue: string, weekday: number, strictlyBefore: boolean): string | undefined {
  const issueWeekday = weekdayOf(issue);
  if (issueWeekday === undefined) return undefined;
  let back = (issueWeekday - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(issue, -back);
}
