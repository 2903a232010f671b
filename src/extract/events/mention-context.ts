import { DocumentCache } from '../cached-in.js';
import { WEEKDAY_NAMES } from '../dates/calendar-words.js';
import type { DateMention } from '../dates/extract-dates.js';
import { weekdayOf } from '../dates/iso-value.js';
import { byFirstLetter, wordRegex, WordStartRegex } from '../text/word-regex.js';
import type { ExtractedEntity, Span } from '../types.js';
import type { EntityIndex, EntityMention } from './entity-index.js';
import { firstAtOrAfter } from '../text/first-at-or-after.js';
import type { Reference } from './event-mention.js';
import { datesWithin, findOccasionSpan, nearestDate, partyMentions } from './find-arguments.js';
import type { Trigger } from './find-triggers.js';

/** What the mention finders read: the text, its entity mentions, dates, titles and datelines. */
export interface MentionContext {
  readonly text: string;
  readonly index: EntityIndex;
  readonly dates: readonly DateMention[];
  /** Spans of people's titles ("ministre responsable des …"), from titleZones(). */
  readonly titles: readonly Span[];
  /** Datelines ("PORTLAND —", "Grand-Ruisseau, 3 juin 2005 –"): where the news was filed, never a party. */
  readonly datelines: readonly Span[];
  /** Every date, those of datelines included (`dates` leaves them out). */
  readonly allDates?: readonly DateMention[];
}

// "ont signé aujourd'hui", "signed today": the dateline's date is the event's.
const TODAY = new WordStartRegex(
  `${byFirstLetter(
    [String.raw`aujourd['’]hui`, String.raw`ce\s+(?:matin|midi|soir|jour)`, String.raw`cet\s+après-midi`, 'today', String.raw`this\s+(?:morning|afternoon|evening)`, 'tonight'],
    true,
  )}\\b`,
  'iu',
);

/** The date nearest `at` in the region; a dateline's date only when the clause says "today". */
export function clauseDate(ctx: MentionContext, region: Span, at: number, trip = false, past = true): DateMention | undefined {
  // No date of any kind in the clause (`dates` is `allDates` less the datelines'): nothing to
  // choose from, and the "today" and weekday cues need not be read.
  if (!nearestDate(ctx.allDates ?? ctx.dates, region.start, region.end, at)) return undefined;
  const clause = ctx.text.slice(region.start, region.end);
  // A weekday in a plan ("will sign next month, X announced Wednesday") dates the announcement.
  const today = ctx.allDates && (TODAY.test(clause) || (past && sameWeekdayAsDateline(ctx, clause)));
  const dates = today ? ctx.allDates! : ctx.dates;
  const nearest = nearestDate(dates, region.start, region.end, at);
  // "en octobre 2024, lorsqu'une délégation … a séjourné à Mons du 14 au 18 octobre": the finer date of the same time.
  if (!nearest) return undefined;
  const within = datesWithin(dates, region.start, region.end);
  const finer = within.find((d) => refinesDate(nearest.value, d.value, trip));
  if (finer) return finer;
  // "en octobre 2024, … du 14 au 18 octobre": a day with no year of its own is in the month just named;
  // "En 2005, une délégation … s'était rendue au Burkina Faso du 2 au 9 février": in the year just named.
  const yearless = /^\d{4}(?:-\d{2})?$/.test(nearest.value) ? within.find((d) => !/\d{4}/.test(d.text) && refinesDate(nearest.value, withYear(d.value, nearest.value.slice(0, 4)), trip)) : undefined;
  return yearless ? { ...yearless, value: withYear(yearless.value, nearest.value.slice(0, 4)) } : nearest;
}

/** The value in `year`: "2024-10-14" or "--10-14" → "2005-10-14". */
function withYear(value: string, year: string): string {
  return value.replace(/(?:\b\d{4}|(?<![\d-])-)(?=-\d{2})/g, year);
}

const WEEKDAYS = WEEKDAY_NAMES.map((names) => new WordStartRegex(String.raw`(?:${names.join('|')})\b`, 'iu'));

/** "Strasbourg, le 9 janvier 2023 – … ont signé lundi": the weekday of the dateline's own date is that date. */
function sameWeekdayAsDateline(ctx: MentionContext, clause: string): boolean {
  let weekday = DATELINE_WEEKDAY.get(ctx);
  if (weekday === undefined) DATELINE_WEEKDAY.set(ctx, (weekday = datelineWeekday(ctx)));
  return weekday !== null && weekday.test(clause);
}

const DATELINE_WEEKDAY = new WeakMap<MentionContext, WordStartRegex | null>();

function datelineWeekday(ctx: MentionContext): WordStartRegex | null {
  const line = ctx.datelines[0];
  if (!line || !ctx.allDates) return null;
  const date = ctx.allDates.find((d) => d.start >= line.start && d.end <= line.end && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
  return date ? WEEKDAYS[weekdayOf(date.value)!]! : null;
}

/**
 * True when `finer` names a part of `coarse`: a day or a range of the month or year ("2024-10" →
 * "2024-10-14/2024-10-18"); for a trip also the range that starts on the day ("2024-11-04" →
 * "2024-11-04/2024-11-08"), a trip lasting several days.
 */
export function refinesDate(coarse: string, finer: string, trip: boolean): boolean {
  if (finer.length <= coarse.length || !finer.startsWith(coarse) || coarse.includes('/')) return false;
  return trip || coarse.length < 10 || !finer.includes('/');
}

const DEMONSTRATIVE = new Set(['ce', 'cet', 'cette', 'ces', 'this', 'that', 'these', 'those']);
// Possessives read as definite: "la ville scelle son jumelage" names the twinning for the first time.
const DEFINITE = new Set([
  'le', 'la', 'les', 'l’', 'du', 'au', 'aux', 'the', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre',
  'its', 'his', 'her', 'their', 'our',
]);

/** How the trigger's noun phrase refers, from its determiner ("cette" points back, "une" is new). */
export function reference(t: Trigger): Reference {
  // "le document", "the text", "the renewal" only ever point back to an agreement already named.
  if (DEMONSTRATIVE.has(t.determiner) || /^(?:documents?|textes?|lettres?|letters?|contrats?|contracts?|renewals?|renouvellements?)$/i.test(t.kind)) return 'demonstrative';
  if (DEFINITE.has(t.determiner)) return 'definite';
  return 'indefinite';
}

/** Party candidates: not in a dateline, not inside the occasion's name, not the agreement's own name. */
export function candidates(ctx: MentionContext, start: number, end: number): readonly EntityMention[] {
  // The subject of a clause is asked for by the pair, party and signatory finders in turn.
  const last = lastCandidates;
  if (last && last.ctx === ctx && last.start === start && last.end === end) return last.found;
  const found = searchCandidates(ctx, start, end);
  lastCandidates = { ctx, start, end, found };
  return found;
}

let lastCandidates: { readonly ctx: MentionContext; readonly start: number; readonly end: number; readonly found: readonly EntityMention[] } | undefined;

function searchCandidates(ctx: MentionContext, start: number, end: number): EntityMention[] {
  const support = supportSpans(ctx.text, start, end);
  const occasion = findOccasionSpan(ctx.text, start, end);
  const found = partyMentions(ctx.text, ctx.index, start, end).filter(
    (m) =>
      !ctx.datelines.some((d) => d.start <= m.start && m.end <= d.end) &&
      !(occasion && occasion.start <= m.start && m.start < occasion.end) &&
      !support.some((x) => x.start <= m.start && m.start < x.end) &&
      canNameParty(ctx, m.entity),
  );
  // A bracketed aside ("(la communauté urbaine de la capitale du Québec)") names no party,
  // unless it only repeats one as an acronym ("(VTE)").
  return found.filter((m) => !inBrackets(ctx.text, start, m.start) || found.some((o) => o !== m && o.entity === m.entity));
}

// "avec le soutien de X", "en lien avec X", "funded by X": a backer of the event, not one of its sides.
const SUPPORT = new WordStartRegex(
  String.raw`(?:(?:avec|grâce\s+à)\s+(?:le\s+|l['’]|un\s+)?(?:soutien|appui|concours|aide|financement)|en\s+lien\s+avec|appuyée?s?\s+par|soutenue?s?\s+par|financée?s?\s+par|with\s+(?:the\s+)?(?:support|backing|help|funding)|supported\s+by|funded\s+by|backed\s+by|sponsored\s+by)\b`,
  'giu',
);

/** From each backing phrase to the next comma or the end: "avec le soutien de X, …". */
function supportSpans(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  if (!SUPPORT_STEM.test(slice)) return [];
  const spans: Span[] = [];
  for (const m of SUPPORT.all(slice)) {
    const comma = slice.slice(m.index).search(/[,;]/);
    spans.push({ start: start + m.index, end: comma < 0 ? end : start + m.index + comma });
  }
  return spans;
}

const SUPPORT_STEM = /soutien|appui|concours|aide|financ|lien|soutenu|support|backing|help|funded|backed|sponsored/i;

const MAX_ASIDE = 300;

function inBrackets(text: string, from: number, at: number): boolean {
  // An aside is short: looking further back made one huge sentence cost quadratic time.
  for (let i = at - 1, stop = Math.max(from, at - MAX_ASIDE); i >= stop; i--) {
    if (text[i] === ')') return false;
    if (text[i] === '(') return true;
  }
  return false;
}

const CAN_NAME_PARTY = new DocumentCache<ExtractedEntity, boolean>();

/** Neither an agreement's own name nor a name ending with a person's title; once per entity. */
function canNameParty(ctx: MentionContext, e: ExtractedEntity): boolean {
  return CAN_NAME_PARTY.cached(ctx.index, e, () => !AGREEMENT_NAME.test(e.name) && !endsWithTitle(e.name));
}

// "TAITRA Chairman", "EDPNC CEO", "UHI Principal": a body's name does not end with a person's title.
const TITLE_LAST_WORDS = new Set([
  'chairman', 'chairwoman', 'chairperson', 'ceo', 'mayor', 'president', 'vice-president', 'director', 'minister', 'secretary', 'governor',
  'principal', 'chancellor', 'vice-chancellor', 'rector', 'dean', 'provost',
]);

function endsWithTitle(name: string): boolean {
  const space = name.lastIndexOf(' ');
  return space > 0 && TITLE_LAST_WORDS.has(name.slice(space + 1).toLowerCase());
}

const AGREEMENT_NAME = /^(?:memorand|m[ée]morandum|accord|entente|agreement|protocol|mou\b|mémoire d)/iu;

// "X announced that Y has signed": the signing side starts after the last "that" / "que" / ":";
// "… returned from the Basque Country, where the mayor renewed …": after ", where" / ", où".
const COMPLEMENTIZER = wordRegex(String.raw`\b(?:que|qu['’]|that|whereby)\b|:|,\s*(?:where|où)\b`, 'giu');

export function clauseStart(text: string, start: number, end: number): number {
  // The signatory, pair and party finders ask for the start of the same subject in turn.
  const last = lastClauseStart;
  if (last && last.start === start && last.end === end && last.text === text) return last.at;
  const at = searchClauseStart(text, start, end);
  lastClauseStart = { text, start, end, at };
  return at;
}

let lastClauseStart: { readonly text: string; readonly start: number; readonly end: number; readonly at: number } | undefined;

function searchClauseStart(text: string, start: number, end: number): number {
  // exec on the shared global regex rather than matchAll, which clones the RegExp on every call.
  const slice = text.slice(start, end);
  let at = start;
  COMPLEMENTIZER.lastIndex = 0;
  for (let m = COMPLEMENTIZER.exec(slice); m; m = COMPLEMENTIZER.exec(slice)) {
    at = start + m.index + m[0].length;
    if (m[0].length === 0) COMPLEMENTIZER.lastIndex++;
  }
  return at;
}

export function firstAfter(re: WordStartRegex, text: string, from: number, to: number): number {
  const m = re.exec(text.slice(from, to));
  return m ? from + m.index : -1;
}

/** The entities in first-seen order, each once. */
export function uniqueEntities(entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  // Usually a few entities, where a linear look-up beats building a Set.
  if (entities.length > 16) return [...new Set(entities)];
  const out: ExtractedEntity[] = [];
  for (const e of entities) if (!out.includes(e)) out.push(e);
  return out;
}

/** The starts of the sentences where some draft is told: a sentence after one reads as its own only when it tells none. */
export function toldSentences(drafts: readonly { readonly mentions: readonly { readonly sentence: Span }[] }[]): Set<number> {
  return new Set(drafts.flatMap((d) => d.mentions.map((m) => m.sentence.start)));
}

/** The sentence just after `s`, if any. */
export function nextSentence(sentences: readonly Span[], s: Span): Span | undefined {
  return sentences[firstAtOrAfter(sentences, s.end)];
}

/** A draft is told in a few sentences; the passes that reread its mentions read no more than these (a longer list is not prose: bounded time). */
export const MAX_MENTIONS = 12;

/** The draft with a mention told nearest before `at`, mentions placed by `position`. */
export function latestToldBefore<D extends { readonly mentions: readonly unknown[] }>(drafts: readonly D[], at: number, position: (m: D['mentions'][number]) => number): D | undefined {
  let best: D | undefined;
  let bestAt = -1;
  for (const d of drafts) {
    for (const m of d.mentions) {
      const p = position(m);
      if (p < at && p > bestAt) [best, bestAt] = [d, p];
    }
  }
  return best;
}
