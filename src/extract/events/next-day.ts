import { addDays, isSingleDay } from '../dates/iso-value.js';
import { wordRegex } from '../text/word-regex.js';
import type { DateMention } from '../dates/extract-dates.js';
import type { EventDraft } from './merge-mentions.js';
import { latestToldBefore } from './mention-context.js';
import { duringTrip } from './trip-span.js';

// "Le lendemain, …", "le lendemain de la signature", "The following day", "the next day", "the day after the MOU".
const NEXT_DAY = wordRegex(String.raw`\b(?:le\s+lendemain|the\s+(?:following|next)\s+day|the\s+day\s+after(?!\s+tomorrow))\b`, 'iu');
const NEXT_DAY_STEM = /lendemain|following\s+day|next\s+day|day\s+after/iu;

/**
 * An agreement told "le lendemain" / "the following day", undated or dated only by the trip it was told in, took place
 * the day after the last single day told before it.
 */
export function nextDay(drafts: readonly EventDraft[], text: string, dates: readonly DateMention[]): void {
  if (!NEXT_DAY_STEM.test(text)) return;
  for (const d of drafts) {
    if (d.type !== 'agreement' || (d.date && !d.date.value.includes('/'))) continue;
    const told = d.mentions.find((m) => NEXT_DAY.test(text.slice(m.region.start, m.region.end)));
    if (!told) continue;
    const at = told.region.start;
    const before = drafts.filter((x) => x !== d && x.date && isSingleDay(x.date.value));
    const last = latestToldBefore(before, at, (m) => m.region.start)?.date ?? dates.filter((x) => x.end <= at && isSingleDay(x.value)).at(-1);
    const value = last && addDays(last.value, 1);
    if (!value || (d.date && !duringTrip(value, d.date.value))) continue;
    d.date = { ...last, value };
  }
}
