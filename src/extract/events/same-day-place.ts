import type { ExtractedEvent } from '../types.js';
import { isSingleDay } from '../dates/iso-value.js';

/**
 * "Trois textes ont été signés mardi 13 octobre …" then one paragraph per text: the signed
 * agreements of one day were signed at one ceremony, so one with no place of its own was signed
 * where the others of that day were (when they agree on where).
 */
export function sameDayPlaces(events: readonly ExtractedEvent[]): ExtractedEvent[] {
  const placesByDay = new Map<string, Set<string>>();
  for (const e of events) {
    if (!isSignedOnADay(e) || !e.place) continue;
    const places = placesByDay.get(e.date!) ?? new Set<string>();
    placesByDay.set(e.date!, places.add(e.place));
  }
  if (placesByDay.size === 0) return [...events];
  return events.map((e) => {
    const places = !e.place && isSignedOnADay(e) ? placesByDay.get(e.date!) : undefined;
    return places?.size === 1 ? withPlace(e, [...places][0]!) : e;
  });
}

function isSignedOnADay(e: ExtractedEvent): boolean {
  return e.type === 'agreement' && e.status === 'signed' && e.date !== undefined && isSingleDay(e.date);
}

/** The event with its place, keys kept in the output's order (place right after the date). */
export function withPlace(e: ExtractedEvent, place: string): ExtractedEvent {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(e)) {
    if (key === 'occasion' || key === 'confidence') out.place ??= place;
    out[key] = value;
  }
  return out as unknown as ExtractedEvent;
}
