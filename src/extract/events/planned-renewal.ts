import type { ExtractedEntity } from '../types.js';
import type { EventMention } from './event-mention.js';

/** What planned renewals read of an event being assembled. */
interface Told {
  readonly kind: string;
  readonly status?: string;
  readonly parties: readonly ExtractedEntity[];
  readonly mentions: readonly EventMention[];
}

/**
 * "Les deux villes prévoient de renouveler la charte de jumelage en 2027", "Both towns intend to renew
 * the friendship agreement next year", told after the charter's signing: the renewal to come is an
 * agreement of its own, planned, between the sides of the one it renews. The signed agreement it renews,
 * the latest one named by the same noun, else undefined.
 */
export function renewedBeforePlan<D extends Told>(drafts: readonly D[], m: EventMention): D | undefined {
  if (m.type !== 'agreement' || !m.renewal || m.status !== 'planned' || !m.cue || m.historic) return undefined;
  const head = nounHead(m.trigger.kind);
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.status === 'signed' && nounHead(d.kind) === head && d.mentions.every((x) => x.region.start !== m.region.start)) return d;
  }
  return undefined;
}

/** The sides of the planned renewal: its own two when it names them, else those of the agreement it renews. */
export function renewalSides(m: EventMention, renewed: Told): ExtractedEntity[] {
  return !m.pair && m.parties.length >= 2 ? [...m.parties] : [...renewed.parties];
}

/** "charte de jumelage" → "charte", "friendship agreement" → "agreement": the noun the text names it by again. */
function nounHead(kind: string): string {
  const words = kind.toLowerCase().split(/[\s'’-]+/);
  const english = words.findIndex((w) => /^(?:agreements?|memorand\p{L}*|mous?|charters?|protocols?|accords?|letters?|pacts?|partnerships?)$/u.test(w));
  return (english > 0 ? words[english]! : (words[0] ?? '')).replace(/s$/, '');
}
