import type { ExtractedEntity } from '../types.js';
import { titledBody } from './leader-side.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { territoryOf } from './pair-anaphor.js';
import { placeRank } from './place-rank.js';
import { sameParty } from './same-party.js';
import { dayInSpan } from './trip-day-place.js';

// How many mentions of a trip's leader are read for the title that names the leader's town.
const MAX_LEADER_MENTIONS = 8;

/**
 * "Une délégation de Y conduite par le maire de Y séjournait en Provence du 2 au 6 mai … Le 4 mai, la Ville
 * de X et la Ville de Y ont signé …" at a venue that names no town: a trip told in a region gives no town,
 * but the signing on one of its days between the travellers' town and another town was signed in the
 * town that received them, the side that is not the leader's.
 */
export function hostTownSignings(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.place || d.historic || d.status === 'planned' || !d.date || d.parties.length !== 2) continue;
    const day = d.date.value;
    const trips = drafts.filter((t) => t.type === 'mission' && t.date && t.signatories.length > 0 && dayInSpan(day, t.date.value));
    const leaders = new Set(trips.map((t) => t.signatories[0]!));
    if (leaders.size !== 1) continue;
    const home = leaderTown([...leaders][0]!, ctx);
    if (!home) continue;
    const towns = d.parties.map((p) => territoryOf(p, ctx.index));
    const travelling = towns.findIndex((t) => t !== undefined && sameParty(t, home));
    const host = towns[1 - travelling];
    if (travelling < 0 || !host || sameParty(host, home) || placeRank(host) !== 1) continue;
    d.place = host;
  }
}

/** The town of the body that the leader's title names ("le maire de Y, Z", "Z, bourgmestre de Y"). */
export function leaderTown(leader: ExtractedEntity, ctx: MentionContext): ExtractedEntity | undefined {
  const mentions = ctx.index.all.filter((m) => m.entity === leader).slice(0, MAX_LEADER_MENTIONS);
  for (const m of mentions) {
    const body = titledBody(m, ctx);
    const town = body && territoryOf(body, ctx.index);
    if (town) return town;
  }
  return undefined;
}
