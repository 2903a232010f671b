import { wordRegex } from '../text/word-regex.js';
import type { EventDraft } from './merge-mentions.js';

// "At the same ceremony, X and Y signed …", "Lors de la même cérémonie, …", "à la même occasion":
// signed when and where the signing told before was.
const SAME_CEREMONY = wordRegex(
  String.raw`\b(?:(?:at|during)\s+the\s+same\s+(?:ceremony|event|signing|occasion|session)|(?:lors|au\s+cours)\s+de\s+la\s+même\s+(?:cérémonie|séance|occasion|signature)|à\s+la\s+même\s+(?:cérémonie|séance|occasion))\b`,
);
const SAME_STEM = /same|même/i;
const ON_A_DAY = /^(?:\d{4}|-)-\d{2}-\d{2}$/;

/** An agreement signed "at the same ceremony" takes the date and place of the latest agreement told before it as signed on a day. */
export function sameCeremony(drafts: readonly EventDraft[], text: string): void {
  if (!SAME_STEM.test(text)) return;
  for (const [i, d] of drafts.entries()) {
    if (d.type !== 'agreement' || d.status === 'planned' || !d.mentions.some((m) => SAME_CEREMONY.test(text.slice(m.sentence.start, m.sentence.end)))) continue;
    const at = d.mentions[0]!.sentence.start;
    // A ceremony is held on a day: a signing dated by a month or a year is one recalled, not this one.
    const before = drafts.slice(0, i).filter((x) => x.type === 'agreement' && x.status !== 'planned' && !x.historic && x.date && ON_A_DAY.test(x.date.value) && x.mentions[0]!.sentence.start < at);
    const told = before[before.length - 1];
    if (!told) continue;
    d.date = told.date;
    if (told.place) d.place = told.place;
  }
}
