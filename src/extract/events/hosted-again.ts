import type { MentionContext } from './mention-context.js';
import { takeMentions, type EventDraft } from './merge-mentions.js';
import { unionParties } from './same-party.js';

// "X and Y hosted the delegation in Z", "la CCI, qui a reçu la délégation à Z": the trip already told, as the object of a host verb.
const HOST_VERB_BEFORE =
  /(?:^|[^\p{L}])(?:hosted|welcomed|received|(?:a|ont|avait|avaient)\s+(?:accueilli|reçu)|accueill(?:e|ent|ait|aient)|reçoi(?:t|vent))\s+$/iu;
// How far before the trip noun its host verb may stand: the verb, then the determiner.
const VERB_REACH = 40;
const DEFINITE = /^(?:the|la|le|cette|ce|this)$/u;

/**
 * A definite trip noun that is the object of a host verb ("Z Council hosted the delegation in Y") retells the trip
 * told before it, not another one: its mentions join that trip, and the bodies they name (the hosts) join its sides.
 */
export function hostedAgain(drafts: readonly EventDraft[], ctx: MentionContext): EventDraft[] {
  const out = [...drafts];
  for (let i = out.length - 1; i > 0; i--) {
    const d = out[i]!;
    if (d.type !== 'mission' || d.signatories.length > 0) continue;
    const m = d.mentions[0]!;
    if (m.trigger.plural || !DEFINITE.test(m.trigger.determiner)) continue;
    const before = ctx.text.slice(Math.max(m.sentence.start, m.trigger.start - VERB_REACH), m.trigger.start);
    const det = before.toLowerCase().lastIndexOf(m.trigger.determiner);
    if (det < 0 || !HOST_VERB_BEFORE.test(before.slice(0, det))) continue;
    const trip = out.slice(0, i).reverse().find((t) => t.type === 'mission' && t.mentions[0]!.region.start < m.region.start);
    if (!trip || (trip.date && d.date && trip.date.value !== d.date.value && !trip.date.value.includes('/'))) continue;
    takeMentions(trip, d);
    trip.parties = unionParties(trip.parties, d.parties.filter((p) => p.type === 'ORG'));
    out.splice(i, 1);
  }
  return out;
}
