import type { DateMention } from '../dates/extract-dates.js';
import { isSingleDay } from '../dates/iso-value.js';
import { datesWithin, findPlace } from './find-arguments.js';
import type { MentionContext } from './mention-context.js';
import { placeRank } from './place-rank.js';
import type { Span } from '../types.js';
import { MAX_MENTIONS } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';

// "2026-02-23/2026-02-26", "--06-08/--06-12": a range of days.
const DAY_RANGE = /^((?:\d{4}|-)-\d{2}-\d{2})\/((?:\d{4}|-)-\d{2}-\d{2})$/;
/** A range of days ("2026-02-23/2026-02-26"), not a span of months or years. */
export function isDayRange(value: string): boolean {
  return DAY_RANGE.test(value);
}

const DAY = 86_400_000;

/**
 * A trip is dated by its stay: "wrapped up four days of meetings on Thursday" (a day) and "which
 * led the mission from Feb. 23-26" (a range) tell one trip, whose date is the range when the day
 * falls within it or the day after it (the news of its end), or when a coarser date (the month,
 * the year) holds it.
 */
export function tripSpans(drafts: readonly EventDraft[], dates: readonly DateMention[]): void {
  for (const d of drafts) {
    if (d.type !== 'mission' || !d.date || DAY_RANGE.test(d.date.value)) continue;
    const told = d.mentions.slice(0, MAX_MENTIONS).flatMap((m) => datesWithin(dates, m.sentence.start, m.sentence.end));
    const span = told.find((x) => DAY_RANGE.test(x.value) && holds(x.value, d.date!.value));
    if (span) d.date = span;
  }
}

/**
 * A sentence that goes on telling a trip ("The group, in Arden from 9 to 13 November, was led by …")
 * dates it by its stay as the trip's own sentences do.
 */
export function spanFromSentence(d: EventDraft, dates: readonly DateMention[], start: number, end: number): void {
  if (d.date && DAY_RANGE.test(d.date.value)) return;
  const span = datesWithin(dates, start, end).find((x) => DAY_RANGE.test(x.value) && (!d.date || holds(x.value, d.date.value)));
  if (span) d.date = span;
}

function holds(range: string, value: string): boolean {
  const [, from, to] = DAY_RANGE.exec(range)!;
  if (isSingleDay(value)) {
    // A year-less range ("Nov. 9 to 13") is read in the year of the dated day it is told beside.
    const day = time(value, from!);
    return day >= time(from!, value) && day <= time(to!, value) + DAY;
  }
  // "2026-02", "2026", "--02": the coarser date the range is in.
  return from!.startsWith(value) || (value.startsWith('--') && from!.slice(from!.length - 6).startsWith(value.slice(1)));
}

/** Milliseconds of a day value, a year-less one read in the year of `anchor` (2000 when it has none). */
function time(value: string, anchor: string): number {
  const year = /^\d{4}/.exec(value)?.[0] ?? /^\d{4}/.exec(anchor)?.[0] ?? '2000';
  const [month, day] = value.slice(value.length - 5).split('-').map(Number) as [number, number];
  return Date.UTC(Number(year), month - 1, day);
}

/**
 * Whether a date ("2026-10-20", "--10-20", "2026-10") can fall within a trip's date (a range, a day,
 * a month or a year): false when the years or months tell them apart ("2019-09" for the trip, "--10-20"
 * for the signing).
 */
export function duringTrip(value: string, trip: string): boolean {
  const [from, to = from] = trip.split('/') as [string, string?];
  const at = yearMonth(value);
  const start = yearMonth(from);
  const end = yearMonth(to);
  if (at.year && start.year && end.year && (at.year < start.year || at.year > end.year)) return false;
  if (!at.month || !start.month || !end.month) return true;
  // Months compare within one year; a trip over New Year holds both ends' months.
  return start.month <= end.month ? at.month >= start.month && at.month <= end.month : at.month >= start.month || at.month <= end.month;
}

function yearMonth(value: string): { year?: string; month?: string } {
  const m = /^(\d{4}|-)(?:-(\d{2}))?/.exec(value);
  return { year: m?.[1] === '-' ? undefined : m?.[1], month: m?.[2] };
}

// How many sentences after a trip's mention its stay may be told ("A delegation … has returned from X. … The mayor led the group
// from 4 to 8 May."), and how many before ("Du 4 au 9 mai, des élus ont visité X. … Le temps fort du séjour : …").
const STAY_AFTER = 6;
const STAY_BEFORE = 1;

/**
 * A trip told without its stay's range in its own sentences ("a delegation spent a week in X", "le temps fort du séjour, le
 * 6 mai") is dated by the range of days told in a sentence next to one of its mentions, when that range holds the day the
 * trip's sentences give, or, for a trip told undated and not as a plan, is the first range told after it. A sentence that tells
 * another trip keeps its range.
 */
export function nearbyStays(drafts: readonly EventDraft[], sentences: readonly Span[], dates: readonly DateMention[], ctx: MentionContext): void {
  const trips = drafts.filter((d) => d.type === 'mission');
  for (const d of trips) {
    if (d.date && DAY_RANGE.test(d.date.value)) continue;
    if (!d.date && d.mentions.some((m) => m.planned)) continue;
    const others = new Set(trips.filter((t) => t !== d).flatMap((t) => t.mentions.map((m) => m.sentence.start)));
    const found = stayNear(d, sentences, dates, others);
    if (!found) continue;
    d.date = found;
    if (ctx) stayPlace(d, found, sentences, ctx);
  }
}

// "Elle a séjourné dans le Pays de X du 9 au 11 novembre", "They stayed in X from 4 to 8 May": the stay told with its days.
const STAYED = /(?<![\p{L}])(?:séjourn\p{L}*|stay(?:ed|ing)?)(?![\p{L}])/iu;

/**
 * The stay that dates a trip says where it stayed: its place, when the trip's own is none or a broader one
 * ("rentrée de Haute-Norvalle", then "elle a séjourné dans le Pays de X du 9 au 11 novembre").
 */
function stayPlace(d: EventDraft, range: DateMention, sentences: readonly Span[], ctx: MentionContext): void {
  const s = sentences.find((x) => x.start <= range.start && range.end <= x.end);
  const verb = s ? STAYED.exec(ctx.text.slice(s.start, range.start)) : null;
  if (!s || !verb) return;
  const from = s.start + verb.index;
  const place = findPlace(ctx.text, ctx.index, { start: from, end: range.start }, from);
  if (!place || (d.place && placeRank(place) >= placeRank(d.place))) return;
  const broad = d.place;
  d.place = place;
  d.parties = [...d.parties.filter((p) => p !== broad), ...(d.parties.includes(place) ? [] : [place])];
}

function stayNear(d: EventDraft, sentences: readonly Span[], dates: readonly DateMention[], others: ReadonlySet<number>): DateMention | undefined {
  for (const [n, m] of d.mentions.slice(0, MAX_MENTIONS).entries()) {
    const i = sentences.findIndex((s) => s.start === m.sentence.start);
    if (i < 0) continue;
    // An undated trip reads on from where it is first told; a dated one may also look back.
    const from = d.date ? Math.max(0, i - STAY_BEFORE) : i;
    if (!d.date && n > 0) break;
    for (let j = from; j <= Math.min(sentences.length - 1, i + STAY_AFTER); j++) {
      const s = sentences[j]!;
      if (j !== i && others.has(s.start)) continue;
      const span = datesWithin(dates, s.start, s.end).find((x) => DAY_RANGE.test(x.value) && (!d.date || holds(x.value, d.date.value)));
      if (span) return span;
    }
  }
  return undefined;
}
