import type { ExtractedEntity } from '../types.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { headlineZoneEnd } from './headline-zone.js';
import { sameParty } from './same-party.js';

/**
 * "Une délégation de Kelby a séjourné dans la région du 14 au 18 novembre" under "Norvalle et Kelby signent …",
 * "TARVEL – … ended Monday for a delegation from western Kenya": a dated trip told with no destination and no host
 * place went to the place the story is told from, the town of its dateline, else the one place of its headline that
 * is not the travellers'. Only its place: whether the sides name that place is the text's to say.
 */
export function storyPlaces(drafts: readonly EventDraft[], ctx: MentionContext, filedAt: ExtractedEntity | undefined, placed: ReadonlyMap<EventDraft, ExtractedEntity>): void {
  for (const d of drafts) {
    if (d.type !== 'mission' || d.place || !d.date || placed.has(d) || d.parties.length === 0 || hasHostPlace(d)) continue;
    const host = storyPlace(d, ctx, filedAt);
    if (host) d.place = host;
  }
}

/** A territory among the sides after the first, which the trip's place falls back to. */
function hasHostPlace(d: EventDraft): boolean {
  return d.parties.slice(1).some((p) => p.type === 'PLACE');
}

function storyPlace(d: EventDraft, ctx: MentionContext, filedAt: ExtractedEntity | undefined): ExtractedEntity | undefined {
  const traveller = d.parties[0]!;
  const ofTravellers = (p: ExtractedEntity): boolean => sameParty(p, traveller);
  if (filedAt) return ofTravellers(filedAt) ? undefined : filedAt;
  const headline: ExtractedEntity[] = [];
  for (const m of ctx.index.within(0, headlineZoneEnd(ctx.text))) {
    if (m.entity.type === 'PLACE' && !headline.includes(m.entity) && !ofTravellers(m.entity)) headline.push(m.entity);
  }
  return headline.length === 1 ? headline[0] : undefined;
}
