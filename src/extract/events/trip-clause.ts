import { wordRegex } from '../text/word-regex.js';
import type { Span } from '../types.js';
import type { Trigger } from './find-triggers.js';

// "… will sign a memorandum in Kuching in February 2027, following a week-long visit to Kurrawong by …",
// "… announced on Thursday at the close of a five-day visit by …": the trip came before, told in a clause of its own.
const AFTER_TRIP = wordRegex(
  String.raw`\b(?:following|after|at\s+the\s+(?:close|end)\s+of|in\s+the\s+wake\s+of|à\s+l['’]issue\s+d|au\s+terme\s+d|à\s+la\s+suite\s+d|suite\s+à|après)`,
  'giu',
);

/**
 * The clause of a trip told after an agreement in one sentence: from the connective that puts the
 * trip before the signing, so that the agreement's date, place and sides are not the trip's.
 */
export function tripClause(text: string, region: Span, trip: Trigger, agreements: readonly Trigger[]): Span {
  const deal = agreements.filter((a) => a.end <= trip.start && a.start >= region.start).pop();
  if (!deal) return region;
  const between = text.slice(deal.end, trip.start);
  let at = -1;
  AFTER_TRIP.lastIndex = 0;
  for (let m = AFTER_TRIP.exec(between); m; m = AFTER_TRIP.exec(between)) at = m.index;
  return at < 0 ? region : { start: deal.end + at, end: region.end };
}
