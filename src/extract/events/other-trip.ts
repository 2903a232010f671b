import type { ExtractedEntity } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import type { EventMention } from './event-mention.js';
import type { EventDraft } from './merge-mentions.js';
import { territoryOf } from './pair-anaphor.js';
import { insideTerritory } from './place-rank.js';
import { sameParty } from './same-party.js';

/**
 * "A's delegation went to B", then "la délégation de B", "a B business delegation will travel to A":
 * a trip whose own side is where the trip told before went (a return visit), or whose own place
 * lies apart from the earlier trip's travelling place, is another trip.
 */
export function isOtherTrip(d: EventDraft, m: EventMention, index?: EntityIndex): boolean {
  if (d.type !== 'mission' || m.type !== 'mission' || !m.traveller) return false;
  const own = m.traveller;
  const travellers = d.mentions.flatMap((x) => (x.traveller ? [x.traveller] : []));
  if (travellers.some((t) => related(t, own, index))) return false;
  const went = [...(d.place ? [d.place] : []), ...d.mentions.flatMap((x) => x.hosts ?? [])];
  if (went.some((h) => related(h, own, index))) return true;
  // Two towns or regions, neither holding the other: two travelling sides.
  const first = travellers[0];
  return first !== undefined && first.type === 'PLACE' && own.type === 'PLACE';
}

function related(a: ExtractedEntity, b: ExtractedEntity, index?: EntityIndex): boolean {
  if (sameParty(a, b)) return true;
  const x = index ? (territoryOf(a, index) ?? a) : a;
  const y = index ? (territoryOf(b, index) ?? b) : b;
  return x === y || sameParty(x, y) || insideTerritory(x, y) || insideTerritory(y, x);
}

/** Two trips whose travelling sides are told and unrelated, or one of which went where the other came from. */
export function otherTravellers(a: EventDraft, b: EventDraft): boolean {
  if (a.type !== 'mission' || b.type !== 'mission') return false;
  // "Toronto Mission Opens Doors" over a trip whose side is not told: a headline's name may be where it went.
  if (!a.mentions.some((m) => m.traveller) || !b.mentions.some((m) => m.traveller)) return false;
  return b.mentions.some((m) => isOtherTrip(a, m)) || a.mentions.some((m) => isOtherTrip(b, m));
}
