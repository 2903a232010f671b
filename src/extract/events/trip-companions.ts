import type { ExtractedEntity, Span } from '../types.js';
import { coordinatedList } from './find-arguments.js';
import { MAX_MENTIONS, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { draftHosts } from './mission-hosts.js';
import { sameParty } from './same-party.js';

// "conduite par le maire et accompagnée de la X et de Y", "accompanied by X, Y and …", "together with X":
// the bodies that go along with the trip travel with it.
const ACCOMPANIED =
  /(?:^|[^\p{L}])(?:accompagnée?s?\s+(?:de\s+|d['’]|par\s+)|accompanied\s+by\s+|together\s+with\s+|along\s+with\s+|in\s+the\s+company\s+of\s+)/iu;
const STEM = /accompa|together|along|company/i;
// "accompanied by representatives of the X": a few words before the first body.
const FIRST_BODY_REACH = 40;
// "Mayor X signed the MoU together with Y": a companion in a signing is a party of the agreement, not of the trip.
const SIGNING = /sign|paraph/i;

/**
 * The bodies a trip is "accompagnée de" / "accompanied by" / "together with" travel with it, read in
 * a trip's sentence after its noun; the places it went to are no companions.
 */
export function tripCompanions(drafts: readonly EventDraft[], ctx: MentionContext): void {
  if (!STEM.test(ctx.text)) return;
  for (const d of drafts) {
    if (d.type !== 'mission') continue;
    const hosts = draftHosts(d);
    for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
      // After the trip's noun: "The minister was accompanied by X. In Y, the delegation …" may be about another trip.
      for (const side of companionsIn(ctx, m.sentence, m.trigger.end)) {
        if (!hosts.has(side) && !d.parties.some((p) => sameParty(p, side))) d.parties = [...d.parties, side];
      }
    }
  }
}

/** The bodies after a companion cue in `sentence` past `after`. */
function companionsIn(ctx: MentionContext, sentence: Span, after: number): ExtractedEntity[] {
  const span = ctx.text.slice(after, sentence.end);
  if (!STEM.test(span)) return [];
  const cue = ACCOMPANIED.exec(span);
  if (!cue || SIGNING.test(ctx.text.slice(sentence.start, after + cue.index))) return [];
  const from = after + cue.index + cue[0].length;
  const first = ctx.index.within(from, sentence.end)[0];
  if (!first || first.entity.type !== 'ORG' || first.start - from > FIRST_BODY_REACH) return [];
  return coordinatedList(ctx.text, ctx.index, first.start, sentence.end).mentions.filter((x) => x.entity.type === 'ORG').map((x) => x.entity);
}
