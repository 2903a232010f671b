import { COMPANY_ROLES, ROLE_WORDS } from '../lexicons/people-titles.js';
import type { ExtractedEntity, Span } from '../types.js';
import type { EntityMention } from './entity-index.js';
import { MAX_MENTIONS, nextSentence, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { onlyTitleBefore, ownSentences, presenceStart, readPeople, secondAfter, sentenceOwners } from './signed-by.js';
import { SuffixRegex } from '../text/word-regex.js';

// "…, while Mayor X signed in Y", "X a signé au nom de la ville": a person right before a past signing verb signed,
// or before an apposed clause ending in one ("Our provost, X, flew in and signed with …");
// so does the last of a titled subject, "…, et le maire de B, M. X, ont apposé leur signature", or
// "…, et X, proviseur du lycée, ont signé", "A et B l'ont signée"; "A et B en sont les signataires", "A and B put their names to it".
const SIGNED_AFTER_PERSON =
  /^(?:(?:\s*,(?:[^,.;:!?()]{1,90},)?)?\s+|\s*,\s+\p{Ll}[^,.;:!?()]{0,40}?\s(?:and|et)\s+(?=signed|(?:a|ont)\s+sign))(?:also\s+|then\s+|aussi\s+|ensuite\s+|également\s+)?(?:signed|countersigned|(?:l['’]|les\s+)?(?:a|ont|had|has|have)\s+(?:aussi\s+|également\s+|also\s+)?(?:signée?s?|contresignée?s?|paraphée?s?|signed|countersigned|(?:ap)?posé\s+(?:leurs?|sa|son)\s+signatures?|affixed\s+(?:their|his|her)\s+signatures?)|put\s+(?:their|his|her)\s+names?\s+to|put\s+pen\s+to\s+paper|(?:en\s+)?(?:sont|étaient|furent|are|were)\s+(?:les\s+|the\s+)?(?:signataires|signatories))(?![\p{L}])/iu;
// Between two signers of one subject: "A, directrice du cégep, et B", "le maire de X, A, et le maire de Y, M. B",
// "Mayor A and Port Alba Board chair B", "Dr A and the dean of X, Professor B".
const SUBJECT_GLUE =
  /^(?:\s*,[^,.;:!?()]{1,60})?\s*,?\s*(?:et|and)\s+(?:[^,.;:!?()]{1,60}?(?:,\s*|\s))?(?:(?:(?:M|Mme|Mr|Mrs|Ms|Dr|Me|Mgr|Cllr|Prof|Pr)\.?|Professor|Professeure?|Doctor|Docteure?|Councillor|Sir|Dame)\s+)?$/u;
// "Les deux directeurs qui l'ont signée, A et B", "the two deans who signed it, A and B": the signers in apposition.
const SIGNERS_NAMED_AFTER = new SuffixRegex(
  String.raw`(?:^|[^\p{L}])(?:qui|who)\s+(?:l['’]|les\s+)?(?:(?:ont|a|avaient|avait|have|has|had)\s+)?(?:signed|sign[ée]e?s?|paraph[ée]e?s?)(?:\s+(?:it|them))?\s*,\s*`,
  'iu',
);
const STEM = /sign|paraph|names?\s+to|pen\s+to\s+paper/i;
const APPOSITION_REACH = 60;
// "Ont signé le document mardi, à X, la mairesse de A, B, et …", "Ont apposé leur signature le maire de A, B, …":
// a sentence that opens on the signing verb names its signers after it.
const SIGNING_OPENS = /^\s*Ont\s+(?:aussi\s+|également\s+)?(?:signé|contresigné|paraphé|apposé\s+leurs?\s+signatures?)(?![\p{L}])/u;
// Between two signers of one apposition: a comma, "et", "and".
const PEOPLE_GLUE = /^\s*(?:,\s*)?(?:(?:et|and|&)\s+)?$/u;

/**
 * "Mayor A signed the document at City Hall, while Mayor B signed in Jeonju", "Les deux directeurs
 * qui l'ont signée, A et B, …": people told as the subject of a signing, or named right after the
 * relative that says they signed, in a signed agreement's own sentences or the one after, sign it.
 */
export function signerSubjects(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  if (!STEM.test(ctx.text)) return;
  const owners = sentenceOwners(drafts);
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.status === 'planned') continue;
    for (const s of [...ownSentences(d, sentences, owners), ...secondAfter(d, sentences, owners)]) {
      const found = signersIn(ctx, s);
      if (found.length > 0) d.signatories = [...new Set([...d.signatories, ...found])];
    }
  }
}

function signersIn(ctx: MentionContext, s: Span): ExtractedEntity[] {
  if (!STEM.test(ctx.text.slice(s.start, s.end))) return [];
  const people = ctx.index.within(s.start, s.end).filter((m) => m.entity.type === 'PERSON');
  if (SIGNING_OPENS.test(ctx.text.slice(s.start, s.end))) return peopleBefore(people, presenceStart(ctx.text, s));
  const listed = signatoriesListed(ctx, s);
  if (listed.length > 0) return listed;
  const out: ExtractedEntity[] = [];
  for (const [i, m] of people.entries()) {
    const verb = SIGNED_AFTER_PERSON.exec(ctx.text.slice(m.end, m.end + 120));
    if (verb) out.push(...coSubjects(ctx, people, i), m.entity, ...signedWith(ctx, people[i + 1], m.end + verb[0].length));
    if (SIGNERS_NAMED_AFTER.test(ctx.text.slice(Math.max(s.start, m.start - APPOSITION_REACH), m.start))) out.push(...apposedPeople(ctx, people.slice(i)));
    if (out.length > 0 && signedForSide(ctx, m)) out.push(m.entity);
  }
  return out;
}

// "The signatories were A and B", "Les signataires sont la maire de X, A, et …": the sentence lists them.
const SIGNATORIES_WERE =
  /^\s*(?:the\s+signatories\s+(?:were|are)|les\s+signataires\s+(?:sont|étaient|furent|ont\s+été)|signataires\s*:|signatories\s*:)\s*/iu;

/** The people listed after "The signatories were", the first one right after it or after his title. */
function signatoriesListed(ctx: MentionContext, s: Span): ExtractedEntity[] {
  const open = SIGNATORIES_WERE.exec(ctx.text.slice(s.start, s.end));
  if (!open) return [];
  const from = s.start + open[0].length;
  const first = ctx.index.within(from, s.end).find((m) => m.entity.type === 'PERSON');
  if (!first || !onlyTitleBefore(ctx.text.slice(from, first.start))) return [];
  return readPeople(ctx, from, presenceStart(ctx.text, { start: from, end: s.end }));
}

// "A l'a signée avec la directrice du cégep, B", "A signed with PAU's vice-chancellor, Dr. B": B signed too.
const WITH_AFTER_VERB = /^\s*(?:it\s+|them\s+)?(?:avec|with)\s+/iu;
const WITH_REACH = 100;
// "signed with Tarvel Cider Trail chair B", "signed with Norvane Mills owner B": a body's name, then its holder's lower-case
// title, which ends in a role noun ("… officials and B" is no title).
const NAME_THEN_TITLE = /^(?:(?:the|its|their)\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){1,5}(?:(?!(?:and|et)\s)\p{Ll}[\p{L}-]*\s+)?(\p{Ll}[\p{L}-]*)\s+$/u;

function nameThenTitle(title: string): boolean {
  const role = NAME_THEN_TITLE.exec(title)?.[1]?.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  return role !== undefined && (ROLE_WORDS.has(role) || COMPANY_ROLES.has(role));
}

/** The person "with" whom a signer signed, right after the verb or after his title. */
function signedWith(ctx: MentionContext, next: EntityMention | undefined, verbEnd: number): ExtractedEntity[] {
  const w = WITH_AFTER_VERB.exec(ctx.text.slice(verbEnd, verbEnd + 20));
  if (!w || !next || next.start - verbEnd > WITH_REACH) return [];
  const title = ctx.text.slice(verbEnd + w[0].length, next.start);
  return onlyTitleBefore(title) || nameThenTitle(title) ? [next.entity] : [];
}

// "A signed for the college and Dr. B, vice-rector of the university, for the Norwegian side", "… and Municipal
// President B for Y", "… and vice rector B for Y", "A a signé pour X; le directeur de Y, B, pour …": the verb left out.
// The words after "and" are B's title, no verb of a new clause ("… and thanked Minister B for …").
const AND_BEFORE = /(?:(?:,\s*|\s)(?:and|et)|;)\s+(?!(?:a|ont|avait|avaient|has|have|had|was|were|is|are|also|then|aussi|ensuite)\s)(?!\p{Ll}+ed\s)(?:[^.;:!?()]|(?<=\b\p{Lu}\p{Ll}{0,3})\.){0,80}$/u;
const FOR_SIDE_AFTER = /^(?:\s*,[^,.;:!?()]{1,90},)?\s*,?\s*(?:for|on\s+behalf\s+of|pour|au\s+nom\s+d)(?![\p{L}])/iu;

function signedForSide(ctx: MentionContext, m: EntityMention): boolean {
  return AND_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 60), m.start)) && FOR_SIDE_AFTER.test(ctx.text.slice(m.end, m.end + 120));
}

/** The people joined to the signing subject `people[i]` by "et" / "and" just before it, in text order. */
function coSubjects(ctx: MentionContext, people: readonly EntityMention[], i: number): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  for (let j = i - 1; j >= 0 && SUBJECT_GLUE.test(ctx.text.slice(people[j]!.end, people[j + 1]!.start)); j--) out.unshift(people[j]!.entity);
  return out;
}

/** The first person and those joined to it by a comma or "et" / "and". */
function apposedPeople(ctx: MentionContext, people: readonly EntityMention[]): ExtractedEntity[] {
  const out = [people[0]!.entity];
  for (let i = 1; i < people.length && PEOPLE_GLUE.test(ctx.text.slice(people[i - 1]!.end, people[i]!.start)); i++) out.push(people[i]!.entity);
  return out;
}

/** The people named before `end`, once each. */
function peopleBefore(people: readonly EntityMention[], end: number): ExtractedEntity[] {
  return [...new Set(people.filter((m) => m.end <= end).map((m) => m.entity))];
}
