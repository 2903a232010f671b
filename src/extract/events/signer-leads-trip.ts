import type { ExtractedEntity } from '../types.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { territoryOf } from './pair-anaphor.js';
import { sameParty } from './same-party.js';
import { signerTown } from './signer-side.js';
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
    const leaders = new Set(signingsOnTrip(d, drafts).flatMap((a) => travellersSigner(a.signatories, home, ctx)));
    if (leaders.size === 1) d.signatories = [...leaders];
  }
}

/** The agreements signed on a day of the trip. */
function signingsOnTrip(trip: EventDraft, drafts: readonly EventDraft[]): EventDraft[] {
  const span = trip.date!.value;
  return drafts.filter((a) => a.type === 'agreement' && a.status !== 'planned' && !a.historic && a.date && dayInSpan(a.date.value, span));
}

/**
 * The signers for the travellers' town; of a pair of signers where only the other's town is told
 * ("X and the Mayor of Estamir, Y, signed"), the one who is not the hosts'.
 */
function travellersSigner(signers: readonly ExtractedEntity[], home: ExtractedEntity, ctx: MentionContext): ExtractedEntity[] {
  const towns = signers.map((s) => signerTown(s, ctx));
  const own = signers.filter((_, i) => towns[i] !== undefined && sameParty(towns[i]!, home));
  if (own.length > 0 || signers.length !== 2) return own;
  const other = towns.findIndex((t) => t !== undefined);
  return other >= 0 && towns[1 - other] === undefined ? [signers[1 - other]!] : [];
}
