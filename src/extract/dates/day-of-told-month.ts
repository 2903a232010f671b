import type { DateMention } from './extract-dates.js';
import { isValidDay } from './iso-value.js';
import { WordStartRegex } from '../text/word-regex.js';

// "On the 5th, at the market hall, …", "on the 3rd at the port", "Le 4, à l'hôtel de ville, …": a day with no month,
// told after a date that gives it ("from the 1st to the 5th of March"). A comma or a place word must follow, so that
// "on the 4th floor" or "le 4 à 2" stays no date, nor a decimal comma ("le 1,5 million", "le 2,5 %").
const DAY_ALONE = new WordStartRegex(
  String.raw`(?:[Oo]n\s{1,3}the\s{1,3}([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=\s{0,3}[,;.]|\s{1,3}(?:in|at|during)\s)|[Ll]e\s{1,3}(1er|[12]\d|3[01]|0?[1-9])(?=\s{0,3},(?!\s?\d)))`,
  'u',
);
// The date that gives the month is told this close before.
const MONTH_REACH = 1500;
const MONTH_OF_VALUE = /(\d{4}|-)-(\d{2})(?:-\d{2})?$/;

/** The mentions (in text order), with the days told alone that take the month (and year) of the nearest date told before them. */
export function withDaysOfToldMonth(text: string, mentions: readonly DateMention[]): DateMention[] {
  const found: DateMention[] = [];
  // One pass over matches and mentions together, both in text order: linear on long inputs.
  let i = 0;
  let told: RegExpExecArray | null = null;
  let toldEnd = 0;
  for (const m of DAY_ALONE.all(text)) {
    const start = m.index;
    const end = start + m[0].length;
    for (; i < mentions.length && mentions[i]!.end <= start; i++) {
      const month = MONTH_OF_VALUE.exec(mentions[i]!.value.split('/').at(-1)!);
      if (month) [told, toldEnd] = [month, mentions[i]!.end];
    }
    if ((i < mentions.length && mentions[i]!.start < end) || !told || start - toldEnd > MONTH_REACH) continue;
    const day = Number.parseInt(m[1] ?? m[2]!, 10);
    const year = told[1] === '-' ? undefined : Number(told[1]);
    if (!isValidDay(Number(told[2]), day, year)) continue;
    // "the 4th" is the date's text, not "On".
    const dayStart = m[1] ? start + m[0].toLowerCase().indexOf('the') : start;
    found.push({ start: dayStart, end, text: text.slice(dayStart, end), value: `${year ?? '-'}-${told[2]}-${String(day).padStart(2, '0')}` });
  }
  if (found.length === 0) return [...mentions];
  return [...mentions, ...found].sort((a, b) => a.start - b.start);
}
