import type { ExtractedEntity } from '../types.js';
import type { EventDraft } from './merge-mentions.js';
import { duringTrip } from './trip-span.js';

// "…, when a delegation visits X", "lorsqu'une délégation sera accueillie à X", "quand la délégation viendra": the signing
// is set at the trip; a plan merely told beside a trip under way ("En visite à X, le maire souhaite une entente") is not.
const AT_THE_TRIP = /(?:^|[^\p{L}])(?:(?:when|lorsque|quand)(?![\p{L}])|lorsqu['’])/iu;

/**
 * A planned signing told in the sentence of a trip to come ("expected to sign an agreement in May, when a delegation
 * visits X", "will lead a delegation to X in May, when A and B plan to sign") is to be signed where that trip goes:
 * the trip must be dated, and the signing dated within it or not at all.
 */
export function plannedTripSignings(drafts: readonly EventDraft[], text: string, whereTripWent: (trip: EventDraft) => ExtractedEntity | undefined): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.status !== 'planned' || d.place || d.historic) continue;
    const sentences = new Set(d.mentions.map((m) => m.sentence.start));
    const trips = drafts.filter(
      (t) =>
        t.type === 'mission' &&
        t.date !== undefined &&
        (!d.date || duringTrip(d.date.value, t.date.value)) &&
        t.mentions.some((m) => sentences.has(m.sentence.start) && AT_THE_TRIP.test(text.slice(m.sentence.start, m.sentence.end))),
    );
    const places = new Set(trips.map(whereTripWent));
    const place = places.size === 1 ? [...places][0] : undefined;
    if (!place) continue;
    d.place = place;
    d.date ??= trips[0]!.date;
  }
}
