import type { Span } from '../types.js';
import { agreementMentions } from './agreement-mentions.js';
import type { EventMention } from './event-mention.js';
import { findTriggers, type Trigger } from './find-triggers.js';
import type { MentionContext } from './mention-context.js';
import { missionMention } from './mission-mention.js';
import { calledOffTrip, deniedTrip } from './negation.js';
import { mootedTrip } from './mooted-trip.js';
import { privateTrip } from './private-trip.js';
import { tripClause } from './trip-clause.js';
import { answerToQuestion } from './unconfirmed-signing.js';
import { reference } from './mention-context.js';
import { insideZone } from './title-zones.js';
import { SuffixRegex, wordRegex } from '../text/word-regex.js';

export type { MentionContext } from './mention-context.js';

/**
 * The event mentions of one sentence: one per clause and type. `triggers` are the sentence's
 * triggers when the caller found them for the whole document (findAllTriggers).
 */
export function findEventMentions(ctx: MentionContext, sentence: Span, triggers?: readonly Trigger[]): EventMention[] {
  const found = (triggers ?? findTriggers(ctx.text, sentence)).filter((t) => keepTrigger(ctx, t));
  // A verb of travel names the trip only in a sentence with no mission noun ("une délégation … s'est rendue").
  const hasNoun = found.some((t) => t.type === 'mission' && !t.verb);
  const kept = found.filter((t) => !(t.verb && hasNoun));
  const out: EventMention[] = [];
  for (const type of ['agreement', 'mission'] as const) {
    const ofType = kept.filter((t) => t.type === type);
    const groups = type === 'mission' ? tripGroups(ctx.text, groupTriggers(ctx.text, ofType)) : groupTriggers(ctx.text, ofType);
    const regions = clauseRegions(ctx.text, sentence, groups);
    const deals = type === 'mission' ? kept.filter((t) => t.type === 'agreement') : [];
    groups.forEach((group, i) => {
      const head = headTrigger(group);
      const region = deals.length > 0 ? tripClause(ctx.text, regions[i]!, head, deals) : regions[i]!;
      if (type === 'agreement') {
        const found = agreementMentions(ctx, sentence, region, head);
        // "Le protocole ouvre la voie à une charte de jumelage": the second agreement follows from the first.
        const follows = i > 0 && leadsTo(ctx.text.slice(groups[i - 1]![groups[i - 1]!.length - 1]!.end, group[0]!.start));
        out.push(...(follows ? found.map((m) => ({ ...m, follows: true })) : found));
      }
      else if (!deniedTrip(ctx.text, region, head) && !calledOffTrip(ctx.text, region, head) && !privateTrip(ctx.text, region, head) && !mootedTrip(ctx.text, sentence, head, !head.verb && reference(head) === 'indefinite') && !askedTrip(ctx.text, sentence, head)) {
        const related = i > 0 ? relatedTrip(ctx.text, groups[i - 1]!, group) : followsEarlierTrip(ctx.text, sentence, group[0]!);
        // "The trip returned the one made in May 2025 by a council delegation": an earlier trip of its own.
        if (!related) out.push(missionMention(ctx, sentence, region, head));
        else out.push(...earlierTrip(missionMention(ctx, sentence, region, head), head));
      }
    });
  }
  return out.sort((a, b) => a.trigger.start - b.trigger.start);
}

/**
 * The trip another one returns or follows: "a visit by X in May 2025" is a trip of its own; "la mission exploratoire
 * menée par X à Y en avril 2024" too, told with its date; "la visite de la déléguée générale" only names one.
 */
function earlierTrip(m: EventMention, head: Trigger): EventMention[] {
  return reference(head) === 'indefinite' || m.date !== undefined ? [{ ...m, newTrip: true }] : [];
}

/** "Will we send a delegation to X? Not yet.", "Irez-vous à X ? Non.": a trip asked about and not confirmed is none. */
function askedTrip(text: string, sentence: Span, head: Trigger): boolean {
  const answer = answerToQuestion(text, sentence);
  return answer === 'no' || answer === 'pending' || (head.verb === true && whQuestion(text, sentence));
}

// "Who went to X for the ceremony?", "Qui s'est rendu à X ?": an interviewer's question, which the answer tells
// (a question on the group, "Qui composait la délégation ?", still points to the trip told before).
// No `i` flag: under it \p{Lu} is any letter, and any short word before a colon passed for a speaker's label ("Q:", "M.D.:").
// No stop in the question either: "St. Louis" does not end it.
const WH_QUESTION = /^\s*(?:[\p{Lu}.]{1,6}\s*:\s*)?(?:[Ww]ho|[Ww]hich|[Ww]hat|[Ww]here|[Ww]hen|[Hh]ow|[Qq]ui|[Qq]uels?|[Qq]uelles?|[Oo]ù|[Qq]uand|[Cc]omment)\s[^?!]{0,200}\?\s*$/u;

function whQuestion(text: string, sentence: Span): boolean {
  return WH_QUESTION.test(text.slice(sentence.start, sentence.end));
}

/** A trigger word inside an organization's name ("Délégation du Québec à Séoul") or a minister's title is no event. */
function keepTrigger(ctx: MentionContext, t: Trigger): boolean {
  const covering = ctx.index.covering(t.start);
  // An organization that starts with the agreement word is the agreement's own name
  // ("Memorandum of Understanding" tagged as a body); one that starts before it is a body.
  if (covering && covering.entity.type !== 'PLACE' && (t.type === 'mission' || covering.start < t.start)) return false;
  return t.type === 'mission' || !insideZone(ctx.titles, t.start);
}

const CUT = /[,;:()\u2013\u2014]/;

/** Consecutive triggers with no punctuation between them name one thing ("plusieurs accords dont la charte"). */
function groupTriggers(text: string, triggers: Trigger[]): Trigger[][] {
  const groups: Trigger[][] = [];
  for (const t of triggers) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    // "Memorandum of Understanding (MOU)": an acronym in brackets is the same noun.
    const between = text.slice(prev?.end ?? 0, t.start);
    if (last && prev && (!CUT.test(between) || /^\s*\(\s*$/.test(between)) && !namesAnother(t, between)) last.push(t);
    else groups.push([t]);
  }
  return groups;
}

/**
 * "Une délégation de K, menée par P, est à G pour une visite de travail" is one trip; "après une
 * mission économique à Paris, … une mission commerciale en Chine" is two: each with its own qualifier.
 * "A delegation … visited Ghana on a trade mission": the trip's manner, the same trip.
 */
function tripGroups(text: string, groups: Trigger[][]): Trigger[][] {
  const out: Trigger[][] = [];
  for (const g of groups) {
    const last = out[out.length - 1];
    const bothQualified = last?.some((t) => t.strong) && g.some((t) => t.strong);
    if (last && !relatedTrip(text, last, g) && !newDelegation(last, g) && (!bothQualified || isMannerOfTrip(text, g[0]!))) last.push(...g);
    else out.push([...g]);
  }
  return out;
}

const DELEGATION = /^(?:d[ée]l[ée]gation|delegation)s?$/iu;

/**
 * "The reeve, who greeted the delegation at the airport, will take a county delegation to X in May": a delegation newly
 * named after one referred back to is another group, not the one just met.
 */
function newDelegation(before: readonly Trigger[], group: readonly Trigger[]): boolean {
  const first = group[0]!;
  if (first.verb || !DELEGATION.test(first.kind.split(/\s/u).find((w) => DELEGATION.test(w)) ?? '') || reference(first) !== 'indefinite') return false;
  return before.some((t) => !t.verb && reference(t) !== 'indefinite' && t.kind.split(/\s/u).some((w) => DELEGATION.test(w)));
}

// "on a trade mission", "en mission économique", "as part of a mission": how the trip was made.
const MANNER_BEFORE = new SuffixRegex(
  String.raw`(?:\bon\s+(?:a|an|the|their|its)|\ben|\bas\s+part\s+of\s+(?:a|an|the)|dans\s+le\s+cadre\s+d['’]une?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}`,
  'iu',
);

function isMannerOfTrip(text: string, t: Trigger): boolean {
  return MANNER_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start));
}

// "Le protocole signé ouvre la voie à une charte", "La lettre engage les deux villes à préparer un protocole",
// "The MOU paves the way for a twinning agreement": the first agreement leads to a second, still to come.
// "The MOU is a first step toward a sister city agreement", "première étape vers un jumelage", "work toward a friendship agreement".
const LEADS_TO = String.raw`ouvr\p{L}*\s+la\s+voie\s+(?:à|au|aux)|(?:à|de|d['’])\s*préparer|prépar(?:e|ent|era|eront)|pav(?:es?|ed|ing)\s+the\s+way\s+(?:for|to)|(?:to|will|and)\s+prepare|steps?["”’]?\s+towards?|work(?:s|ing)?\s+towards?|étapes?\s+vers|prélude\s+(?:à|au)`;
const LEADS_TO_AT_END = wordRegex(String.raw`\b(?:${LEADS_TO})\b[^,;:()\u2013\u2014]{0,40}$`, 'iu');

/**
 * The words between two agreement nouns say the first leads to the second, in the one clause that names both
 * ("A partnership was discussed; both sides agreed to prepare an agreement" tells one plan).
 */
function leadsTo(between: string): boolean {
  const m = LEADS_TO_AT_END.exec(between);
  // "… une charte d'amitié entre les deux villes, première étape vers un jumelage": an apposition to the first noun.
  return m !== null && !CUT.test(between.slice(0, m.index).replace(APPOSITION_COMMA, ''));
}

const APPOSITION_COMMA = /,\s*(?:(?:the|a|an|la|une?)\s+)?(?:first|initial|première)?\s*$/iu;

// "Cet accord s'inscrit dans l'entente …", "The MOU builds on the agreement signed in 2016 …", "… with
// Chicago since 1997 and signed a cooperation agreement with Pontmorvan": a verb between two agreement nouns
// relates two agreements.
const ANOTHER_AGREEMENT = wordRegex(
  String.raw`\b(?:builds?\s+on|built\s+on|follows?|followed|succeeds?|replaces?|extends?|complements?|s['’]inscri\p{L}*\s+dans|fait\s+suite\s+à|fait\s+suite\s+au|prolonge\p{L}*|reconduit|succède|complète|remplace|(?:and|et)\s+(?:has\s+|have\s+|a\s+|ont\s+)?(?:signed|signé|concluded|conclu|renewed|renouvelé)` +
    // "… a signé une entente avec A et signera un protocole avec B": a plan told after a signing is another agreement.
    `|${LEADS_TO}` +
    String.raw`|(?:and|et)\s+(?:will\s+(?:also\s+)?(?:sign|conclude|renew)|signera|signeront|conclura|concluront|renouvellera|renouvelleront|(?:plans?|intends?|hopes?|expects?)\s+to\s+sign|(?:prévoi\p{L}*|compte\p{L}*|entend\p{L}*|devrai\p{L}*)\s+(?:de\s+|d['’])?signer))\b`,
  'iu',
);

// "The trip returned the one made in May 2025 by a council delegation", "la visite fait suite à la mission de 2019":
// a verb between two trip nouns relates two trips.
const ANOTHER_TRIP = wordRegex(
  String.raw`\b(?:returned|returns?|returning|repaid|repays?|follows?|followed|rend(?:ait|ra)?\s+(?:la|sa)\s+visite|fait\s+suite\s+(?:à|au))\b`,
  'iu',
);

function namesAnother(t: Trigger, between: string): boolean {
  return (t.type === 'agreement' ? ANOTHER_AGREEMENT : ANOTHER_TRIP).test(between);
}

// "Ce rapprochement fait suite à la mission exploratoire de …": what came of a trip, named after it. (English "the signing
// followed a visit by …" tells the trip of the news as often as an earlier one.)
// No `i` flag: under it \p{Ll} took a capitalized name too ("fait suite à la Grande Foire").
const FOLLOWS_TRIP_AT_END = wordRegex(String.raw`\b(?:[Ff]ait|[Ff]aisait)\s+suite\s+(?:à|au|aux)\s+(?:la|le|les|l['’]|une?|des)?\s*(?:\p{Ll}[\p{L}-]*\s+){0,2}$`, 'u');

/** The sentence's first trip noun comes right after "fait suite à": an earlier trip than the news. */
function followsEarlierTrip(text: string, sentence: Span, first: Trigger): boolean {
  return !first.verb && FOLLOWS_TRIP_AT_END.test(text.slice(Math.max(sentence.start, first.start - 60), first.start));
}

/** The trip nouns of `group` name another trip than those of `before`, a verb relating the two between. */
function relatedTrip(text: string, before: readonly Trigger[], group: readonly Trigger[]): boolean {
  return namesAnother(group[0]!, text.slice(before[before.length - 1]!.end, group[0]!.start));
}

/** Where a group starts when it names another event than the group before: at the verb relating the two. */
function anotherAt(text: string, prevEnd: number, next: Trigger): number {
  const m = (next.type === 'agreement' ? ANOTHER_AGREEMENT : ANOTHER_TRIP).exec(text.slice(prevEnd, next.start));
  return m ? prevEnd + m.index : -1;
}

function headTrigger(group: Trigger[]): Trigger {
  const nouns = group.filter((t) => !t.verb);
  const first = (nouns[0] ?? group[0])!;
  // "une mission économique … que la délégation saint-pierraise a menée": the qualified noun names the trip.
  const strong = nouns.filter((t) => t.strong);
  const named = strong.length > 0 ? strong : nouns.length > 0 ? nouns : group;
  const longest = named.reduce((a, b) => (b.kind.length > a.kind.length ? b : a));
  // "la délégation … effectuera une mission commerciale": a new, qualified trip, not the one named before.
  const newTrip = longest.type === 'mission' && longest.strong && /^(?:une?|a|an)$/.test(longest.determiner);
  // Written out rather than spread: triggers come in two shapes (nouns, verbs), and a spread of
  // either falls to V8's generic object copy.
  return {
    type: longest.type,
    start: first.start,
    end: longest.end,
    kind: longest.kind,
    strong: longest.strong,
    determiner: newTrip ? longest.determiner : first.determiner,
    plural: longest.plural,
    verb: longest.verb,
  };
}

/** Splits the sentence between groups at the last punctuation that separates them. */
function clauseRegions(text: string, sentence: Span, groups: Trigger[][]): Span[] {
  const cuts = [sentence.start];
  for (let i = 1; i < groups.length; i++) {
    const prevEnd = groups[i - 1]![groups[i - 1]!.length - 1]!.end;
    const nextStart = groups[i]![0]!.start;
    const between = text.slice(prevEnd, nextStart);
    let cut = -1;
    for (let j = between.length - 1; j >= 0; j--) if (CUT.test(between[j]!)) { cut = j + 1; break; }
    const verbAt = cut >= 0 ? -1 : anotherAt(text, prevEnd, groups[i]![0]!);
    cuts.push(cut >= 0 ? prevEnd + cut : verbAt >= 0 ? verbAt : Math.floor((prevEnd + nextStart) / 2));
  }
  cuts.push(sentence.end);
  return groups.map((_, i) => ({ start: cuts[i]!, end: cuts[i + 1]! }));
}
