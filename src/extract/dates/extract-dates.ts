import type { Language } from '../types.js';
import { mayBeMonthAt, monthNumber, WEEKDAY } from './calendar-words.js';
import type { DateCandidate, DateRule } from './date-rules.js';
import { DATE_RULES } from './date-rules.js';
import { withDaysOfToldMonth } from './day-of-told-month.js';
import type { DatePoint } from './iso-value.js';
import { isoRange } from './iso-value.js';

/** A calendar date, month, year or range stated in the text. */
export interface DateMention {
  /** Half-open char range [start, end) into the text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO 8601 as GOLD_FORMAT: 2011, 2021-06, 2014-10-07, 2014-10-07/2014-10-08, --05-18, --04. */
  readonly value: string;
}

export interface ExtractDatesOptions {
  readonly language: Language;
  /** ISO date of publication (2024-06-03, 2024-06 or 2024): gives the year the text omits. */
  readonly publishedAt?: string;
}

/** The year (and month) that year-less dates are read against. */
interface YearAnchor {
  readonly year: number;
  readonly month?: number;
}

// Rules are tried only where a date can start: a day number, a year or a month name. Scanning
// for those two is ~50× cheaper than running every rule over the whole text.
const DAY_RULES = DATE_RULES.filter((r) => r.anchor === 'day');
const YEAR_RULES = DATE_RULES.filter((r) => r.anchor === 'year');
const MONTH_RULES = DATE_RULES.filter((r) => r.anchor === 'month');
const LETTER_BEFORE = /\p{L}/u;

// A dated line near the top ("Grand-Ruisseau, 3 juin 2005 –") stands for the publication date.
const DATELINE_CHARS = 200;

/**
 * Dates stated in a French or English text, in text order, with ISO values. Relative
 * references (aujourd'hui, hier, mardi, last year, today) are not dates here: the gold
 * annotates only calendar dates, months and years. A year-less date takes its year from
 * publishedAt, else from a dateline at the top of the text, else stays year-less (--05-18).
 * Both languages' patterns run whatever `language` says, so mixed and 'und' texts work.
 */
export function extractDates(text: string, options: ExtractDatesOptions): DateMention[] {
  const kept = dropOverlaps(findCandidates(text));
  const anchor = anchorFromPublication(options.publishedAt) ?? anchorFromDateline(text, kept);
  return withDaysOfToldMonth(text, withoutRepeatedMonths(kept.map((candidate) => toMention(text, candidate, anchor))));
}

/**
 * "signeront la charte en mai … le 24 mai": a month named alone, in words, where the text
 * also gives a day of that month, is that date again and not a date of its own.
 */
function withoutRepeatedMonths(mentions: DateMention[]): DateMention[] {
  const daysOfMonths = new Set<string>();
  // "une mission en mars … à X en mars 2027": a month whose year the text states elsewhere.
  const statedMonths = new Set<string>();
  for (const m of mentions) {
    const hasYear = /\d{4}/.test(m.text);
    for (const part of m.value.split('/')) {
      const day = /^(\d{4}|-)-(\d{2})-\d{2}$/.exec(part);
      if (day) daysOfMonths.add(`${day[1]}-${day[2]}`);
      const month = /^\d{4}-(\d{2})(?:-\d{2})?$/.exec(part);
      if (month && hasYear) statedMonths.add(month[1]!);
    }
  }
  if (daysOfMonths.size === 0 && statedMonths.size === 0) return mentions;
  return mentions.filter((m) => {
    const month = /^(\d{4}|-)-(\d{2})$/.exec(m.value);
    if (!month || /\d/.test(m.text)) return true;
    return !daysOfMonths.has(`${month[1]}-${month[2]}`) && !statedMonths.has(month[2]!);
  });
}

function findCandidates(text: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  // One scan by char code (no match objects) for runs of digits and runs of Latin letters.
  const n = text.length;
  for (let i = 0; i < n; ) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === OTHER) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && kindOf(text.charCodeAt(end)) === kind) end++;
    const length = end - i;
    if (kind === DIGIT) {
      if ((length <= 2 || length === 4) && !letterBefore(text, i)) tryRules(text, length <= 2 ? DAY_RULES : YEAR_RULES, i, found);
    } else if (length >= 3 && length <= 10 && mayBeMonthAt(text, i) && monthNumber(text.slice(i, end)) !== undefined) {
      // monthNumber's own cheap refusal (length), and the first letters, before the word is sliced out.
      tryRules(text, MONTH_RULES, i, found);
    }
    i = end;
  }
  return found;
}

const OTHER = 0;
const DIGIT = 1;
const LATIN_LETTER = 2;
// [0-9] and [A-Za-zÀ-ÖØ-öø-ÿ] by code: one byte read per character of the scan.
const LATIN1_KIND = new Uint8Array(256);
for (let c = 0; c < 256; c++) LATIN1_KIND[c] = c >= 48 && c <= 57 ? DIGIT : isLatinLetter(c) ? LATIN_LETTER : OTHER;

function kindOf(c: number): number {
  return c < 256 ? LATIN1_KIND[c]! : OTHER;
}

/** [A-Za-zÀ-ÖØ-öø-ÿ] */
function isLatinLetter(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/** The UTF-16 unit before i is a letter (\p{L}); ASCII by code. */
function letterBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER_BEFORE.test(text[i - 1]!);
}

function tryRules(text: string, rules: readonly DateRule[], at: number, found: DateCandidate[]): void {
  for (const { pattern, build } of rules) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    const candidate = match ? build(match, text) : null;
    if (candidate) found.push(candidate);
  }
}

/** Earliest start wins, then the longest; anything overlapping a kept date is dropped. */
function dropOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const sorted = candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateCandidate[] = [];
  let reach = -1;
  for (const candidate of sorted) {
    if (candidate.start < reach) continue;
    kept.push(candidate);
    reach = candidate.end;
  }
  return kept;
}

function anchorFromPublication(publishedAt: string | undefined): YearAnchor | undefined {
  const match = publishedAt ? /^(\d{4})(?:-(\d{2}))?/.exec(publishedAt) : null;
  if (!match) return undefined;
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : undefined };
}

// What may precede a dateline's date on its line: nothing, "date", or a place (with its
// region: "HALIFAX, Nova Scotia") then a comma, a dash or an opening parenthesis
// ("HALIFAX, Nova Scotia (Oct. 2, 2019) —", "PARIS — 3 mai 2020"); the place may follow a lead of a
// few words and a dash or a colon ("Communiqué de presse – Florenval, le", "La Gazette du Val – Florenval,").
const DATELINE_LEAD = /^\s*(?:\p{L}[\p{L}'’. ]{0,40}\s[–—:-]\s{1,3})?(?:[Dd]ate\s{0,3}:?\s{0,3}|(?:\p{Lu}[\p{L}'’. -]{0,40}(?:,\s{0,3}\p{Lu}[\p{L}'’. -]{0,30})?(?:,\s{0,3}(?:le\s{1,3})?|\s{0,2}[–—-]\s{0,3}|\s{0,2}\(\s{0,2})))?$/u;
// A weekday may stand before a dateline's date: "Lyon, le mardi 3 mars 2026", "Wednesday, November 25, 2026".
const WEEKDAY_BEFORE = new RegExp(`${WEEKDAY},?\\s{1,3}(?:the\\s{1,3})?$`, 'iu');

// "Par X | Publié le 19/09/2025 à 07h15", "Published: Thursday 5 November 2026", "Édition du jeudi
// 5 mars", "Week of March 2, 2026", "Diffusion : mardi 3 mars": the date the page was put out.
const PUBLISHED_LEAD = /(?:publié|mis\s+à\s+jour|mis\s+en\s+ligne|édition\s+du|diffusé|diffusion|published|posted|updated|issue\s+of|edition\s+of|week\s+of|aired|broadcast)(?:\s+(?:le|on))?\s{0,3}:?\s{0,3}(?:\p{L}+,?\s{1,3})?$/iu;
// A byline that dates its post: "Posted by Ann Brill on Sunday 22 November 2026", "Publié par Jean Dumas le 3 mars 2026".
const BYLINE_LEAD = new RegExp(
  `(?:^|[|·•])\\s{0,3}(?:posted|published|written|publiée?|mis\\s+en\\s+ligne|écrit)\\s{1,3}(?:by|par)\\s{1,3}\\p{Lu}[\\p{L}'’. -]{0,50}\\s(?:on|le)\\s{1,3}(?:${WEEKDAY},?\\s{1,3}(?:the\\s{1,3})?)?$`,
  'iu',
);
// A masthead's date between separators: "Le Courrier | Jeudi 5 mars 2026 | Par X", "Local News · Monday, March 2, 2026".
const MASTHEAD_LEAD = new RegExp(`[|·•—–]\\s{0,3}(?:${WEEKDAY},?\\s{1,3}(?:le\\s{1,3}|the\\s{1,3})?)?$`, 'iu');
// A masthead, a title and a byline may come before the publication line.
const PUBLISHED_CHARS = 400;

function anchorFromDateline(text: string, candidates: readonly DateCandidate[]): YearAnchor | undefined {
  for (const c of candidates) {
    if (c.start >= PUBLISHED_CHARS) break;
    if (c.from.year === undefined || c.from.month === undefined || c.to) continue;
    const lead = text.slice(text.lastIndexOf('\n', c.start) + 1, c.start);
    const recent = lead.slice(-40);
    if ((c.start < DATELINE_CHARS && DATELINE_LEAD.test(lead.replace(WEEKDAY_BEFORE, ''))) || PUBLISHED_LEAD.test(recent) || MASTHEAD_LEAD.test(recent) || BYLINE_LEAD.test(lead)) {
      return { year: c.from.year, month: c.from.month };
    }
  }
  return undefined;
}

// Words before a date that belong to its text though not to its value: "vendredi 17 mars",
// "Thursday, May 3", "du 12 au 15 septembre".
const LEAD_IN = new RegExp(`(?:${WEEKDAY},?\\s{1,3}(?:le\\s{1,3}|the\\s{1,3})?|du\\s{1,3})$`, 'iu');

function toMention(text: string, candidate: DateCandidate, anchor: YearAnchor | undefined): DateMention {
  const lead = LEAD_IN.exec(text.slice(Math.max(0, candidate.start - 16), candidate.start))?.[0].length ?? 0;
  const start = candidate.start - lead;
  const from = withYear(candidate.from, anchor, candidate.relation);
  let to = candidate.to ? withYear(candidate.to, anchor, candidate.relation) : undefined;
  // 28 décembre au 3 janvier: the end falls in the next year.
  if (to && from.year !== undefined && to.year === from.year && (to.month ?? 0) < (from.month ?? 0)) {
    to = { ...to, year: from.year + 1 };
  }
  const value = to ? isoRange(from, to) : isoRange(from, from);
  return { start, end: candidate.end, text: text.slice(start, candidate.end), value };
}

// "avril dernier" in a March article is last year's April, "janvier prochain" in a November
// article next year's January; a bare month keeps the anchor's year.
function withYear(point: DatePoint, anchor: YearAnchor | undefined, relation: DateCandidate['relation']): DatePoint {
  if (point.year !== undefined || !anchor || point.month === undefined) return point;
  if (anchor.month === undefined || !relation) return { ...point, year: anchor.year };
  if (relation === 'last') return { ...point, year: point.month > anchor.month ? anchor.year - 1 : anchor.year };
  const passed = point.month < anchor.month || (point.month === anchor.month && point.day === undefined);
  return { ...point, year: passed ? anchor.year + 1 : anchor.year };
}
