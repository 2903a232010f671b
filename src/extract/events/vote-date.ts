import type { DateMention } from '../dates/extract-dates.js';
import type { EventDraft } from './merge-mentions.js';

// "… que le conseil doit voir le 3 mars", "X a adopté le 4 mai une délibération", "will be
// presented to council on 9 June", "approved by council at its May 2 meeting": the day a council deals with the text.
const COUNCIL_DAY =
  /(?:examiner|examinera|examinée?|adopté|adoptée|approuvé|approuvée|voté|votée|délibéré|présentera|présenter|soumis|soumise|review|reviewed|approve|approved|endorse|endorsed|noted|considered|consider|present(?:ed)?\s+(?:it\s+)?to\s+(?:the\s+)?council)\s+(?:\p{L}+\s+){0,4}?(?:le|lors\s+de\s+la\s+séance\s+du|on|at\s+its|at\s+the)\s*$/iu;
const BEFORE_REACH = 60;

/**
 * A plan dated by the day a council examines or approves its text ("une charte, que le conseil doit examiner le 3 mars")
 * is not dated by its signing: that day is left for the plan's own date told around it (the trip it is signed on, a later
 * sentence).
 */
export function withoutCouncilDays(drafts: readonly EventDraft[], text: string): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.status !== 'planned' || !d.date) continue;
    if (isCouncilDay(text, d.date)) d.date = undefined;
  }
}

function isCouncilDay(text: string, date: DateMention): boolean {
  return COUNCIL_DAY.test(text.slice(Math.max(0, date.start - BEFORE_REACH), date.start));
}
