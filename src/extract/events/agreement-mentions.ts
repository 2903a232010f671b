import type { DateMention } from '../dates/extract-dates.js';
import { byFirstLetter, SuffixRegex, wordRegex, WordStartRegex } from '../text/word-regex.js';
import type { EventStatus, ExtractedEntity, Span } from '../types.js';
import type { EntityMention } from './entity-index.js';
import { approvalOnly, hasPlanningCue, readClause } from './detect-status.js';
import { isContentMention } from './content-mention.js';
import { pairAnaphor, pronounPair, type PairAnaphor } from './pair-anaphor.js';
import { abandonedPlan, agreementNegation, negativeDeterminer } from './negation.js';
import { signedNothing } from './signed-nothing.js';
import { anyAgreement, genericSigning, hypotheticalAgreement, sortOfAgreement } from './generic-signing.js';
import { answerToQuestion, unconfirmedSigning } from './unconfirmed-signing.js';
import { firstSigningAfter, isHistoric, tieSince, yearBefore } from './earlier-agreement.js';
import type { EventMention } from './event-mention.js';
import { coordinatedList, datesWithin, findOccasion, findPlace, personMentions } from './find-arguments.js';
import type { Trigger } from './find-triggers.js';
import { candidates, clauseDate, clauseStart, firstAfter, reference, uniqueEntities, type MentionContext } from './mention-context.js';
import { affiliationParties, insideZone } from './title-zones.js';
import { listIntroStatus, signedInNextSentence } from './list-intro.js';
import { headedByRole } from './role-of-body.js';
import { isHeading } from './headline-zone.js';
import { signerNear } from './signed-by.js';
import { promisedAgreement } from './promised-agreement.js';
import { pendingPredicate } from './pending-predicate.js';
import { scheduledSigning, timetableEntry } from './programme-entry.js';

// "(?:(?:a|ont|…)\s+(?:\p{L}+\s+){0,2}?)?(?:sign…|renouvel…)\b" with its optional auxiliary
// written as branches of their own (the same matches, in the same order), grouped by first letter.
const SIGN_VERBS = [
  String.raw`sign(?:é|ée|és|ées|er|ent|e|ed|s|ait|aient|a|èrent)?`, String.raw`signatures?`, 'signing', String.raw`renouvel\p{L}*`, String.raw`renew\p{L}*`, String.raw`recondu\p{L}*`,
  String.raw`scell\p{L}*`, String.raw`seal\p{L}*`, String.raw`conclu\p{L}*`, String.raw`paraph\p{L}*`, String.raw`ratifi\p{L}*`, 'inked',
];
const SIGN_VERB = new WordStartRegex(
  byFirstLetter(
    [
      ...['a', 'ont', 'avait', 'avaient', 'have', 'has', 'had'].map((aux) => String.raw`${aux}\s+(?:\p{L}+\s+){0,2}?(?:${SIGN_VERBS.join('|')})\b`),
      ...SIGN_VERBS.map((verb) => String.raw`${verb}\b`),
    ],
    true,
  ),
);
// A word that every SIGN_VERB match holds (same flags, so the same case folding): a clause with
// none skips the costlier search.
const SIGN_VERB_STEM = /sign|renouvel|renew|recondu|scell|seal|conclu|paraph|ratifi|inked/iu;
// "entre A et B et entre C et D" names a few agreements; a longer chain is not prose.
const MAX_LISTS = 6;
// " entre " after "un accord-cadre": a list of sides that starts right after the noun.
const SIDES_RIGHT_AFTER = 8;

/** People right after "avec" / "par" / "with" / "by" (titles allowed between), not those of a later clause. */
function adjacentPeople(ctx: MentionContext, at: number, end: number) {
  const out = [];
  const within = ctx.index.within(at, Math.min(end, at + PEOPLE_REACH));
  for (const [i, m] of within.entries()) {
    // "par les maires de l'époque, un demi-siècle après … de Pierre Radisson": no signer named.
    if (out.length === 0 && m.entity.type === 'PERSON' && !signerNear(ctx, at, m)) break;
    if (m.entity.type === 'PERSON') {
      // "with Secretary X as a witness", "en présence de X": present, not signing.
      if (!WITNESS_AFTER.test(ctx.text.slice(m.end, m.end + 30))) out.push(m);
    } else if (!insideZone(ctx.titles, m.start) && !affiliationBeforePerson(ctx, m, within[i + 1])) break;
  }
  return out;
}

// A list of signatories with their titles ("par M. A, président de X, Mme B, directrice générale de Y, … et Mme D") is long.
const PEOPLE_REACH = 400;
const WITNESS_AFTER = /^\s*,?\s*(?:as\s+(?:a\s+)?witness(?:es)?|comme\s+témoins?|à\s+titre\s+de\s+témoins?)\b/iu;
// Only a title (and no punctuation) between a body and a person: "EDPNC CEO Dorian Pellew", "Murrin-Bulong Mayor X".
const TITLE_BETWEEN = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}$/u;

function affiliationBeforePerson(ctx: MentionContext, m: EntityMention, next: EntityMention | undefined): boolean {
  if (!next || next.entity.type !== 'PERSON' || next.start - m.end > 40) return false;
  const gap = ctx.text.slice(m.end, next.start);
  if (gap.trim() === '' || (TITLE_BETWEEN.test(gap) && insideZone(ctx.titles, next.start - 2) !== undefined) || TITLE_WORD.test(gap)) return true;
  // "et le chancelier du X, Y": the body completes a role, and the person after the comma holds it.
  return /^\s*,\s*$/.test(gap) && headedByRole(ctx.text, m);
}

const TITLE_WORD = wordRegex(
  String.raw`^(?:['’]s)?\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:deputy|vice|executive|chief|general|managing|acting|interim)\s+){0,3}(?:ceo|chair(?:man|woman|person)?|president|director|mayor|mayor-president|minister|secretary|premier|governor|chancellor|rector|commissioner|head|executive\s+director|director\s+general|managing\s+director|chief\s+executive(?:\s+officer)?|PDG|directeur|directrice|président|présidente|maire|mairesse|bourgmestre|ministre)(?:\s+(?:and|et)\s+(?:ceo|chief\s+executive(?:\s+officer)?|PDG))?\s+$`,
  'iu',
);

const NOMINAL = /^(?:signature|signing)/i;
const ATTENDED = new WordStartRegex(
  String.raw`(?:(?:a|ont|avait|avaient)\s+assisté|assist(?:e|ent|ait|aient|era|eront)\s+à|attend(?:ed|s|ing)?|witness(?:ed|es|ing)?|(?:was|were)\s+present)\b`,
  'iu',
);

const PURPOSE = wordRegex(String.raw`\b(?:en\s+vue\s+(?:de\b|d['’])|afin\s+(?:de\b|d['’])|(?:pour|visant|qui\s+vise|to|in\s+order\s+to|aim(?:ed|ing)\s+at|so\s+as\s+to|for)\b)`, 'iu');

const RELATIVE = wordRegex(String.raw`,\s*(?:who|whose|which|qui|dont|lequel|laquelle)\b`, 'iu');

function relativeEnd(text: string, from: number, to: number): number {
  const m = RELATIVE.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

// "The agreement is expected to be signed in May, when a Thornvale delegation will travel to the Netherlands":
// the bodies of a clause of time tell the occasion, not the agreement's sides.
const TEMPORAL = wordRegex(String.raw`,\s*(?:when|while|as\s+soon\s+as|lorsque|lorsqu['’]|quand|alors\s+que|pendant\s+que)\b`, 'iu');

function temporalEnd(text: string, from: number, to: number): number {
  const m = TEMPORAL.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

// "…, in front of 200 guests, students from X", "en présence de X": those who watched the signing, not its sides.
const AUDIENCE = wordRegex(String.raw`\b(?:in\s+front\s+of|before\s+an\s+audience|in\s+the\s+presence\s+of|en\s+(?:la\s+)?présence\s+(?:de|d['’]|du|des)|sous\s+les\s+yeux\s+(?:de|d['’]|du|des))`, 'iu');

function audienceEnd(text: string, from: number, to: number): number {
  const m = AUDIENCE.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/** A caption's people end where the next caption part starts ("Crédits :", "Photo 2"). */
function captionEnd(text: string, from: number, to: number): number {
  const m = /\b(?:Crédits?|Credits?|Photo|Source)\b/u.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

// "une convention", "a student exchange agreement": an indefinite article, then at most three lower-case modifiers.
const INDEFINITE_BEFORE = new SuffixRegex(String.raw`(?:^|[^\p{L}])(?:[Uu]ne?|[Aa]n?)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}`, 'u');

const WITH = new WordStartRegex(String.raw`(?:avec|with)\b`, 'giu');
const BETWEEN = new WordStartRegex(String.raw`(?:entre|between)\b`, 'giu');
const AGENT = new WordStartRegex(String.raw`(?:par|by)\b`, 'giu');
// The verb, not the noun ("renouvellement", "renewal"): "ont renouvelé", "renew", "reconduit".
const RENEWING = /(?:renouvel(?:le|lent|é|ée|és|ées|er|lera|leront)|renew(?:s|ed)?|recondu(?:it|ite|its|ites|isent|ire|ira|iront))$/iu;
const RENEWAL = new WordStartRegex(String.raw`(?:renouvel\p{L}*|renew\p{L}*|recondu\p{L}*)\b`);

// "The agreement was signed on …", "L'entente a été paraphée par …": the noun is the subject of a passive signing.
const PASSIVE_SIGNING_AFTER = /^\s*(?:was|were|has\s+been|had\s+been|a\s+été|avait\s+été|ont\s+été|avaient\s+été|fut|furent)\s+(?:\p{L}+\s+)?(?:sign|paraph|conclu|ratifi|inked|sealed|scell)/iu;

// "« … », a conclu le maire", "”, concluded the mayor": the end of a quote, not an agreement concluded.
const SPEECH_TAG = /([»"”]\s*,?\s*)((?:a|avait)\s+conclu|conclut|concluded)(?![\p{L}])/gu;

/** The clause with its speech tags blanked out, offsets kept. */
function withoutSpeechTag(clause: string): string {
  if (!/conclu/iu.test(clause)) return clause;
  return clause.replace(SPEECH_TAG, (_all, quote: string, verb: string) => quote + ' '.repeat(verb.length));
}

const THEN_BEFORE = /(?:^|[^\p{L}])(?:puis|ensuite|then)\s+$/iu;

/** The agreement mentions of one clause: usually one, one per partner or list when the clause names several. */
export function agreementMentions(ctx: MentionContext, sentence: Span, region: Span, trigger: Trigger): EventMention[] {
  const { text } = ctx;
  const clause = withoutSpeechTag(text.slice(region.start, region.end));
  const verb = SIGN_VERB_STEM.test(clause) ? SIGN_VERB.exec(clause) : null;
  const verbAt = verb ? region.start + verb.index : -1;
  const negation = agreementNegation(text, region, trigger, clause);
  // "Aucune entente n'a été signée", "No agreements were signed": no event.
  if (negation === 'denied' || abandonedPlan(text, sentence, region) || signedNothing(text, sentence, region, trigger) || genericSigning(clause) || anyAgreement(text, trigger) || sortOfAgreement(text, trigger) || hypotheticalAgreement(text, trigger) || unconfirmedSigning(text, sentence, trigger)) return [];
  // Each "entre" / "between" after the noun: where each list of sides starts.
  const between = sideLists(ctx, region, trigger, verbAt, BETWEEN.all(text.slice(trigger.start, region.end)).slice(0, MAX_LISTS).map((m) => trigger.start + m.index));
  // Intention words count only close to the noun ("en vue d'établir un jumelage", "projet de partenariat"),
  // counted from the end of the noun phrase and of the sides listed right after it: "un accord de jumelage
  // entre les deux communes serait soumis …", "un accord-cadre entre A et B est en cours de rédaction".
  const kindEnd = Math.max(trigger.end, trigger.start + trigger.kind.length);
  const listEnd = between[0] !== undefined && between[0] - kindEnd < SIDES_RIGHT_AFTER ? (partyListSpan(ctx, region, between[0])?.end ?? kindEnd) : kindEnd;
  const near = text.slice(Math.max(region.start, partnersStart(ctx, region, trigger) - 60), Math.min(region.end, Math.max(kindEnd, listEnd) + 40));
  // "Has X signed an agreement with Y?" is read with its answer: "No." (none), "Not yet" (planned), "Yes" (signed).
  const answer = answerToQuestion(text, sentence);
  if (answer === 'no') return [];
  const read = answer === 'pending' ? { ...readClause(clause), status: 'planned' as const } : readClause(clause);
  // A list item ("- a letter of intent between A and B") or an agreement signed in the next
  // sentence ("Il a été signé par …") takes its signing from there; what the item adds
  // ("qui prévoit l'accueil de …") tells its content, not a plan.
  const inherited = read.signing ? undefined : (listIntroStatus(text, sentence, region) ?? (signedInNextSentence(text, sentence) ? 'signed' : undefined));
  const signing = read.signing || inherited !== undefined;
  // "renewed the sister-city agreement that has linked A and B since 1993": the renewal is the news.
  const since = negation === 'none' && !(verb && verbAt < trigger.start) ? tieSince(text, trigger, region) : undefined;
  // "The council approved the agreement in August", "approuve la convention": a vote, neither a signing nor its date.
  const referredAs = reference(trigger);
  const voted = referredAs !== 'indefinite' && approvalOnly(clause, trigger.kind);
  const verbal = verb !== null && !NOMINAL.test(verb[0].replace(/^(?:a|ont|avait|avaient|have|has|had)\s+/i, ''));
  const promised = promisedAgreement(text, trigger, kindEnd) || (read.signing && scheduledSigning(text, sentence, verbal));
  const status = since ? 'signed' : negation === 'pending' || voted || promised ? 'planned' : (inherited ?? read.status);
  const place = since ? undefined : agreementPlace(ctx, region, trigger, verbAt, status, between[0] ?? -1);
  const base = {
    type: 'agreement' as const,
    trigger,
    sentence,
    region,
    reference: referredAs,
    cue: signing || since !== undefined || promised || (!isGenericPlural(trigger) && (hasPlanningCue(near) || pendingPredicate(text, Math.max(kindEnd, listEnd), region.end))),
    signing,
    verbal,
    status,
    // "sister city to Himeji, in Japan, since 1982": the partner's place, not where it was signed.
    place,
    tripPlace: place !== undefined && placedAsTrip(ctx, region, place),
    occasion: findOccasion(text, region.start, region.end),
    historic: since !== undefined || (status === 'signed' && isHistoric(text, trigger, clause, region)),
    fresh: INDEFINITE_BEFORE.test(text.slice(Math.max(region.start, trigger.start - 40), trigger.start)),
    renewal: verb !== null && RENEWING.test(verb[0]),
    inherited: inherited !== undefined,
    voted,
    heading: isHeading(text, sentence),
    entry: timetableEntry(text, trigger.start),
    passive: referredAs === 'definite' && PASSIVE_SIGNING_AFTER.test(text.slice(trigger.end, trigger.end + 40)),
  };
  if (!signing && isContentMention(text, region, trigger)) {
    return [{ ...base, cue: false, signing: false, verbal: false, parties: [], signatories: [], place: undefined, occasion: undefined, content: true }];
  }
  // "La charte sera paraphée par A et par B", "X will sign": who is to sign is named too.
  const signatories = agreementSignatories(ctx, region, trigger, verbAt);
  // "sera soumis au conseil en décembre, puis signé en février": the date after "puis" is the signing's, the one before the vote's.
  const dateRegion = verbAt > region.start && THEN_BEFORE.test(text.slice(Math.max(region.start, verbAt - 12), verbAt)) ? { start: verbAt, end: region.end } : region;
  const told = clauseDate(ctx, dateRegion, verbAt >= 0 ? verbAt : trigger.start, false, status === 'signed');
  // "renewed their 2019 letter of cooperation": the year names the text renewed, not the renewal.
  const renewedYear = told !== undefined && told.end <= trigger.start && verb !== null && RENEWAL.test(verb[0]) && /^\s*$/.test(text.slice(told.end, trigger.start));
  const date = since ?? (renewedYear || voted ? undefined : told) ?? (base.historic ? yearBefore(text, trigger) : undefined);
  const pair = pairOf(ctx, region, trigger, verbAt, between[0] ?? -1, status);
  if (pair) return [withSides(base, [], signatories, date, pair)];
  const partySets = agreementParties(ctx, region, trigger, verbAt, between);
  // "espère conclure un partenariat avec un distributeur d'Agadir": a plan with a partner the text does not name.
  if (status === 'planned' && between.length === 0 && unnamedPartner(text, trigger, region)) return [];
  // "La ville est jumelée depuis 1956 avec X": a twinning told in passing is read only when it names both towns.
  if (since && partySets.every((p) => p.length < 2)) return [];
  // "Aucune convention n'a encore été signée avec le centre": none exists yet; a plan only when the clause names its two sides.
  if (negation === 'pending' && negativeDeterminer(text, region, trigger) && partySets.every((p) => p.length < 2)) return [];
  const mentions = partySets.map((parties) => withSides(base, parties, signatories, date));
  return withFirstSigning(ctx, splitRenewal(ctx, mentions, clause, region), trigger, region);
}

// What may stand between a verb and its object besides the partners: "avec", "et", "with", "and", articles, commas,
// an acronym in brackets, and the object's own indefinite article.
const PARTNER_GLUE = /^(?:\s|,|\([^()]{1,20}\)|\b(?:avec|et|with|and|la|le|les|the|une?|an?)\b|\bl['’])*$/iu;

const WITH_BEFORE = /(?:^|[^\p{L}])(?:avec|with)\s+(?:(?:la|le|les|the)\s+|l['’])?$/iu;

/**
 * Where the partners named right before the noun start: "L'office négocie avec A (AA) et B un accord" puts the
 * planning verb before the partners, so the window that looks for it starts there.
 */
function partnersStart(ctx: MentionContext, region: Span, trigger: Trigger): number {
  let at = trigger.start;
  const before = ctx.index.within(region.start, trigger.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (!PARTNER_GLUE.test(ctx.text.slice(m.end, at))) break;
    at = m.start;
  }
  return at === trigger.start || !WITH_BEFORE.test(ctx.text.slice(Math.max(region.start, at - 12), at)) ? trigger.start : at;
}

/**
 * "… renewed their MOU, first signed in Bismarck in 2015", "… renewed their exchange agreement, first signed in 2017":
 * the first signing is an event of its own, and its date is not the renewal's.
 */
function withFirstSigning(ctx: MentionContext, mentions: EventMention[], trigger: Trigger, region: Span): EventMention[] {
  const m = mentions[0];
  if (mentions.length !== 1 || !m || m.historic || m.status !== 'signed') return mentions;
  const phrase = firstSigningAfter(ctx.text, trigger, region, m.renewal ? m.sentence : undefined);
  if (!phrase) return mentions;
  const place = findPlace(ctx.text, ctx.index, phrase, phrase.start);
  const date = datesWithin(ctx.dates, phrase.start, phrase.end)[0];
  // A bare year of origin dates a signing of its own for a renewal told with its two sides and no day of its own
  // ("ont renouvelé le 3 juin 2021 leur jumelage, signé pour la première fois en 1985" only recalls the year).
  const ownDay = datesWithin(ctx.dates, region.start, phrase.start).some((d) => /-\d{2}-\d{2}$/.test(d.value));
  const ownSides = (m.parties.length >= 2 || m.pair !== undefined) && !ownDay;
  if (!place && !(date && (ownSides || /\d{4}-\d{2}-\d{2}/.test(date.value)))) return mentions;
  // The renewal is not placed where, nor dated when, it was first signed.
  const placedThere = m.place !== undefined && ctx.index.within(phrase.start, phrase.end).some((x) => x.entity === m.place);
  const datedThere = m.date !== undefined && phrase.start <= m.date.start && m.date.end <= phrase.end;
  const renewed = placedThere || datedThere ? { ...m, place: placedThere ? undefined : m.place, date: datedThere ? undefined : m.date } : m;
  return [renewed, { ...m, date, place, signatories: [], historic: true }];
}

// "un protocole qui jette les bases d'une desserte entre A et B", "a letter of intent to explore a corridor between A and B".
const CONTENT_BEFORE_LIST = new WordStartRegex(
  String.raw`(?:qui|which|that|afin\s+de|afin\s+d['’]|pour|to|visant|destinée?s?|designed|aimed|in\s+order)\b`,
  'iu',
);

/**
 * The "entre" lists that name the agreement's sides: once the subject has named them ("A et B
 * ont signé un protocole qui … entre X et Y"), a list told inside what the agreement is for is its content.
 */
function sideLists(ctx: MentionContext, region: Span, trigger: Trigger, verbAt: number, between: number[]): number[] {
  if (between.length === 0) return between;
  const kindEnd = Math.max(trigger.end, trigger.start + trigger.kind.length);
  const content = between.filter((at) => at > kindEnd && (CONTENT_BEFORE_LIST.test(ctx.text.slice(kindEnd, at)) || partnerBefore(ctx, verbAt, trigger, at)));
  if (content.length === 0) return between;
  const subjectEnd = verbAt >= 0 && verbAt < trigger.start ? verbAt : trigger.start;
  if (candidates(ctx, clauseStart(ctx.text, region.start, subjectEnd), subjectEnd).length === 0) return between;
  return between.filter((at) => !content.includes(at));
}

/**
 * "X has signed an MoU with Y, opening the way for research between A and B": a partner named after
 * "avec" / "with" before the list; with the subject, the two sides are told, and the list is what the text is for.
 */
function partnerBefore(ctx: MentionContext, verbAt: number, trigger: Trigger, at: number): boolean {
  const withAt = firstAfter(WITH, ctx.text, verbAt >= 0 ? Math.min(verbAt, trigger.start) : trigger.start, at);
  return withAt >= 0 && candidates(ctx, withAt, at).length > 0;
}

type MentionBase = Omit<EventMention, 'parties' | 'signatories'>;

/**
 * The clause's mention with its sides. Written out field by field: spreading `base` here
 * fell to V8's generic object copy, which cost more than the rest of this file.
 */
function withSides(base: MentionBase, parties: ExtractedEntity[], signatories: ExtractedEntity[], date: DateMention | undefined, pair?: PairAnaphor): EventMention {
  return {
    type: base.type,
    trigger: base.trigger,
    sentence: base.sentence,
    region: base.region,
    reference: base.reference,
    cue: base.cue,
    signing: base.signing,
    verbal: base.verbal,
    status: base.status,
    place: base.place,
    tripPlace: base.tripPlace,
    occasion: base.occasion,
    historic: base.historic,
    fresh: base.fresh,
    renewal: base.renewal,
    inherited: base.inherited,
    passive: base.passive,
    heading: base.heading,
    entry: base.entry,
    voted: base.voted,
    parties,
    signatories,
    date,
    pair,
  };
}

const UNNAMED_PARTNER = /^\s+(?:avec|with)\s+(?:un|une|des|a|an|some|several|plusieurs)\s+\p{Ll}/u;

/** The noun phrase is followed by "avec un distributeur", "with a local firm": an indefinite partner. */
function unnamedPartner(text: string, trigger: Trigger, region: Span): boolean {
  const after = text.slice(trigger.end, Math.min(region.end, trigger.end + 120));
  const withAt = after.search(/\s(?:avec|with)\s/u);
  return withAt >= 0 && UNNAMED_PARTNER.test(after.slice(withAt));
}

/** "Les deux villes ont signé …", "un accord entre les deux gouvernements": sides named earlier. */
function pairOf(ctx: MentionContext, region: Span, trigger: Trigger, verbAt: number, between: number, status: EventStatus) {
  if (between >= 0) {
    const after = wordEnd(ctx.text, between);
    return pairAnaphor(ctx, after, Math.min(region.end, after + 40), true);
  }
  const subjectEnd = verbAt >= 0 && verbAt < trigger.start ? verbAt : trigger.start;
  const subjectStart = clauseStart(ctx.text, region.start, subjectEnd);
  // Only a subject with no body of its own: "La Ville et ses deux partenaires" names one side.
  if (candidates(ctx, subjectStart, subjectEnd).length > 0) return undefined;
  return pairAnaphor(ctx, subjectStart, subjectEnd) ?? pairAfterNoun(ctx, region, trigger, verbAt) ?? plannedByPronoun(ctx, region, subjectStart, subjectEnd, status);
}

/** "Ils comptent signer …" with no side named before it in the clause ("A and B announced that they will sign" names them). */
function plannedByPronoun(ctx: MentionContext, region: Span, subjectStart: number, subjectEnd: number, status: EventStatus): PairAnaphor | undefined {
  if (status !== 'planned' || candidates(ctx, region.start, subjectEnd).length > 0) return undefined;
  return pronounPair(ctx, subjectStart, subjectEnd);
}

/**
 * The pair told after the noun: "a letter of intent the two cities signed in 2023", "la déclaration
 * signée par les deux villes", "the charter signed by both mayors".
 */
function pairAfterNoun(ctx: MentionContext, region: Span, trigger: Trigger, verbAt: number): PairAnaphor | undefined {
  if (verbAt < trigger.end) return undefined;
  const kindEnd = Math.max(trigger.end, trigger.start + trigger.kind.length);
  // "une charte, que les deux villes comptent signer en mai": the pair is the relative clause's subject.
  const relative = RELATIVE_AFTER_NOUN.exec(ctx.text.slice(kindEnd, verbAt));
  const subjectAt = kindEnd + (relative ? relative[0].length : 0);
  if (ctx.text.slice(kindEnd, verbAt).trim() !== '') return pairAnaphor(ctx, subjectAt, verbAt, true);
  const agentAt = firstAfter(AGENT, ctx.text, verbAt, Math.min(region.end, verbAt + 60));
  return agentAt < 0 ? undefined : pairAnaphor(ctx, wordEnd(ctx.text, agentAt), Math.min(region.end, agentAt + 40), true);
}

const RELATIVE_AFTER_NOUN = /^\s*,?\s*(?:que|qu['’])\s*/iu;

// "En visite à Liège, il souhaite une entente": the trip's destination, not where a plan will be signed.
const TRIP_BEFORE = /(?:visite|mission|séjour|délégation|visit|trip|delegation|tour)s?\s+(?:\p{L}+\s+){0,2}?(?:à|au|aux|en|in|to)\s+(?:la\s+|le\s+|l['’]|the\s+)?$/iu;

// "renewed their MOU, first signed in Bismarck in 2015": where the first one was signed.
const FIRST_SIGNED_BEFORE =
  /(?:(?:first|originally|initially)\s+(?:signed|concluded|inked)|sign[ée]e?s?\s+(?:pour\s+la\s+première\s+fois|initialement|à\s+l['’]origine))\s+(?:in|at|à|au|en)\s+(?:the\s+|la\s+|l['’])?$/iu;

/** "signed … during the visit of a delegation to X": the place is where the trip went, told beside the signing. */
function placedAsTrip(ctx: MentionContext, region: Span, place: ExtractedEntity): boolean {
  const at = ctx.index.within(region.start, region.end).find((m) => m.entity === place);
  return at !== undefined && TRIP_BEFORE.test(ctx.text.slice(Math.max(0, at.start - 40), at.start));
}

function agreementPlace(ctx: MentionContext, region: Span, trigger: Trigger, verbAt: number, status: EventStatus, between: number): ExtractedEntity | undefined {
  const parties = partyListSpan(ctx, region, between);
  // "ont signé jeudi à Libreville une convention portant sur l'accueil d'étudiants au Québec": the place
  // between the verb and the agreement is where it was signed; one after it may be part of its subject.
  const signedAt = verbAt >= 0 && verbAt < trigger.start ? findPlace(ctx.text, ctx.index, { start: verbAt, end: trigger.start }, verbAt, parties) : undefined;
  const place = signedAt ?? findPlace(ctx.text, ctx.index, { start: region.start, end: contentStart(ctx.text, region, trigger) }, Math.max(trigger.end, verbAt), parties);
  if (!place) return place;
  const at = ctx.index.within(region.start, region.end).find((m) => m.entity === place);
  const before = at ? ctx.text.slice(Math.max(0, at.start - 50), at.start) : '';
  if (FIRST_SIGNED_BEFORE.test(before)) return undefined;
  return status === 'planned' && TRIP_BEFORE.test(before.slice(-40)) ? undefined : place;
}

// "un accord qui permettra à des doctorants d'effectuer leur thèse au Québec", "an MoU which will send nurses to
// Hawaii": what the agreement is for, whose places are not where it was signed.
// "…, committing the two institutions to field trials in X", "…, permettant à des élèves d'aller en X": a participle
// that says what the text does.
const CONTENT_CLAUSE = new WordStartRegex(
  String.raw`(?:qui|which|that|visant|afin\s+de|afin\s+d['’]|aimed|designed|committing|allowing|enabling|paving|opening\s+the\s+way|permettant|prévoyant|engageant)\b`,
  'iu',
);

/**
 * Where a relative clause telling the agreement's content starts after its noun, else the region's end;
 * one that tells the signing ("that Alberta and Jalisco signed in Calgary", "qui pourrait être signée à X") keeps its place.
 */
function contentStart(text: string, region: Span, trigger: Trigger): number {
  const kindEnd = Math.max(trigger.end, trigger.start + trigger.kind.length);
  if (kindEnd >= region.end) return region.end;
  const rest = text.slice(kindEnd, region.end);
  const m = CONTENT_CLAUSE.exec(rest);
  return m && !SIGN_VERB_STEM.test(rest.slice(m.index)) ? kindEnd + m.index : region.end;
}

/**
 * Places inside "entre X, basé à Y, et Z" say where a party sits, not where it was signed. The list ends
 * before a relative clause: "entre X et Y, qui devrait être signée à Z" tells where it will be signed.
 */
function partyListSpan(ctx: MentionContext, region: Span, between: number): Span | undefined {
  if (between < 0) return undefined;
  return { start: between, end: coordinatedList(ctx.text, ctx.index, wordEnd(ctx.text, between), relativeEnd(ctx.text, between, region.end)).end };
}

/** End of the word starting at `at` ("entre", "between"). */
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isLetterUnit(text, i)) i++;
  return i;
}

const LETTER_UNIT = /\p{L}/u;

/** True when the UTF-16 unit at `i` is a letter on its own (a surrogate never is). */
function isLetterUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_UNIT.test(text[i]!);
}

/** "des partenariats" with only an intention is talk of partnerships in general, not an agreement. */
function isGenericPlural(t: Trigger): boolean {
  return t.plural && /^(?:des|les|the|)$/.test(t.determiner) && /^(?:partenariat|partnership|accord|agreement|entente|convention)/i.test(t.kind);
}

/** One party set per "entre X et Y" after the trigger; else subject side + "avec" side; plural "avec A, B et C" splits. */
function agreementParties(ctx: MentionContext, region: Span, trigger: Trigger, verbAt: number, between: readonly number[]): ExtractedEntity[][] {
  const { text } = ctx;
  // "a letter of intent signed in 2019, which set up an exchange between A and B": the relative clause's pair.
  const listEnd = relativeEnd(text, trigger.end, region.end);
  const lists = between.filter((at) => at < listEnd);
  const sets: ExtractedEntity[][] = [];
  let lastEnd = -1;
  for (const [i, at] of lists.entries()) {
    // "une lettre entre A et B en vue d'une liaison entre X et Y": the later pair is what the agreement is for.
    if (sets.length > 0 && PURPOSE.test(text.slice(lastEnd, at))) break;
    const list = coordinatedList(text, ctx.index, wordEnd(text, at), lists[i + 1] ?? region.end);
    const parties = uniqueEntities(affiliationParties(ctx.titles, ctx.index, list.mentions));
    if (parties.length > 0) sets.push(parties);
    lastEnd = list.end;
  }
  if (sets.length > 0) return sets;
  const subjectEnd = verbAt >= 0 && verbAt < trigger.start ? verbAt : trigger.start;
  const subjectStart = clauseStart(text, region.start, subjectEnd);
  const subject = affiliationParties(ctx.titles, ctx.index, candidates(ctx, subjectStart, subjectEnd));
  // "a signé avec le maire de B, Y, un pacte": the partner may come between the verb and the noun.
  const withAt = firstAfter(WITH, text, verbAt >= 0 ? verbAt : trigger.start, region.end);
  // Only the bodies coordinated after "avec" / "with": not those of a following purpose ("to recruit teachers for Louisiana").
  const objectEnd = withAt >= 0 ? coordinatedList(text, ctx.index, wordEnd(text, withAt), region.end).end : -1;
  const object = withAt >= 0 ? affiliationParties(ctx.titles, ctx.index, candidates(ctx, withAt, Math.max(objectEnd, withAt + 1))) : [];
  if (trigger.plural && object.length >= 2) return object.map((o) => uniqueEntities([...subject, o]));
  const parties = uniqueEntities([...subject, ...object]);
  if (parties.length > 0) return [parties];
  // No structure to read: every body of the clause, up to where a photo caption's credits start
  // or a relative clause about a person begins ("…, who is leading a delegation from X"), or the audience is named.
  const end = audienceEnd(text, trigger.end, temporalEnd(text, trigger.end, relativeEnd(text, trigger.end, captionEnd(text, trigger.end, region.end))));
  return [uniqueEntities(affiliationParties(ctx.titles, ctx.index, candidates(ctx, region.start, end)))];
}

function agreementSignatories(ctx: MentionContext, region: Span, trigger: Trigger, verbAt: number): ExtractedEntity[] {
  if (verbAt < 0) return [];
  const { text } = ctx;
  const subjectStart = clauseStart(ctx.text, region.start, verbAt);
  // "Le consul, M. X, a assisté à la signature", "X attended the signing": present, not signing.
  const subject = ATTENDED.test(text.slice(subjectStart, verbAt)) ? [] : personMentions(ctx.index, subjectStart, verbAt);
  const withAt = firstAfter(WITH, text, verbAt, region.end);
  const agentAt = signingAgentAt(text, verbAt, region.end);
  const others = [withAt, agentAt].filter((x) => x >= 0).flatMap((at) => adjacentPeople(ctx, at, region.end));
  // A caption "Signature du procès-verbal : M. X, … et M. Y" names the signatories after the noun.
  const caption = subject.length === 0 && NOMINAL.test(text.slice(verbAt, verbAt + 12)) ? personMentions(ctx.index, trigger.end, captionEnd(text, trigger.end, region.end)) : [];
  return uniqueEntities([...subject, ...others, ...caption].map((m) => m.entity));
}

// "…, when a delegation led by X will travel", "une délégation conduite par X": a participle's agent, not the signing's.
const OTHER_PARTICIPLE = /(?:^|[^\p{L}])(?:\p{L}+(?:ed|é|ée|és|ées)|led|conduite?s?|accueillie?s?|reçue?s?|dirigée?s?|menée?s?)\s+$/iu;

/** The first "par" / "by" after the verb that is the signing's agent ("signed … by X"), not another participle's. */
function signingAgentAt(text: string, verbAt: number, end: number): number {
  for (const m of AGENT.all(text.slice(verbAt, end))) {
    const at = verbAt + m.index;
    const before = text.slice(Math.max(verbAt, at - 30), at);
    if (!OTHER_PARTICIPLE.test(before) || SIGN_VERB_STEM.test(before.split(/\s+/).slice(-2).join(' '))) return at;
  }
  return -1;
}

function chronoKey(value: string): string {
  return value.startsWith('--') ? `9999${value}` : value;
}

/** "Signée le 18 mars 1958, la charte … a été renouvelée le 7 février 2024": the first signing is its own event. */
function splitRenewal(ctx: MentionContext, mentions: EventMention[], clause: string, region: Span): EventMention[] {
  if (mentions.length !== 1) return mentions;
  // Two dates first: most clauses have fewer, and then the renewal words need not be looked for.
  const dates = datesWithin(ctx.dates, region.start, region.end);
  if (dates.length < 2) return mentions;
  // A day with no year ("--05-09") is this year's, after any dated year ("1978").
  const values = [...new Set(dates.map((d) => d.value))].sort((a, b) => (chronoKey(a) < chronoKey(b) ? -1 : 1));
  if (values.length < 2 || !RENEWAL.test(clause)) return mentions;
  const first = dates.find((d) => d.value === values[0])!;
  // "signée pour la première fois en 1978": a year of origin recalled, not a signing the text reports.
  if (!/\d{2}-\d{2}$/.test(first.value)) return mentions;
  const last = dates.find((d) => d.value === values[values.length - 1])!;
  const m = mentions[0]!;
  return [{ ...m, date: first, signatories: [], place: undefined, status: 'signed' }, { ...m, date: last }];
}
