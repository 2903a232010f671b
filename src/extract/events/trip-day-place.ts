import { placeRank } from './place-rank.js';
import type { EventDraft } from './merge-mentions.js';

const DAY = /^(\d{4}|-)-(\d{2})-(\d{2})$/;

/**
 * A signing told with its day but no place, on a day of a trip that stayed in one place ("spent Oct. 24 to 31
 * in X … On Tuesday, Oct. 27, A and B signed"), was signed where the trip was: that outweighs the dateline's town,
 * where the news was filed after the trip.
 */
export function tripDayPlaces(drafts: readonly EventDraft[]): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.place || d.historic || d.status === 'planned' || !d.date) continue;
    const day = d.date.value;
    // A trip worded as a region or a country ("toured the Netherlands") does not say which town hosted the signing.
    const trips = drafts.filter((t) => t.type === 'mission' && t.place && placeRank(t.place) === 1 && t.date && dayInSpan(day, t.date.value));
    const places = new Set(trips.map((t) => t.place));
    if (places.size === 1) d.place = trips[0]!.place;
  }
}

/** Whether a day ("2026-10-27", "--10-27") falls within a span of days ("--10-24/--10-31"). */
export function dayInSpan(day: string, span: string): boolean {
  const [from, to] = span.split('/');
  const at = DAY.exec(day);
  const start = DAY.exec(from ?? '');
  const end = DAY.exec(to ?? '');
  if (!at || !start || !end) return false;
  const years = [at[1], start[1], end[1]].filter((y) => y !== '-');
  if (new Set(years).size > 1) return false;
  const md = (m: RegExpExecArray): string => `${m[2]}-${m[3]}`;
  return md(start) <= md(at) && md(at) <= md(end);
}
