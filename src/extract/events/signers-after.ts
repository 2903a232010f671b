import type { Span } from '../types.js';
import { findPlace, personMentions } from './find-arguments.js';
import { MAX_MENTIONS, clauseStart, nextSentence, toldSentences, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';

// "… ont apposé leur signature", "… ont signé au nom de leur ville", "… signed on behalf of": the act, with no noun.
const SIGNED_NO_NOUN =
  /\b(?:(?:ont|a|avaient|avait)\s+(?:\p{L}+\s+){0,2}?(?:apposé\s+leurs?\s+signatures?|signé|paraphé)|(?:have|has|had)\s+(?:\p{L}+\s+){0,2}?(?:signed|initialled)|signed\s+(?:on\s+behalf|for)\b)/iu;

/**
 * "Les deux villes ont signé une entente. La mairesse X et le maire Y ont apposé leur signature
 * à Z.": the sentence after a signed agreement, naming no event of its own, tells who signed
 * it and where, when the agreement's own sentence did not.
 */
export function signersAfter(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  const told = toldSentences(drafts);
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.status === 'planned' || d.signatories.length > 0) continue;
    for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
      const next = m.signing ? nextSentence(sentences, m.sentence) : undefined;
      if (next && !told.has(next.start) && readSigners(d, next, ctx)) break;
    }
  }
}


function readSigners(d: EventDraft, next: Span, ctx: MentionContext): boolean {
  const verb = SIGNED_NO_NOUN.exec(ctx.text.slice(next.start, next.end));
  if (!verb) return false;
  const at = next.start + verb.index;
  const signers = personMentions(ctx.index, clauseStart(ctx.text, next.start, at), at).map((m) => m.entity);
  if (signers.length === 0) return false;
  d.signatories = [...new Set(signers)];
  d.place ??= findPlace(ctx.text, ctx.index, { start: at, end: next.end }, at);
  return true;
}
