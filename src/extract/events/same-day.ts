import type { DateMention } from '../dates/extract-dates.js';
import { isSingleDay } from '../dates/iso-value.js';
import { wordRegex } from '../text/word-regex.js';
import type { EventDraft } from './merge-mentions.js';
import { latestToldBefore } from './mention-context.js';
import { IN_ITS_WAKE } from './same-ceremony.js';
import { duringTrip } from './trip-span.js';

// "La convention a été signée le même jour", "signed the same day", "On the same occasion": the day of the event told before.
// "Le même après-midi", "that same evening": a part of that day. "Dans la foulée, X et Y ont signé", "Right afterwards":
// straight after the event told before, so on its day.
const FR_TIMES = 'jour|matin|après-midi|soir';
const EN_TIMES = 'day|occasion|morning|afternoon|evening';
const SAME_DAY = wordRegex(
  String.raw`\b(?:(?:le|ce)\s+même\s+(?:${FR_TIMES})|(?:on\s+)?(?:the|that)\s+same\s+(?:${EN_TIMES})|(?:à\s+)?la\s+même\s+occasion|${IN_ITS_WAKE}|(?:immediately|right|straight)\s+afterwards)\b`,
  'iu',
);
// A quick look over the whole text before any draft is read: the same words, without what stands before them.
const SAME_DAY_STEM = new RegExp(String.raw`même\s+(?:${FR_TIMES}|occasion)|same\s+(?:${EN_TIMES})|la\s+foulée|\safterwards`, 'iu');

/**
 * An undated event "le même jour" takes the date of the event told last before it on a single day
 * (a stay's range "du 21 au 26 septembre" is no day); else of the last dated event told before it.
 */
export function sameDay(drafts: readonly EventDraft[], text: string, dates: readonly DateMention[]): void {
  if (drafts.every((d) => d.date && !isRange(d.date)) || !SAME_DAY_STEM.test(text)) return;
  for (const d of drafts) {
    const told = d.date && (!isRange(d.date) || d.type !== 'agreement') ? undefined : d.mentions.find((m) => SAME_DAY.test(text.slice(m.region.start, m.region.end)));
    if (!told) continue;
    const at = d.date ? told.region.start : d.mentions[0]!.region.start;
    const before = drafts.filter((x) => x !== d && x.date && x.mentions[0]!.region.start < at);
    const last = latestToldBefore(before.filter((x) => isSingleDay(x.date!.value)), at, byRegion)?.date ?? dayToldBefore(dates, at) ?? latestToldBefore(before, at, byRegion)?.date;
    // A signing dated only by the trip it was told in ("du 3 au 6 novembre"), then "Le même jour, …": the day within it.
    if (last && (!d.date || (isSingleDay(last.value) && duringTrip(last.value, d.date.value)))) d.date = last;
  }
}

function isRange(date: DateMention): boolean {
  return date.value.includes('/');
}

// The event of that day may still be undated here (its date read later, from its sentence): the last day told before
// stands for it, rather than a stay's range told in between.
function dayToldBefore(dates: readonly DateMention[], at: number): DateMention | undefined {
  return dates.filter((x) => x.end <= at && isSingleDay(x.value)).at(-1);
}

const byRegion = (m: EventDraft['mentions'][number]): number => m.region.start;
