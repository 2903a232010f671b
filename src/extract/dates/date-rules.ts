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
  /** "dernier" / "last": the closest such date before publication. */
  readonly past?: boolean;
}

interface DateRule {
  readonly name: string;
  readonly pattern: RegExp;
  readonly build: (match: RegExpExecArray, text: string) => DateCandidate | null;
}

// Whitespace between date parts is bounded so that long runs of spaces cost nothing.
const S = '\\s{1,3}';
const S0 = '\\s{0,3}';
const TO = `${S0}(?:au|à|et|-|–|—|to|through|and|&)${S0}(?:le${S})?`;
const LEFT = '(?<![\\p{L}\\d])';

const rule = (name: string, source: string, build: DateRule['build']): DateRule => ({
  name,
  pattern: new RegExp(`${LEFT}${source}`, 'giu'),
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

function span(match: RegExpExecArray, from: DatePoint | null, to?: DatePoint | null, past?: boolean): DateCandidate | null {
  if (!from || to === null) return null;
  return { start: match.index, end: match.index + match[0].length, from, to, past };
}

/** Rules for day-precise dates and day ranges, French and English. */
const dayRules: readonly DateRule[] = [
  // du 28 février au 3 mars 2023; from May 30 to June 2, 2018
  rule('day-month range', `(?:du${S}|from${S}|entre${S}le${S})?(${DAY})${S}(${MONTH})(?:${S}(${YEAR}))?${TO}(${DAY})${S}(${MONTH})(?:,?${S}(${YEAR}))?`, (m) =>
    span(m, point(m[1], m[2], m[3] ?? m[6]), point(m[4], m[5], m[6]))),
  rule('month-day range', `(?:from${S})?(${MONTH})${S}(${DAY})(?:,?${S}(${YEAR}))?${TO}(${MONTH})${S}(${DAY})(?:,?${S}(${YEAR}))?`, (m) =>
    span(m, point(m[2], m[1], m[3] ?? m[6]), point(m[5], m[4], m[6]))),
  // du 12 au 15 septembre; les 7 et 8 octobre 2014; 3-5 July 2019
  rule('days of one month', `(?:du${S}|les${S}|from${S}|entre${S}le${S}|between${S})?(${DAY})(?:${S0},${S0}${DAY}){0,5}${TO}(${DAY})${S}(?:of${S})?(${MONTH})(?:,?${S}(${YEAR}))?`, (m) =>
    span(m, point(m[1], m[3], m[4]), point(m[2], m[3], m[4]))),
  // May 3-6, 2018; May 3 and 4
  rule('month days range', `(${MONTH})${S}(${DAY})${TO}(${DAY})(?:,?${S}(${YEAR}))?`, (m) =>
    span(m, point(m[2], m[1], m[4]), point(m[3], m[1], m[4]))),
  // vendredi 17 mars; le 1er juin 2005; the 3rd of May
  rule('day month', `(?:${WEEKDAY},?${S})?(?:(?:le|the)${S})?(${DAY})${S}(?:of${S}|de${S})?(${MONTH})(?:,?${S}(${YEAR})|${S}(dernier))?`, (m) =>
    span(m, point(m[1], m[2], m[3]), undefined, m[4] !== undefined)),
  // Thursday, May 3; April 19, 2024
  rule('month day', `(?:${WEEKDAY},?${S})?(${MONTH})${S}(${DAY})(?:,?${S}(${YEAR}))?`, (m) => span(m, point(m[2], m[1], m[3]))),
];

/** Rules for months, numeric and ISO forms, and years. */
const coarseRules: readonly DateRule[] = [
  rule('iso day', `(${YEAR_DIGITS})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d])`, (m) =>
    span(m, isValidDay(+m[2]!, +m[3]!, +m[1]!) ? { year: +m[1]!, month: +m[2]!, day: +m[3]! } : null)),
  rule('iso month', `(${YEAR_DIGITS})-(0[1-9]|1[0-2])(?![\\d\\-–/])`, (m) => span(m, { year: +m[1]!, month: +m[2]! })),
  rule('numeric day', `(\\d{1,2})([/.])(\\d{1,2})\\2(${YEAR})`, (m) => numericDate(m)),
  // juin 2021; July 2010; May of 2018
  rule('month year', `(${MONTH})(?:${S}(?:de|of))?,?${S}(${YEAR})`, (m) => span(m, point(undefined, m[1], m[2]))),
  // 2012-2014; de 2012 à 2014
  rule('year range', `(?:(?:de|from|entre|between)${S})?(${YEAR_DIGITS})${S0}(?:[-–—/]|à|au|to|et|and)${S0}(${YEAR})`, (m) =>
    yearRange(m)),
  // en avril; avril dernier; in August; since last May
  rule('month alone', `(?:en|dès|depuis|d['’]ici|jusqu['’]en|courant|début|fin|mi-|mois${S}d['’]|mois${S}de|in|since|until|by|during|early|late|mid-|last|next|this)${S0}(${FULL_MONTH})(?!,?${S}\\d)(?:${S}(dernier|prochain))?`, (m) =>
    monthAlone(m)),
  rule('month dernier', `(${FULL_MONTH})(?!,?${S}\\d)${S}(dernier|prochain)`, (m) => monthAlone(m)),
  rule('bare year', `(${YEAR})`, (m, text) =>
    isYearInContext(text, m.index, m.index + 4) ? span(m, { year: +m[1]! }) : null),
];

function numericDate(m: RegExpExecArray): DateCandidate | null {
  const a = Number(m[1]);
  const b = Number(m[3]);
  // Day first (French, British) unless only month-first is possible (US 12/31/2019).
  const [day, month] = a > 12 || b <= 12 ? [a, b] : [b, a];
  const y = Number(m[4]);
  return span(m, isValidDay(month, day, y) ? { year: y, month, day } : null);
}

function yearRange(m: RegExpExecArray): DateCandidate | null {
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (b <= a || b - a > 30) return null;
  return span(m, { year: a }, { year: b });
}

// English months are capitalised; a lower-case "may", "march" or "mar" is a verb.
function isEnglishVerb(word: string): boolean {
  return /^(?:may|march|mar)$/.test(word);
}

function monthAlone(m: RegExpExecArray): DateCandidate | null {
  const word = m[1]!;
  if (isEnglishVerb(word)) return null;
  const relation = m[2]?.toLowerCase();
  const lead = m[0].toLowerCase();
  const past = relation === 'dernier' || lead.startsWith('last') || lead.startsWith('since');
  return span(m, point(undefined, word), undefined, past);
}

export const DATE_RULES: readonly DateRule[] = [...dayRules, ...coarseRules];
