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
  if (!verb) return readPairedHeads(d, next, ctx);
  const at = next.start + verb.index;
  const signers = personMentions(ctx.index, clauseStart(ctx.text, next.start, at), at).map((m) => m.entity);
  if (signers.length === 0) return false;
  d.signatories = [...new Set(signers)];
  d.place ??= findPlace(ctx.text, ctx.index, { start: at, end: next.end }, at);
  return true;
}

// "La directrice du cégep, X, et le recteur de l'université, Y, prévoient …", "Les signataires, le
// proviseur du lycée, M. X, et …": the sentence opens on the heads of the two sides, each a role then
// a name in apposition; after "X and Y signed an agreement" they are its signers.
const HEAD_BEFORE = /^\s*(?:(?:les\s+signataires|the\s+signatories)\s*(?:,|:|were|sont|étaient)\s*)?(?:le|la|l['’]|the)\s*[^,.;:!?«»"]{3,80},\s*(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professor|Professeure?)\s+)?$/iu;
const HEAD_BETWEEN = /^\s*,\s*(?:et|and)\s+(?:le|la|l['’]|the)\s*[^,.;:!?«»"]{3,80},\s*(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professor|Professeure?)\s+)?$/iu;
// Who looked on is no signer: "… ont assisté à la signature", "witnessed".
const LOOKED_ON = /\b(?:assist|témoin|en\s+présence|witness|attended|looked\s+on)/iu;

function readPairedHeads(d: EventDraft, next: Span, ctx: MentionContext): boolean {
  const people = personMentions(ctx.index, next.start, next.end);
  if (people.length < 2) return false;
  const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
  if (a.entity === b.entity || !HEAD_BEFORE.test(ctx.text.slice(next.start, a.start)) || !HEAD_BETWEEN.test(ctx.text.slice(a.end, b.start))) return false;
  if (!/^\s*,/u.test(ctx.text.slice(b.end, b.end + 3)) || LOOKED_ON.test(ctx.text.slice(b.end, next.end))) return false;
  d.signatories = [a.entity, b.entity];
  return true;
}
