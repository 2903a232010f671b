import { isSingleDay } from '../dates/iso-value.js';
import { WEEKDAY } from '../dates/calendar-words.js';
import { wordRegex } from '../text/word-regex.js';
import type { EventDraft } from './merge-mentions.js';

/** "Dans la foulée, X et Y ont signé": straight after the event told before ("dans la foulée de la visite" means "following" it). */
export const IN_ITS_WAKE = String.raw`dans\s+la\s+foulée(?!\s+(?:de|du|des|d['’]))`;

// "At the same ceremony, X and Y signed …", "Lors de la même cérémonie, …", "à la même occasion",
// "The same afternoon", "Le même jeudi", "Sous le même chapiteau", "Profitant de la cérémonie", "Dans la foulée",
// "Alongside the main signing": signed when and where the signing told before was.
const SAME_CEREMONY = wordRegex(
  String.raw`\b(?:(?:at|during)\s+the\s+same\s+(?:ceremony|event|signing|occasion|session)|(?:lors|au\s+cours)\s+de\s+la\s+même\s+(?:cérémonie|séance|occasion|signature)|à\s+la\s+même\s+(?:cérémonie|séance|occasion)|(?:on\s+)?the\s+same\s+(?:afternoon|morning|evening|day)|(?:le|ce)\s+même\s+(?:après-midi|matin|soir|jour|${WEEKDAY})|sous\s+le\s+même\s+(?:chapiteau|toit)|profitant\s+de\s+(?:la|cette)\s+(?:cérémonie|signature)|${IN_ITS_WAKE}|alongside\s+the\s+(?:main\s+|first\s+)?(?:signing|ceremony))\b`,
);
const SAME_STEM = /same|même|profitant|alongside|foulée/i;

/**
 * An agreement signed "at the same ceremony" takes the date and place of the latest agreement told before it
 * as signed on a day; one to be signed "at the same ceremony", those of the latest plan told before it.
 */
export function sameCeremony(drafts: readonly EventDraft[], text: string): void {
  if (!SAME_STEM.test(text)) return;
  for (const [i, d] of drafts.entries()) {
    if (d.type !== 'agreement' || d.historic || !d.mentions.some((m) => SAME_CEREMONY.test(text.slice(m.sentence.start, m.sentence.end)))) continue;
    const at = d.mentions[0]!.sentence.start;
    const before = drafts.slice(0, i).filter((x) => x.type === 'agreement' && !x.historic && x.date && x.mentions[0]!.sentence.start < at && ceremonyOf(x, d));
    const told = before[before.length - 1];
    if (!told) continue;
    d.date = told.date;
    if (told.place) d.place = told.place;
  }
}

/** A plan shares the ceremony of a plan; a signing that of a signing on a day (one dated by a month or a year is recalled, not this one). */
function ceremonyOf(told: EventDraft, d: EventDraft): boolean {
  if (d.status === 'planned') return told.status === 'planned';
  return told.status !== 'planned' && isSingleDay(told.date!.value);
}
