import type { Span } from '../types.js';
import type { EventDraft } from './merge-mentions.js';
import { latestToldBefore } from './mention-context.js';

// "The group was received by …", "In Grenoble the delegation met …", "À Lyon, la délégation a été
// accueillie par …": a sentence whose subject is the trip named again by a definite noun.
const DEFINITE_TRIP =
  /^\s*(?:(?:in|at|on|during|à|au|aux|en|sur|dans|lors\s+de)\s[^,.;:]{0,40}?,?\s+)?(?:the|la|le|les)\s+(?:\p{Ll}[\p{L}-]*\s+)?(?:délégation|delegation|groupe|group|visiteurs|visitors)(?![\p{L}])/iu;
/**
 * "The Australians", "les Québécois": the travellers named by a plural adjective of place (written without the i flag,
 * under which \p{Lu} would take a lower-case word).
 */
export const TRAVELLERS_BY_ORIGIN = String.raw`(?:[Tt]he|[Ll]es)\s+(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}+(?:ans|ens|ese|ois|ais|iers)`;

// Only the first words of a sentence are read.
const SUBJECT_REACH = 80;

/**
 * For each trip, the sentences past its own that name it again as their subject ("The group was
 * hosted by …"), each going to the latest trip told before it.
 */
export function tripRetold(drafts: readonly EventDraft[], sentences: readonly Span[], text: string, told: ReadonlySet<number>): Map<EventDraft, Span[]> {
  const out = new Map<EventDraft, Span[]>();
  const trips = drafts.filter((d) => d.type === 'mission');
  if (trips.length === 0) return out;
  for (const s of sentences) {
    if (told.has(s.start) || !DEFINITE_TRIP.test(text.slice(s.start, Math.min(s.end, s.start + SUBJECT_REACH)))) continue;
    const trip = latestToldBefore(trips, s.start, (m) => m.sentence.start);
    if (trip) out.set(trip, [...(out.get(trip) ?? []), s]);
  }
  return out;
}

