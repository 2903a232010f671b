import { wordRegex } from '../text/word-regex.js';
import type { EventDraft } from './merge-mentions.js';

// "La convention a été signée le même jour", "signed the same day": the day of the event told before.
const SAME_DAY = wordRegex(String.raw`\b(?:le\s+même\s+jour|ce\s+même\s+jour|(?:on\s+)?the\s+same\s+day)\b`, 'iu');

/** An undated event "le même jour" takes the date of the latest dated event told before it. */
export function sameDay(drafts: readonly EventDraft[], text: string): void {
  if (drafts.every((d) => d.date) || !/même\s+jour|same\s+day/iu.test(text)) return;
  for (const d of drafts) {
    if (d.date || !d.mentions.some((m) => SAME_DAY.test(text.slice(m.region.start, m.region.end)))) continue;
    const at = d.mentions[0]!.region.start;
    const before = drafts.filter((x) => x !== d && x.date && x.mentions[0]!.region.start < at);
    const last = before[before.length - 1];
    if (last) d.date = last.date;
  }
}
