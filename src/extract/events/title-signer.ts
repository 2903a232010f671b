import type { ExtractedEntity, Span } from '../types.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { ownSentences, sentenceOwners } from './signed-by.js';
import { fold } from './same-party.js';
import { TITLE_END, TITLE_WORDS } from './title-zones.js';
import { holders, titledPeople, type TitledPerson } from './title-leader.js';

// "le préfet et le maire de Y, M. Z, ont signé", "the mayor and the chair of Y, Z, signed": a title alone coordinated with a
// named signer before the signing verb; "celui de" in the second conjunct ("le président de X et celui de Y, Z").
const TITLE_AND_SIGNER =
  /(?:^|[\s,;:(])(?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s+([^,;:.()\n]{2,60}?)\s+(?:et|and)\s+((?:[^.;:!?()\n]|\.(?=\S)|(?<=\b(?:M|Mme|Dr|Mr|Mrs|Ms|Cllr|Prof))\.){1,120}?)\s(?:ont|a|have|had)?\s*(?:signé|paraphé|contresigné|signed|countersigned|co-signed)(?![\p{L}])/u;
const HAS_TITLE_WORD = new RegExp(`^(?:${TITLE_WORDS.join('|')})${TITLE_END}`, 'iu');
// "… Y, where she and Mayor Z signed": a pronoun coordinated with a named signer stands for the person told before it.
const PRONOUN_AND_SIGNER =
  /(?:^|[\s,;:])(she|he|elle|lui)\s+(?:et|and)\s+((?:[^.;:!?()\n]|\.(?=\S)){1,120}?)\s(?:ont|have|had)?\s*(?:signé|paraphé|signed|countersigned|co-signed)(?![\p{L}])/iu;
// Words of a title that say nothing of whose it is.
const LINK_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the']);

/**
 * "Le 15 octobre, la mairesse et la présidente du comité exécutif, Mme Z, ont signé une lettre d'intention": a signed
 * agreement's sentence that coordinates a bare title with a named signer before the signing verb adds the one person the
 * text names with that title ("Sont présents : la mairesse, Mme Y"); "where she and Mayor Z signed" adds the person the
 * pronoun stands for, the last one named before it in the sentence.
 */
export function titleSigners(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  if (!/sign|paraph/iu.test(ctx.text)) return;
  const owners = sentenceOwners(drafts);
  let titled: readonly TitledPerson[] | undefined;
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.status === 'planned' || d.signatories.length === 0) continue;
    for (const s of ownSentences(d, sentences, owners)) {
      const said = ctx.text.slice(s.start, s.end);
      const titleAnd = TITLE_AND_SIGNER.exec(said);
      if (titleAnd && HAS_TITLE_WORD.test(titleAnd[1]!) && namesSigner(d, ctx, s.start + titleAnd.index + titleAnd[0].length - titleAnd[2]!.length - 30, s.start + titleAnd.index + titleAnd[0].length)) {
        titled ??= titledPeople(ctx);
        const person = holderOf(titled, fold(titleAnd[1]!), d.signatories);
        if (person) d.signatories = [person, ...d.signatories];
        continue;
      }
      const pronounAnd = PRONOUN_AND_SIGNER.exec(said);
      if (pronounAnd) {
        const at = s.start + pronounAnd.index;
        const after = at + pronounAnd[0].length;
        if (!namesSigner(d, ctx, after - pronounAnd[2]!.length - 10, after)) continue;
        const before = ctx.index.within(s.start, at).filter((x) => x.entity.type === 'PERSON').pop();
        if (before && !d.signatories.includes(before.entity)) d.signatories = [before.entity, ...d.signatories];
      }
    }
  }
}

/** A signer already found is named in [from, to): the second conjunct is the agreement's signer. */
function namesSigner(d: EventDraft, ctx: MentionContext, from: number, to: number): boolean {
  return ctx.index.within(Math.max(0, from), to).some((x) => x.entity.type === 'PERSON' && d.signatories.includes(x.entity));
}

/** The one person named with the title, not a signer already; "le président de la CCI" also as "la CCI …, son président X". */
function holderOf(titled: readonly TitledPerson[], phrase: string, signers: readonly ExtractedEntity[]): ExtractedEntity | undefined {
  const others = titled.filter((t) => !signers.includes(t.person));
  const exact = holders(others, phrase);
  if (exact) return exact;
  const words = phrase.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !LINK_WORDS.has(w));
  if (words.length < 2) return undefined;
  const people = new Set(others.filter((t) => words.every((w) => t.title.split(/[^\p{L}\p{N}]+/u).includes(w))).map((t) => t.person));
  return people.size === 1 ? [...people][0] : undefined;
}
