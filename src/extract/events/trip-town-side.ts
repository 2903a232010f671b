import type { ExtractedEntity } from '../types.js';
import { isMunicipalBodyOf } from './balanced-town-sides.js';
import type { EventDraft } from './merge-mentions.js';
import { placeRank } from './place-rank.js';

/**
 * "Y City Council hosted a delegation from X", "La Ville de Y a accueilli une délégation de X et de la Chambre de X": a trip
 * placed in a town whose own body (the Ville, City, Commune, Council of that town) is one of its sides names the town too.
 */
export function tripTownSides(drafts: readonly EventDraft[], hostTowns: ReadonlyMap<EventDraft, ExtractedEntity>): void {
  for (const d of drafts) {
    if (d.type !== 'mission') continue;
    const town = d.place ?? hostTowns.get(d);
    // A trip with one side read takes its other side later, from the text around it: the town would stand in for that side.
    if (!town || d.parties.length < 2 || town.type !== 'PLACE' || placeRank(town) !== 1 || d.parties.includes(town)) continue;
    if (d.parties.some((p) => p.type === 'ORG' && isMunicipalBodyOf(p, town))) d.parties = [...d.parties, town];
  }
}
