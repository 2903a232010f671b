import { DAY, FULL_MONTH, MONTH, WEEKDAY, YEAR, YEAR_DIGITS, dayNumber, monthNumber } from './calendar-words.js';
import type { DatePoint } from './iso-value.js';
import { isValidDay } from './iso-value.js';
import { isYearInContext } from './year-context.js';

/** A date found by a rule, before missing years are filled in. */
export interface DateCandidate {
  readonly start: number;
  readonly end: number;
  readonly from: DatePoint;
  readonly to?: DatePoint;
  /** "dernier" / "last": the closest such date before publication; "prochain" / "next": the closest after it. */
  readonly relation?: 'last' | 'next';
}

/** Where a rule's match begins: at a day number (1–2 digits), a year (4 digits) or a month name. */
export type Anchor = 'day' | 'year' | 'month';

export interface DateRule {
  readonly name: string;
  readonly anchor: Anchor;
  /** Sticky: tried only at anchor positions, so a text costs one cheap scan for anchors. */
  readonly pattern: RegExp;
  readonly build: (match: RegExpExecArray, text: string) => DateCandidate | null;
}

// Whitespace between date parts is bounded so that long runs of spaces cost nothing.
const S = '\\s{1,3}';
const S0 = '\\s{0,3}';
const TO = `${S0}(?:au|à|et|-|–|—|to|through|and|&)${S0}(?:le${S})?(?:${WEEKDAY},?${S})?`;
const DAY_NUMBER = DAY.replace('|premier', '');

const rule = (name: string, anchor: Anchor, source: string, build: DateRule['build']): DateRule => ({
  name,
  anchor,
  pattern: new RegExp(source, 'iyu'),
  build,
});

const year = (s: string | undefined): number | undefined => (s ? Number.parseInt(s, 10) : undefined);

function point(dayText: string | undefined, monthText: string | undefined, yearText?: string): DatePoint | null {
  const month = monthText ? monthNumber(monthText) : undefined;
  if (month === undefined || (!yearText && monthText && isEnglishVerb(monthText))) return null;
  const y = year(yearText);
  if (dayText === undefined) return { year: y, month };
  const day = dayNumber(dayText);
  return isValidDay(month, day, y) ? { year: y, month, day } : null;
}

function span(match: RegExpExecArray, from: DatePoint | null, to?: DatePoint | null, relation?: DateCandidate['relation']): DateCandidate | null {
  if (!from || to === null) return null;
  return { start: match.index, end: match.index + match[0].length, from, to, relation };
}

/** Rules that start at a day number: French day-first dates and ranges, English "3rd of May". */
const dayRules: readonly DateRule[] = [
  // 28 février au 3 mars 2023
  // the 26th of October to the 3rd of November
  rule('day-month range', 'day', `(${DAY_NUMBER})${S}(?:of${S})?(${MONTH})(?:${S}(${YEAR}))?${TO}(?:the${S})?(${DAY_NUMBER})${S}(?:of${S})?(${MONTH})(?:,?${S}(${YEAR}))?`, (m) =>
    span(m, point(m[1], m[2], m[3] ?? m[6]), point(m[4], m[5], m[6]))),
  // 12 au 15 septembre; 7 et 8 octobre 2014; 3-5 July 2019
  rule('days of one month', 'day', `(${DAY_NUMBER})(?:${S0},${S0}${DAY_NUMBER}){0,5}${TO}(?:the${S})?(${DAY_NUMBER})${S}(?:of${S})?(${MONTH})(?:,?${S}(${YEAR}))?`, (m) =>
    span(m, point(m[1], m[3], m[4]), point(m[2], m[3], m[4]))),
  // 17 mars; 1er juin 2005; 3rd of May; 10 novembre dernier; 10 janvier prochain
  rule('day month', 'day', `(${DAY_NUMBER})${S}(?:of${S}|de${S})?(${MONTH})(?:,?${S}(${YEAR})|${S}(dernier|prochain))?`, (m) =>
    span(m, point(m[1], m[2], m[3]), undefined, relationOf(m[4]))),
];

/** Rules that start at a month name: English month-first dates, months with a year. */
const monthRules: readonly DateRule[] = [
  // May 30 to June 2, 2018
  rule('month-day range', 'month', `(${MONTH})${S}(${DAY_NUMBER})(?:,?${S}(${YEAR}))?${TO}(${MONTH})${S}(${DAY_NUMBER})(?:,?${S}(${YEAR}))?`, (m) =>
    span(m, point(m[2], m[1], m[3] ?? m[6]), point(m[5], m[4], m[6]))),
  // May 3-6, 2018; May 3 and 4
  rule('month days range', 'month', `(${MONTH})${S}(${DAY_NUMBER})${TO}(${DAY_NUMBER})(?:,?${S}(${YEAR}))?`, (m) =>
    span(m, point(m[2], m[1], m[4]), point(m[3], m[1], m[4]))),
  // May 3; April 19, 2024
  rule('month day', 'month', `(${MONTH})${S}(${DAY_NUMBER})(?:,?${S}(${YEAR}))?`, (m) => span(m, point(m[2], m[1], m[3]))),
  // juin 2021; July 2010; May of 2018
  rule('month year', 'month', `(${MONTH})(?:${S}(?:de|of))?,?${S}(${YEAR})`, (m) => span(m, point(undefined, m[1], m[2]))),
  // avril dernier; en avril; in August (the cue is checked before the month)
  rule('month alone', 'month', `(${FULL_MONTH})(?!,?${S}\\d)(?:${S}(dernier|prochain))?`, (m, text) => monthAlone(m, text)),
];

/** Rules that start at digits: ISO, numeric, year ranges and bare years. */
const numberRules: readonly DateRule[] = [
  // 2026-05-08, and the same year-first order with slashes or dots: 2026/05/08, 2026.05.08
  rule('iso day', 'year', `(${YEAR_DIGITS})([-/.])(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?![\\d])`, (m) =>
    span(m, isValidDay(+m[3]!, +m[4]!, +m[1]!) ? { year: +m[1]!, month: +m[3]!, day: +m[4]! } : null)),
  // 2026-NOV-16: minutes and registers put a month abbreviation between year and day.
  rule('year month-word day', 'year', `(${YEAR_DIGITS})-(${MONTH})-(0[1-9]|[12]\\d|3[01])(?![\\d])`, (m) =>
    span(m, point(m[3], m[2], m[1]))),
  rule('iso month', 'year', `(${YEAR_DIGITS})-(0[1-9]|1[0-2])(?![\\d\\-–/])`, (m) => span(m, { year: +m[1]!, month: +m[2]! })),
  rule('numeric day', 'day', `(\\d{1,2})([/.])(\\d{1,2})\\2(${YEAR})`, (m) => numericDate(m)),
  // 2012-2014; 2012 à 2014
  rule('year range', 'year', `(${YEAR_DIGITS})${S0}(?:[-–—/]|à|au|to|et|and)${S0}(${YEAR})`, (m, text) => yearRange(m, text)),
  // 2023-24 (a season or fiscal year; 2011-12 stays ISO December 2011)
  rule('short year range', 'year', `(${YEAR_DIGITS})[-–/](\\d{2})(?![\\d\\p{L}])`, (m) => shortYearRange(m)),
  rule('bare year', 'year', `(${YEAR})`, (m, text) =>
    isYearInContext(text, m.index, m.index + 4) ? span(m, { year: +m[1]! }) : null),
  // "fondée en 1642", "go back to 1755": an earlier year needs a word that says year.
  rule('historical year', 'year', `(1[5-7]\\d\\d)(?![\\d\\p{L}])`, (m, text) =>
    HISTORICAL_CUE.test(text.slice(Math.max(0, m.index - 20), m.index)) && isYearInContext(text, m.index, m.index + 4) ? span(m, { year: +m[1]! }) : null),
];

const HISTORICAL_CUE = /(?:^|[^\p{L}])(?:en|dès|depuis|vers|jusqu['’]en|in|since|circa|year|année|annee|back to|dates? to|from)\s{1,3}$/iu;

function numericDate(m: RegExpExecArray): DateCandidate | null {
  const a = Number(m[1]);
  const b = Number(m[3]);
  // Day first (French, British) unless only month-first is possible (US 12/31/2019).
  const [day, month] = a > 12 || b <= 12 ? [a, b] : [b, a];
  const y = Number(m[4]);
  return span(m, isValidDay(month, day, y) ? { year: y, month, day } : null);
}

function yearRange(m: RegExpExecArray, text: string): DateCandidate | null {
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (b <= a || b - a > 30) return null;
  // "in 1997 and 2009" names two years; "between 2012 and 2014", "entre 2012 et 2014" a span.
  if (COORDINATED_YEARS.test(m[0]) && !SPAN_OPENER.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
  return span(m, { year: a }, { year: b });
}

const COORDINATED_YEARS = /\d\s*(?:et|and)\s*\d/u;
const SPAN_OPENER = /(?:entre|between)\s+$/iu;

// English months are capitalised; a lower-case "may", "march" or "mar" is a verb.
function isEnglishVerb(word: string): boolean {
  return /^(?:may|march|mar)$/.test(word);
}

// Words before a month alone that make it a date: "en avril", "in August", "début juin".
const MONTH_CUE = /(?:^|[^\p{L}])(?:en|dès|depuis|d['’]ici|jusqu['’]en|courant|début|fin|mi-|mois\s{1,3}d['’]|mois\s{1,3}de|pour|in|since|until|by|during|early|late|mid-|last|next|this|for)\s{0,3}$/iu;

function shortYearRange(m: RegExpExecArray): DateCandidate | null {
  const first = Number(m[1]);
  const second = first - (first % 100) + Number(m[2]);
  return second === first + 1 && Number(m[2]) > 12 ? span(m, { year: first }, { year: second }) : null;
}

function monthAlone(m: RegExpExecArray, text: string): DateCandidate | null {
  const word = m[1]!;
  if (isEnglishVerb(word)) return null;
  const relation = m[2]?.toLowerCase();
  const before = text.slice(Math.max(0, m.index - 16), m.index);
  const cue = MONTH_CUE.exec(before);
  if (!cue && !relation) return null;
  const lead = cue?.[0].trim().toLowerCase() ?? '';
  const last = relation === 'dernier' || lead.startsWith('last') || lead.startsWith('since');
  return span(m, point(undefined, word), undefined, last ? 'last' : relationOf(relation) ?? (lead.startsWith('next') ? 'next' : undefined));
}

function relationOf(word: string | undefined): DateCandidate['relation'] {
  const w = word?.toLowerCase();
  return w === 'dernier' ? 'last' : w === 'prochain' ? 'next' : undefined;
}

export const DATE_RULES: readonly DateRule[] = [...dayRules, ...monthRules, ...numberRules];
