import type { DateMention } from '../dates/extract-dates.js';
import type { Span } from '../types.js';
import { MAX_MENTIONS, nextSentence, toldSentences, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { SIGN_THERE_SOURCE } from './pronoun-place.js';

// "Une délégation se rendra à X en février 2027. Elle y signera une convention", "prévoient d'y signer":
// the signing happens on the trip just told, and takes its date.
// "Cette mission sera l'occasion de signer", "During this visit, they will sign": the trip named again.
// "y" or "there" (pronoun-place's SIGN_THERE_SOURCE), "comptent alors signer": the same.
const SIGN_THERE =
  new RegExp(String.raw`${SIGN_THERE_SOURCE}|(?<![\p{L}])(?:alors\s+(?:(?:être\s+)?(?:sign|paraph)\p{L}*|procéder\s+à\s+la\s+signature)|(?:cette|this)\s+(?:mission|visite|visit|séjour|voyage|trip)\s+(?:\p{L}+(?:['’]|\s+)){0,6}?(?:sign|paraph)\p{L}*|(?:sign|paraph)\p{L}*\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}?(?:pendant|durant|lors\s+de|au\s+cours\s+de|during)\s+(?:ce|cette|this|that)\s+(?:mission|visite|visit|séjour|voyage|trip))(?![\p{L}])`, 'iu');
// "Il doit être signé fin février 2027", "Both sides expect to sign in March 2027", "une signature possible
// au printemps 2027": a signing to come, dated. "<sujet> vise une signature en <mois>
// <année>", "<sujet> prévoi(en)t de le faire en <mois> <année>" after a signing not yet made: the same.
const SIGNING_TO_COME =
  /(?<![\p{L}])(?:(?:doit|doivent|devrait|devraient|pourrait|sera|seront|serait)\s+(?:\p{L}+\s+){0,2}?(?:être\s+)?(?:signée?s?|paraphée?s?)|signature\s+(?:est\s+|serait\s+)?(?:espérée|prévue|attendue|possible|envisagée|souhaitée)|signing\s+(?:is\s+)?(?:expected|planned|scheduled)|(?:expect(?:s|ed)?|plan(?:s|ned)?|hope(?:s|d)?|intend(?:s|ed)?)\s+to\s+(?:be\s+)?sign(?:ed)?|will\s+(?:be\s+)?sign(?:ed)?|(?:vise|visent|visons|vise-t-on)\s+(?:une|la)\s+signature|(?:prévoi|compt|envisag|souhait)\p{L}*\s+de\s+(?:le|la|les)\s+(?:faire|signer))(?![\p{L}])/iu;
// A date this far past the words of a signing to come is no longer its date.
const DATE_REACH = 80;

/**
 * A planned agreement with no date of its own takes the date of its signing told just around it:
 * the trip of the sentence before when it is signed "there" ("y signeront"), or the signing to come
 * of the next sentence when that one tells no other event ("Il doit être signé fin février 2027").
 */
export function plannedDatesNearby(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  // A trip told in the next sentence is often the visit the signing is planned for: only another agreement there bars its date.
  const told = toldSentences(drafts.filter((d) => d.type === 'agreement'));
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.status !== 'planned' || d.date) continue;
    for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
      d.date = tripBefore(ctx, sentences, m.sentence) ?? signingToCome(ctx, sentences, m.sentence, told);
      if (d.date) break;
    }
  }
}

// "During the festival X and Y intend to sign", "À cette occasion, X et Y prévoient de signer", "While they're in Z, …", "On that trip, …":
// the sentence opens on the occasion just told.
const ON_THAT_OCCASION =
  /^\s*(?:(?:during|pendant|durant|lors\s+de|au\s+cours\s+de)\s+(?:the|this|that|ce|cet|cette|la|le)\s|(?:à|a)\s+cette\s+occasion|on\s+(?:that|this)\s+(?:occasion|trip|visit)|while\s+(?:they|we)(?:['’]re|\s+are)\s+(?:in|there)(?![\p{L}]))/iu;

function tripBefore(ctx: MentionContext, sentences: readonly Span[], s: Span): DateMention | undefined {
  const sentence = ctx.text.slice(s.start, s.end);
  if (!SIGN_THERE.test(sentence) && !ON_THAT_OCCASION.test(sentence)) return undefined;
  const i = sentences.findIndex((x) => x.start === s.start);
  const before = i > 0 ? sentences[i - 1]! : undefined;
  return before ? ctx.dates.filter((x) => before.start <= x.start && x.end <= before.end).at(-1) : undefined;
}

function signingToCome(ctx: MentionContext, sentences: readonly Span[], s: Span, told: ReadonlySet<number>): DateMention | undefined {
  const next = nextSentence(sentences, s);
  if (!next || told.has(next.start)) return undefined;
  const cue = SIGNING_TO_COME.exec(ctx.text.slice(next.start, next.end));
  if (!cue) return undefined;
  const from = next.start + cue.index;
  return ctx.dates.find((x) => x.start >= from && x.end <= next.end && x.start - from <= DATE_REACH);
}
