import { wordRegex } from '../text/word-regex.js';
import type { Span } from '../types.js';

// "who travelled to X in a personal capacity", "un séjour à titre personnel", "à titre privé": one person's
// own journey, which speaks for no body and is no delegation's trip.
const PRIVATE_CAPACITY = wordRegex(
  String.raw`\b(?:à\s+titre\s+(?:personnel|privé|individuel)|in\s+(?:a|an|his|her|their|my|our)\s+(?:personal|private|individual)\s+capacity)\b`,
  'iu',
);

// How far from the trip's word the capacity may be told: within its own clause, a few words away.
const REACH = 80;

/** The trip of `trigger` is told as made in a personal capacity. */
export function privateTrip(text: string, region: Span, trigger: Span): boolean {
  const near = text.slice(Math.max(region.start, trigger.start - REACH), Math.min(region.end, trigger.end + REACH));
  return near.includes('titre') || near.includes('capacity') ? PRIVATE_CAPACITY.test(near) : false;
}
