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
  /(?:^|[\s,;:(])(?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s+([^,;:.()\n]{2,60}?)\s+(?:et|and)\s+((?:[^.;:!?()\n]|\.(?=\S)|(?<=\b(?:M|Mme|Dr|Mr|Mrs|Ms|Cllr|Prof))\.){1,120}?)\s(?:ont|a|have|had)?\s*(?:signé|paraphé|contresigné|signed|countersigned|co-signed)$/u;
const HAS_TITLE_WORD = new RegExp(`^(?:${TITLE_WORDS.join('|')})${TITLE_END}`, 'iu');
// "… Y, where she and Mayor Z signed": a pronoun coordinated with a named signer stands for the person told before it.
const PRONOUN_AND_SIGNER =
  /(?:^|[\s,;:])(she|he|elle|lui)\s+(?:et|and)\s+((?:[^.;:!?()\n]|\.(?=\S)){1,120}?)\s(?:ont|have|had)?\s*(?:signé|paraphé|signed|countersigned|co-signed)$/iu;
// The signing verbs of a sentence, where the two patterns above end; they are tried on the text just before each (bounded time).
const SIGNING_VERB = /(?:signé|paraphé|signed)(?![\p{L}])/gu;
const VERB_WINDOW = 240;
const MAX_VERBS = 4;
// Words of a title that say nothing of whose it is.
const LINK_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the']);

/**
 * "Le 4 mai, la mairesse et la présidente du conseil de Y, Mme Z, ont signé une lettre d'intention": a signed
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
      let verbs = 0;
      SIGNING_VERB.lastIndex = 0;
      for (let v = SIGNING_VERB.exec(said); v && verbs < MAX_VERBS; v = SIGNING_VERB.exec(said), verbs++) {
        const end = v.index + v[0].length;
        const from = Math.max(0, end - VERB_WINDOW);
        const person = signerBefore(d, ctx, said.slice(from, end), s.start, s.start + from, () => (titled ??= titledPeople(ctx)));
        if (person) d.signatories = [person, ...d.signatories];
      }
    }
  }
}

/** The person a bare title or a pronoun coordinated with a named signer stands for, in `before` (the text up to a signing verb, at `at`). */
function signerBefore(d: EventDraft, ctx: MentionContext, before: string, sentenceStart: number, at: number, titled: () => readonly TitledPerson[]): ExtractedEntity | undefined {
  const end = at + before.length;
  const titleAnd = TITLE_AND_SIGNER.exec(before);
  if (titleAnd && HAS_TITLE_WORD.test(titleAnd[1]!) && namesSigner(d, ctx, end - titleAnd[2]!.length - 30, end)) {
    return holderOf(titled(), fold(titleAnd[1]!), d.signatories);
  }
  const pronounAnd = PRONOUN_AND_SIGNER.exec(before);
  if (!pronounAnd || !namesSigner(d, ctx, end - pronounAnd[2]!.length - 10, end)) return undefined;
  const person = ctx.index.within(sentenceStart, at + pronounAnd.index).filter((x) => x.entity.type === 'PERSON').pop();
  return person && !d.signatories.includes(person.entity) ? person.entity : undefined;
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
