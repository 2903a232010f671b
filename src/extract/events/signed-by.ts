import { wordRegex, WordStartRegex } from '../text/word-regex.js';
import type { ExtractedEntity, Span } from '../types.js';
import type { EntityMention } from './entity-index.js';
import { MAX_MENTIONS, nextSentence, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { insideZone } from './title-zones.js';

// "a été signé par", "was signed … by", "Paraphée par", "porte les signatures de", "bears the signatures of":
// the agent of a signing. No comma between the participle and "par" / "by": "signed a deal, then
// hosted by …" is another clause; but a passive "was signed on Monday, at the town hall, by …"
// sets its day and venue off with commas before its agent.
// "signed it with a pen given by Mayor X", "signed at a dinner offered by X": the agent of another participle.
// Not "led by": "to be signed … during a trade mission led by X" names the mission's leader, who signs.
const OTHER_AGENT_VERB = String.raw`(?:given|organi[sz]ed|welcomed|received|invited|offered|presented|made|(?:offert|reçu|accueilli|organisé|invité)e?s?)`;
const SIGNED_BY = new WordStartRegex(
  String.raw`(?:(?:contre)?sign(?:é|ée|és|ées|ed)|paraph(?:é|ée|és|ées)|countersigned|initial(?:l)?ed|inked)\b(?:[^,;:!?\n]{0,100}?\s(?<!\s${OTHER_AGENT_VERB}\s))?(?:par|by)\b|(?:was|were|been|été)\s+(?:contre)?sign(?:é|ée|és|ées|ed)\b[^;:!?\n]{0,160}?,\s+(?:par|by)\b|(?:port(?:e|ent|ait|aient)|bears?|bore|carr(?:y|ies|ied))\s+(?:les\s+|the\s+)?signatures?\s+(?:de|d['’]|du|des|of)\b`,
);
// "was signed on Wednesday, 4 November at the county offices in X by …": a passive whose date holds a comma, read
// when SIGNED_BY finds no agent; not the agent of another participle ("during a visit led by …").
const DATED_PASSIVE_BY = new WordStartRegex(
  String.raw`(?:was|were|been|été)\s+(?:contre)?sign(?:é|ée|és|ées|ed)\b[^;:!?\n]{0,160}?\s(?<!(?:ed|é|ée|és|ées)\s)(?:par|by)\b`,
);
// Every SIGNED_BY match holds one of these: a sentence with none is not searched.
const SIGNED_STEM = /sign|paraph|initial|inked/i;

// "en présence de X", "in the presence of X", "witnessed by X": present at the signing, not signing.
const PRESENCE = wordRegex(String.raw`\b(?:en\s+(?:la\s+)?présence\s+(?:de|d['’]|du|des)|in\s+the\s+presence\s+of|witnessed\s+by|sous\s+les\s+yeux\s+(?:de|d['’]|du|des))`);
const PRESENCE_STEM = /présence|presence|witnessed|yeux/i;
const SIGNED_AFTER_PRESENCE = /\b(?:qui|who)\s+(?:\p{L}+\s+){0,2}?(?:sign|paraph|contresign|countersign|initial)/iu;

// A list of signers with their titles is long, but its first name comes soon after "par" / "by".
const PEOPLE_REACH = 400;
// "par M. X", "by the Honourable X": a few words before the first signer, or a title just before him.
const FIRST_SIGNER_REACH = 40;
const TITLE_TO_SIGNER = 6;
// "by the Chief Executive of the Port of Alba, Cllr A", "par la présidente du conseil régional, Mme A":
// a title with its body, set off by a comma before the first signer and his honorific; the title may
// belong to a body named in the possessive ("by Alba's Vice-Chancellor for Research, Professor A"), and
// hold its portfolio in brackets ("by Alba's Deputy Vice-Chancellor (Research), Professor A"), and the signer his
// style ("by the Minister of Trade, the Honourable A").
const APPOSITION_REACH = 120;
const TITLE_APPOSITION =
  /^\s*(?:(?:the|le|la|sa|son|its|their|leur)\s|l['’]|\p{Lu}[\p{L}&-]*['’]s\s)(?:[^,;:()\n]|\([^,;:()\n]{1,30}\)){2,90},\s*(?:(?:the\s+)?Honou?rable\s+|(?:Cllr|Councillor|Dr|Prof|Professor|Mr|Mrs|Ms|Mx|M|Mme|Mgr|Me|Sir|Dame|Hon|Mayor|Maire|Mairesse|Secretary|Minister|Ministre)\.?\s+)?$/u;
// "by the Minister of Trade, Energy and Mines, the Honourable A": a minister's title that lists portfolios.
const PORTFOLIO_APPOSITION =
  /^\s*(?:the|le|la|l['’]|its|their)\s(?:[\p{L}-]+\s){0,3}?(?:Minister|Ministre|Secretary|Secrétaire|Commissioner|Commissaire)\s(?:of|for|de|du|des|d['’])\s?[^,;:()\n]{2,60},\s*\p{Lu}[^,;:()\n]{0,40}?\s(?:and|et|&)\s[^,;:()\n]{1,40},\s*(?:(?:the\s+)?Honou?rable\s+|(?:Dr|Prof|Mr|Mrs|Ms|M|Mme|Hon)\.?\s+)?$/u;
// "with Secretary X as a witness", "Y comme témoin": present, not signing.
const WITNESS_AFTER = /^\s*,?\s*(?:as\s+(?:a\s+)?witness(?:es)?|comme\s+témoins?|à\s+titre\s+de\s+témoins?)(?![\p{L}])/iu;
// A body or a title word between two signers is their affiliation when a person follows closely.
const AFFILIATION_REACH = 80;

/**
 * "Le texte a été signé par A et par B", "The MoU was signed in X yesterday by A and B",
 * "Paraphée par A et par B, elle prévoit …", "Le document porte les signatures de A et de B":
 * the people after the agent of a passive signing, in an agreement's own sentences or in the
 * sentence just after one that tells no other event, sign it.
 */
export function signersByAgent(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  const owners = sentenceOwners(drafts);
  for (const d of drafts) {
    if (d.type !== 'agreement') continue;
    for (const s of [...ownSentences(d, sentences, owners), ...secondAfter(d, sentences, owners)]) {
      const signers = agentSigners(ctx, s);
      if (signers.length > 0) d.signatories = [...new Set([...d.signatories, ...signers])];
    }
  }
}

/** For each sentence start, the drafts with a mention in it. */
export function sentenceOwners(drafts: readonly EventDraft[]): Map<number, EventDraft[]> {
  const owners = new Map<number, EventDraft[]>();
  for (const d of drafts) {
    for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
      const list = owners.get(m.sentence.start) ?? [];
      if (!list.includes(d)) list.push(d);
      owners.set(m.sentence.start, list);
    }
  }
  return owners;
}

/** The sentences that speak of `d` alone: its mentions' (when no other agreement shares them) and the one after each, when it tells no event. */
export function ownSentences(d: EventDraft, sentences: readonly Span[], owners: ReadonlyMap<number, EventDraft[]>): Span[] {
  const out: Span[] = [];
  for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
    const here = owners.get(m.sentence.start) ?? [];
    if (here.filter((x) => x.type === 'agreement').length === 1 && !out.some((s) => s.start === m.sentence.start)) out.push(m.sentence);
    const next = nextSentence(sentences, m.sentence);
    if (next && !owners.has(next.start) && !out.some((s) => s.start === next.start)) out.push(next);
  }
  return out;
}

/** "… une lettre d'intention. C'est leur affaire. Les deux directeurs qui l'ont signée, A et B, …": two sentences on, when neither tells an event. */
export function secondAfter(d: EventDraft, sentences: readonly Span[], owners: ReadonlyMap<number, EventDraft[]>): Span[] {
  const out: Span[] = [];
  for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
    const next = nextSentence(sentences, m.sentence);
    const second = next && !owners.has(next.start) ? nextSentence(sentences, next) : undefined;
    if (second && !owners.has(second.start) && !out.some((s) => s.start === second.start)) out.push(second);
  }
  return out;
}

/** The people named after a passive signing's agent in sentence `s`, witnesses left out. */
function agentSigners(ctx: MentionContext, s: Span): ExtractedEntity[] {
  const sentence = ctx.text.slice(s.start, s.end);
  if (!SIGNED_STEM.test(sentence)) return [];
  const agent = SIGNED_BY.exec(sentence) ?? DATED_PASSIVE_BY.exec(sentence);
  if (!agent) return [];
  const from = s.start + agent.index + agent[0].length;
  const end = Math.min(presenceStart(ctx.text, { start: from, end: s.end }), from + PEOPLE_REACH);
  return readPeople(ctx, from, end);
}

/** Where "en présence de" / "in the presence of" starts in the span, else its end. */
export function presenceStart(text: string, span: Span): number {
  const slice = text.slice(span.start, span.end);
  if (!PRESENCE_STEM.test(slice)) return span.end;
  const m = PRESENCE.exec(slice);
  return m ? span.start + m.index : span.end;
}

/** "A et B", "le président de X, A, et la directrice de Y, B": people, with their titles and bodies between. */
export function readPeople(ctx: MentionContext, from: number, end: number): ExtractedEntity[] {
  const within = ctx.index.within(from, end);
  const out: ExtractedEntity[] = [];
  for (const [i, m] of within.entries()) {
    if (m.entity.type === 'PERSON') {
      // "par les maires de l'époque, un demi-siècle après … de Pierre Radisson": no signer named.
      if (out.length === 0 && !signerNear(ctx, from, m)) break;
      if (!out.includes(m.entity) && !WITNESS_AFTER.test(ctx.text.slice(m.end, m.end + 30))) out.push(m.entity);
    } else if (!insideZone(ctx.titles, m.start) && !personFollows(m, within.slice(i + 1, i + 3))) break;
  }
  return out;
}

// "by UOW Deputy Vice-Chancellor (Global) Professor X", "by Minister of Trade and Industry Dr X": a run of
// capitalised title and body words, with their small links, leads to the first signer.
const TITLED_RUN = /^\s*(?:(?:the|its|their)\s+)?(?:(?:\p{Lu}[\p{L}.'’&-]*|\([^()\n]{1,30}\)|of|for|and|de|du|des|d['’]|et|&)\s*){1,10}$/u;
const TITLED_RUN_REACH = 90;

/** "Provost Dr. ", "la directrice générale du cégep, ": the text before a signer is only his title, or nothing. */
export function onlyTitleBefore(between: string): boolean {
  return /^\s*$/u.test(between) || TITLE_APPOSITION.test(between) || TITLED_RUN.test(between);
}

/**
 * "par la ministre des Relations internationales, Sylvie Marchessault": the first signer soon after "par",
 * just after a title that starts soon after, or at the end of a run of capitalised title words.
 */
export function signerNear(ctx: MentionContext, from: number, person: EntityMention): boolean {
  if (person.start - from <= FIRST_SIGNER_REACH) return true;
  if (person.start - from <= APPOSITION_REACH && TITLE_APPOSITION.test(ctx.text.slice(from, person.start))) return true;
  if (person.start - from <= APPOSITION_REACH && PORTFOLIO_APPOSITION.test(ctx.text.slice(from, person.start))) return true;
  if (person.start - from <= TITLED_RUN_REACH && TITLED_RUN.test(ctx.text.slice(from, person.start))) return true;
  return ctx.titles.some((z) => z.start >= from && z.start - from <= FIRST_SIGNER_REACH && z.end <= person.start && person.start - z.end <= TITLE_TO_SIGNER);
}

/** "… and Faroe Ocean Cluster founder and Chair Dr. X": a person soon after, past a name or two of his body. */
function personFollows(m: EntityMention, next: readonly EntityMention[]): boolean {
  const person = next.find((x) => x.entity.type === 'PERSON');
  return person !== undefined && person.start - m.end <= AFFILIATION_REACH;
}

/**
 * "…, en présence de la mairesse de X, Mme Y": Y attended. A signatory named in the agreement's
 * sentences only after a presence cue is no signatory.
 */
export function withoutWitnesses(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.signatories.length === 0) continue;
    const sentences = uniqueSentences(d);
    // "en présence de A et de B, qui ont paraphé le document": they signed after all.
    const zones = sentences
      .map((s) => ({ start: presenceStart(ctx.text, s), end: s.end }))
      .filter((z) => z.start < z.end && !SIGNED_AFTER_PRESENCE.test(ctx.text.slice(z.start, z.end)));
    if (zones.length === 0) continue;
    const outside = new Set<ExtractedEntity>();
    const inside = new Set<ExtractedEntity>();
    for (const s of sentences) {
      for (const m of ctx.index.within(s.start, s.end)) (zones.some((z) => z.start <= m.start && m.end <= z.end) ? inside : outside).add(m.entity);
    }
    d.signatories = d.signatories.filter((p) => outside.has(p) || !inside.has(p));
  }
}

function uniqueSentences(d: EventDraft): Span[] {
  const out: Span[] = [];
  for (const m of d.mentions.slice(0, MAX_MENTIONS)) if (!out.some((s) => s.start === m.sentence.start)) out.push(m.sentence);
  return out;
}
