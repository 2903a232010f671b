import type { Span } from '../types.js';
import { wordRegex } from '../text/word-regex.js';
import { firstAtOrAfter } from '../text/first-at-or-after.js';
import { datesWithin, findPlace } from './find-arguments.js';
import { MAX_MENTIONS, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';

// The agreement just named, taken up by a pronoun with a verb of signing: "nous comptons le signer ici",
// "nous la signerons au printemps", "il devrait l'être en 2027 à X", "will sign it in X", "to sign that here in X", "it will be signed in X";
// or its signing to come, told as a noun: "Sa signature pourrait intervenir en juin à X", "Signing is expected
// in March, in X", "Ça pourrait être signé à l'automne, à X", "Une signature est espérée à X", "A signing is expected in X",
// "Le pacte devrait être signé en avril, à X", "They expect to sign in March in X"; or named again with a demonstrative: "authorize the
// Mayor to sign the agreement in X", "à signer ledit protocole … à X".
const SIGNED_LATER = wordRegex(
  String.raw`\b(?:(?:le|la|l['’])\s*(?:sign|paraph|conclu|ratifi)\p{L}*|(?:il|elle)\s+(?:\p{L}+\s+){0,2}?l['’]être|(?:sign|ink|conclud|ratify)\p{L}*\s+it|(?:sign|ink|conclude|ratify)\s+that(?=\s+(?:here|there|in|at|during|next)\s)|it\s+(?:\p{L}+\s+){0,3}?be\s+(?:signed|inked|concluded)|(?:sa|leur)\s+signature|(?:the\s+)?signing\s+(?:is|will|would|could|should|may)|(?:sign(?:er|é|ing)?|paraph\p{L}*)\s+(?:the|this|that|ledit|ladite|lesdits|lesdites|cette|cet|ce)\s+(?:agreement|memorandum|charter|protocol|pact|accord|entente|protocole|convention|charte|pacte|lettre)|(?:il|elle|ça|cela)\s+(?:\p{L}+\s+){0,2}?être\s+(?:sign|paraph|conclu)\p{L}*|une\s+signature\s+(?:est|serait|pourrait|devrait|doit)|a\s+signing\s+(?:is|will|would|could|should|may)|(?:le|la|l['’])\s*(?:pacte|accord|entente|convention|charte|protocole|texte|document)\s+(?:\p{L}+\s+){0,2}?être\s+(?:sign|paraph|conclu)\p{L}*|the\s+(?:agreement|memorandum|charter|protocol|pact|document|text|MOU|MoU)\s+(?:is|will|would|could|should|may)\s+(?:\p{L}+\s+){0,2}?(?:signed|inked|concluded)|(?:expect|hope|intend|plan)(?:s|ed)?\s+to\s+sign)\b`,
  'iu',
);
const SIGNED_STEM = /sign|paraph|conclu|ratifi|être|ink/i;
// The story has moved on past this many sentences after the agreement's mention.
const REACH = 2;

/**
 * A planned agreement whose signing is told in a sentence after it: "Nous préparons un pacte d'amitié
 * avec X. … nous comptons le signer ici, à Carleton, en juin 2027", "A draft is being reviewed. If all
 * goes well, it will be signed in Y in March 2027". What follows the pronoun says when and where it
 * will be signed; unless the mention named a place of signing, this outweighs a date of its own
 * sentence (a council vote, a drafting step).
 */
export function laterSignings(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.status !== 'planned' || d.historic) continue;
    for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
      if (signedLater(d, ctx, sentences, m.sentence)) break;
    }
  }
}

function signedLater(d: EventDraft, ctx: MentionContext, sentences: readonly Span[], sentence: Span): boolean {
  const i = firstAtOrAfter(sentences, sentence.start);
  for (let j = i + 1; j <= i + REACH && j < sentences.length; j++) {
    const next = sentences[j]!;
    const told = ctx.text.slice(next.start, next.end);
    if (!SIGNED_STEM.test(told)) continue;
    const cue = SIGNED_LATER.exec(told);
    if (!cue) continue;
    const at = next.start + cue.index + cue[0].length;
    const date = datesWithin(ctx.dates, at, next.end)[0];
    const place = findPlace(ctx.text, ctx.index, { start: at, end: next.end }, at);
    if (!date && !place) return false;
    // A mention that already says where it will be signed ("will sign … in Kuching in 2027") keeps its own.
    if (d.place && d.mentions.some((x) => x.signing && x.place === d.place)) return true;
    d.place = place ?? d.place;
    d.date = date ?? d.date;
    return true;
  }
  return false;
}
