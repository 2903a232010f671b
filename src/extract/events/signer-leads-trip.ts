import type { ExtractedEntity } from '../types.js';
import { leaderTown } from './host-town-signing.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { territoryOf } from './pair-anaphor.js';
import { sameParty } from './same-party.js';
import { dayInSpan } from './trip-day-place.js';

/**
 * "A Korvel delegation visited Estamir from 3 to 8 November … Mayor X and Y, county mayor of Korvel, signed the
 * letter on 6 November": a trip whose leader the text never names with a leading verb is led by the one who signed
 * for the travelling side on one of its days, the signer whose title names the travellers' town.
 */
export function signerLeadsTrip(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    const traveller = d.type === 'mission' && d.signatories.length === 0 && d.date ? d.parties[0] : undefined;
    const home = traveller && territoryOf(traveller, ctx.index);
    if (!home || home === d.place) continue;
    const leaders = new Set(signersOnTrip(d, drafts).filter((s) => signsFor(s, home, ctx)));
    if (leaders.size === 1) d.signatories = [...leaders];
  }
}

/** The signers of the agreements signed on a day of the trip. */
function signersOnTrip(trip: EventDraft, drafts: readonly EventDraft[]): ExtractedEntity[] {
  const span = trip.date!.value;
  const signed = drafts.filter((a) => a.type === 'agreement' && a.status !== 'planned' && !a.historic && a.date && dayInSpan(a.date.value, span));
  return signed.flatMap((a) => a.signatories);
}

function signsFor(signer: ExtractedEntity, home: ExtractedEntity, ctx: MentionContext): boolean {
  const town = leaderTown(signer, ctx);
  return town !== undefined && sameParty(town, home);
}
