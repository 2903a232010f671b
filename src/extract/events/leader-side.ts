import type { ExtractedEntity, Span } from '../types.js';
import { MAX_MENTIONS, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { sameParty } from './same-party.js';

// Between a leader's name and the title that follows it: ", ".
const NAME_TO_TITLE = 3;
// Between a title and the name after it: ", le professeur ", ", Mme ", " Dr. ".
const TITLE_TO_NAME = 20;
const TITLE_GAP = /^\s*,?\s*(?:(?:le|la|l['’]|the)\s+)?(?:[\p{L}]+\.?\s+)?$/u;

/**
 * "Une délégation, dirigée par Mme X, directrice des services techniques de la Mairie des Abricots-Hauts,
 * séjournera à Roquefeuil": the trip travels from its leader's body, which the title after the
 * leader's name gives: the side when one is missing, the body rather than its town when the town was read.
 */
export function sideOfLeader(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'mission' || d.parties.length > 2 || d.signatories.length === 0) continue;
    const side = titleAfterLeader(d, d.signatories[0]!, ctx);
    if (!side) continue;
    // The town read from the body's name ("Abricots-Hauts" of "Mairie des Abricots-Hauts") gives way to the body.
    const i = d.parties.findIndex((p) => sameParty(p, side));
    if (i >= 0) {
      if (side.type === 'ORG' && d.parties[i]!.type === 'PLACE') d.parties = d.parties.map((p, j) => (j === i ? side : p));
    } else if (d.parties.length === 1) d.parties = [side, ...d.parties];
  }
}

function titleAfterLeader(d: EventDraft, leader: ExtractedEntity, ctx: MentionContext): ExtractedEntity | undefined {
  for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
    for (const p of ctx.index.within(m.sentence.start, m.sentence.end)) {
      if (p.entity !== leader) continue;
      const side = titledBody(p, ctx);
      if (side) return side;
    }
  }
  return undefined;
}

/** The body (or else the place) that the title right before or after a person's name names. */
export function titledBody(p: Span, ctx: MentionContext): ExtractedEntity | undefined {
  // "X, directrice … de la Mairie des Abricots-Hauts", "le président de l'Université de Kara, le professeur X".
  const zone =
    ctx.titles.find((z) => z.start >= p.end && z.start - p.end <= NAME_TO_TITLE) ??
    ctx.titles.find((z) => z.end <= p.start && p.start - z.end <= TITLE_TO_NAME && TITLE_GAP.test(ctx.text.slice(z.end, p.start)));
  if (!zone) return undefined;
  // The body of "directrice des services techniques de la Mairie des Abricots-Hauts", not the town inside its name.
  const inZone = ctx.index.within(zone.start, zone.end).filter((x) => x.entity.type !== 'PERSON');
  return inZone.filter((x) => x.entity.type === 'ORG').pop()?.entity ?? inZone.pop()?.entity;
}
