import type { ExtractedEntity } from '../types.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { placeRank } from './place-rank.js';
import { dayInSpan } from './trip-day-place.js';

// "Brelac (September 20–22).", "Arden, 23–25 September": a town that heads the days of one leg of a trip.
const TOWN_BEFORE_DAYS = /^[ \t]*(?:\(|,[ \t]*)$/u;

/**
 * "Brelac (September 20–22). … On Monday, September 21, A and B signed …": a signing told with its day but
 * no place, on a day of one leg of a trip that a town heads, was signed in that town.
 */
export function legTowns(drafts: readonly EventDraft[], ctx: MentionContext): void {
  const legs = (ctx.allDates ?? ctx.dates).filter((d) => d.value.includes('/'));
  if (legs.length === 0) return;
  const trips = new Set(drafts.filter((t) => t.type === 'mission' && t.date).map((t) => t.date!.value));
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.place || d.historic || d.status === 'planned' || !d.date) continue;
    const day = d.date.value;
    const towns = new Set<ExtractedEntity>();
    for (const leg of legs) {
      if (trips.has(leg.value) || !dayInSpan(day, leg.value)) continue;
      const town = townBefore(ctx, leg.start);
      if (town) towns.add(town);
    }
    if (towns.size === 1) d.place = [...towns][0];
  }
}

function townBefore(ctx: MentionContext, at: number): ExtractedEntity | undefined {
  const m = ctx.index.within(Math.max(0, at - 60), at).pop();
  if (!m || m.entity.type !== 'PLACE' || placeRank(m.entity) !== 1) return undefined;
  return TOWN_BEFORE_DAYS.test(ctx.text.slice(m.end, at)) ? m.entity : undefined;
}
