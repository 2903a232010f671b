import type { ExtractedEntity } from '../types.js';
import type { EntityMention } from './entity-index.js';
import { MAX_MENTIONS, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { withoutExtraSides } from './extra-sides.js';

// "…, on the Pacific coast of Hokkaido", "de Kolda, dans le sud du Sénégal", "of Bend, in the state of Oregon":
// a preposition of place just before the name.
const LOCATIVE_BEFORE =
  /(?:^|[^\p{L}])(?:of|in|at|near|am|sur|on\s+the|coast\s+of|shores?\s+of|de|du|des|d['’]|dans|en|au|aux|à|près\s+de|(?:north|south|east|west|ouest|est|nord|sud|centre)\s+(?:of|de|du|d['’]))\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?$/iu;
const LOCATIVE_REACH = 30;
// The side it locates comes just before, with no coordination between: "A, on the coast of B", not "A and B".
const LOCATED_REACH = 90;
const COORDINATION = /(?:^|[^\p{L}])(?:and|et|with|avec|between|entre|or|ou)(?![\p{L}])|[.;:!?\n]/iu;

/**
 * "A City Council and B City, on the Pacific coast of C, signed …": a place named only to say
 * where a side lies is no side of an agreement that has two others.
 */
export function withoutLocatedPlaces(drafts: readonly EventDraft[], ctx: MentionContext): void {
  withoutExtraSides(drafts, (p, d) => p.type === 'PLACE' && onlyLocating(p, d, ctx));
}

function onlyLocating(p: ExtractedEntity, d: EventDraft, ctx: MentionContext): boolean {
  let seen = false;
  for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
    const within = ctx.index.within(m.sentence.start, m.sentence.end);
    for (const [i, x] of within.entries()) {
      if (x.entity !== p) continue;
      if (!LOCATIVE_BEFORE.test(ctx.text.slice(Math.max(m.sentence.start, x.start - LOCATIVE_REACH), x.start))) return false;
      if (!locatesSideBefore(ctx, within.slice(0, i), x, d.parties)) return false;
      seen = true;
    }
  }
  return seen;
}

/** Another side (or a place that itself locates one) named just before, nothing coordinated between. */
function locatesSideBefore(ctx: MentionContext, before: readonly EntityMention[], x: EntityMention, parties: readonly ExtractedEntity[]): boolean {
  for (let j = before.length - 1; j >= 0; j--) {
    const y = before[j]!;
    if (x.start - y.end > LOCATED_REACH || COORDINATION.test(ctx.text.slice(y.end, x.start))) return false;
    if (y.entity !== x.entity && parties.includes(y.entity)) return true;
  }
  return false;
}
