import { wordRegex } from '../text/word-regex.js';
import type { ExtractedEntity } from '../types.js';
import type { EventDraft } from './merge-mentions.js';
import type { MentionContext } from './mention-context.js';
import { unionParties } from './same-party.js';
import { affiliationParties } from './title-zones.js';

/**
 * An agreement whose clauses name no side but name its signers with their titles ("signée par le
 * président de Quantolys, M. X, et par Y, directeur général de Microvis") is between the bodies
 * of those titles.
 */
export function signersSides(d: EventDraft, ctx: MentionContext): void {
  if (d.type !== 'agreement' || d.parties.length >= 2 || d.signatories.length === 0) return;
  const found: ExtractedEntity[] = [];
  for (const m of d.mentions) {
    for (const p of ctx.index.within(m.region.start, m.region.end)) {
      if (p.entity.type !== 'PERSON' || !d.signatories.includes(p.entity)) continue;
      // "le président de X, M. P" (title before), "P, directeur général de X" (title after).
      const zone = ctx.titles.find(
        (z) => (z.end <= p.start && p.start - z.end <= 12 && !/[.;:]/.test(ctx.text.slice(z.end, p.start))) || (z.start >= p.end && z.start - p.end <= 3),
      );
      if (!zone) continue;
      const inZone = ctx.index.within(zone.start, zone.end).filter((x) => x.entity.type === 'ORG');
      found.push(...affiliationParties(ctx.titles, ctx.index, inZone).filter((e) => e.type === 'ORG'));
    }
  }
  if (found.length > 0) d.parties = unionParties(d.parties, found);
}

// "La convention a été signée le même jour", "signed the same day": the day of the event told before.
const SAME_DAY = wordRegex(String.raw`\b(?:le\s+même\s+jour|ce\s+même\s+jour|(?:on\s+)?the\s+same\s+day)\b`, 'iu');

/** An undated event "le même jour" takes the date of the latest dated event told before it. */
export function sameDay(drafts: readonly EventDraft[], text: string): void {
  for (const d of drafts) {
    if (d.date || !d.mentions.some((m) => SAME_DAY.test(text.slice(m.region.start, m.region.end)))) continue;
    const at = d.mentions[0]!.region.start;
    const before = drafts.filter((x) => x !== d && x.date && x.mentions[0]!.region.start < at);
    const last = before[before.length - 1];
    if (last) d.date = last.date;
  }
}
