import type { DateMention } from '../dates/extract-dates.js';
import { wordRegex } from '../text/word-regex.js';
import type { EventType, ExtractedEntity, Span } from '../types.js';
import { detectStatus, hasPlanningCue, hasSigningCue } from './detect-status.js';
import type { EntityIndex } from './entity-index.js';
import type { EventMention, Reference } from './event-mention.js';
import { coordinatedList, datesWithin, findOccasion, findOccasionSpan, findPlace, isDestination, isLocative, nearestDate, partyMentions, personMentions } from './find-arguments.js';
import { findTriggers, type Trigger } from './find-triggers.js';
import { affiliationParties, insideZone } from './title-zones.js';

export interface MentionContext {
  readonly text: string;
  readonly index: EntityIndex;
  readonly dates: readonly DateMention[];
  /** Spans of people's titles ("ministre responsable des …"), from titleZones(). */
  readonly titles: readonly Span[];
  /** Datelines ("PORTLAND —", "Edmundston, 3 juin 2005 –"): where the news was filed, never a party. */
  readonly datelines: readonly Span[];
}

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
    const groups = groupTriggers(ctx.text, kept.filter((t) => t.type === type));
    const regions = clauseRegions(ctx.text, sentence, groups);
    groups.forEach((group, i) => {
      const region = regions[i]!;
      const head = headTrigger(group);
      out.push(...(type === 'agreement' ? agreementMentions(ctx, sentence, region, head) : [missionMention(ctx, sentence, region, head)]));
    });
  }
  return out.sort((a, b) => a.trigger.start - b.trigger.start);
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
    if (last && prev && (!CUT.test(between) || /^\s*\(\s*$/.test(between))) last.push(t);
    else groups.push([t]);
  }
  return groups;
}

function headTrigger(group: Trigger[]): Trigger {
  const nouns = group.filter((t) => !t.verb);
  const first = (nouns[0] ?? group[0])!;
  const longest = (nouns.length > 0 ? nouns : group).reduce((a, b) => (b.kind.length > a.kind.length ? b : a));
  return { ...longest, determiner: first.determiner, start: first.start };
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
    cuts.push(cut >= 0 ? prevEnd + cut : Math.floor((prevEnd + nextStart) / 2));
  }
  cuts.push(sentence.end);
  return groups.map((_, i) => ({ start: cuts[i]!, end: cuts[i + 1]! }));
}

const DEMONSTRATIVE = new Set(['ce', 'cet', 'cette', 'ces', 'this', 'that', 'these', 'those']);
// Possessives read as definite: "la ville scelle son jumelage" names the twinning for the first time.
const DEFINITE = new Set([
  'le', 'la', 'les', 'l’', 'du', 'au', 'aux', 'the', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre',
  'its', 'his', 'her', 'their', 'our',
]);

function reference(t: Trigger): Reference {
  if (DEMONSTRATIVE.has(t.determiner)) return 'demonstrative';
  if (DEFINITE.has(t.determiner)) return 'definite';
  return 'indefinite';
}

const SIGN_VERB = wordRegex(
  String.raw`\b(?:(?:a|ont|avait|avaient|have|has|had)\s+(?:\p{L}+\s+){0,2}?)?(?:sign(?:é|ée|és|ées|er|ent|e|ed|s)?|signature|signing|renouvel\p{L}*|renew\p{L}*|scell\p{L}*|seal\p{L}*|conclu\p{L}*|paraph\p{L}*|ratifi\p{L}*|inked)\b`,
);
// "entre A et B et entre C et D" names a few agreements; a longer chain is not prose.
const MAX_LISTS = 6;

/** People right after "avec" / "par" / "with" / "by" (titles allowed between), not those of a later clause. */
function adjacentPeople(ctx: MentionContext, at: number, end: number) {
  const out = [];
  for (const m of ctx.index.within(at, Math.min(end, at + 160))) {
    if (m.entity.type === 'PERSON') out.push(m);
    else if (!insideZone(ctx.titles, m.start)) break;
  }
  return out;
}

const NOMINAL = /^(?:signature|signing)/i;

/** A caption's people end where the next caption part starts ("Crédits :", "Photo 2"). */
function captionEnd(text: string, from: number, to: number): number {
  const m = /\b(?:Crédits?|Credits?|Photo|Source)\b/u.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

const WITH = wordRegex(String.raw`\b(?:avec|with)\b`, 'giu');
const BETWEEN = wordRegex(String.raw`\b(?:entre|between)\b`, 'giu');
const AGENT = wordRegex(String.raw`\b(?:par|by)\b`, 'giu');
const RENEWAL = wordRegex(String.raw`\b(?:renouvel\p{L}*|renew\p{L}*)\b`);

function agreementMentions(ctx: MentionContext, sentence: Span, region: Span, trigger: Trigger): EventMention[] {
  const { text } = ctx;
  const clause = text.slice(region.start, region.end);
  const verb = SIGN_VERB.exec(clause);
  const verbAt = verb ? region.start + verb.index : -1;
  // Intention words count only close to the noun ("en vue d'établir un jumelage", "projet de partenariat").
  const near = text.slice(Math.max(region.start, trigger.start - 60), Math.min(region.end, trigger.end + 40));
  const status = detectStatus(clause);
  const base = {
    type: 'agreement' as const,
    trigger,
    sentence,
    region,
    reference: reference(trigger),
    cue: hasSigningCue(clause) || (hasPlanningCue(near) && !isGenericPlural(trigger)),
    signing: hasSigningCue(clause),
    verbal: verb !== null && !NOMINAL.test(verb[0].replace(/^(?:a|ont|avait|avaient|have|has|had)\s+/i, '')),
    status,
    place: findPlace(text, ctx.index, region, Math.max(trigger.end, verbAt), partyListSpan(ctx, region, trigger)),
    occasion: findOccasion(text, region.start, region.end),
  };
  const signatories = status === 'planned' ? [] : agreementSignatories(ctx, region, trigger, verbAt);
  const date = nearestDate(ctx.dates, region.start, region.end, verbAt >= 0 ? verbAt : trigger.start);
  const partySets = agreementParties(ctx, region, trigger, verbAt);
  const mentions = partySets.map((parties) => ({ ...base, parties, signatories, date }));
  return splitRenewal(ctx, mentions, clause, region);
}

/** Places inside "entre X, basé à Y, et Z" say where a party sits, not where it was signed. */
function partyListSpan(ctx: MentionContext, region: Span, trigger: Trigger): Span | undefined {
  const between = firstAfter(BETWEEN, ctx.text, trigger.start, region.end);
  if (between < 0) return undefined;
  return { start: between, end: coordinatedList(ctx.text, ctx.index, between + 6, region.end).end };
}

/** "des partenariats" with only an intention is talk of partnerships in general, not an agreement. */
function isGenericPlural(t: Trigger): boolean {
  return t.plural && /^(?:des|les|the|)$/.test(t.determiner) && /^(?:partenariat|partnership|accord|agreement|entente|convention)/i.test(t.kind);
}

/** One party set per "entre X et Y" after the trigger; else subject side + "avec" side; plural "avec A, B et C" splits. */
function agreementParties(ctx: MentionContext, region: Span, trigger: Trigger, verbAt: number): ExtractedEntity[][] {
  const { text } = ctx;
  const between = [...text.slice(trigger.start, region.end).matchAll(BETWEEN)].slice(0, MAX_LISTS).map((m) => trigger.start + m.index);
  const sets: ExtractedEntity[][] = [];
  between.forEach((at, i) => {
    const list = coordinatedList(text, ctx.index, at + 6, between[i + 1] ?? region.end);
    const parties = uniqueEntities(affiliationParties(ctx.titles, ctx.index, list.mentions));
    if (parties.length > 0) sets.push(parties);
  });
  if (sets.length > 0) return sets;
  const subjectEnd = verbAt >= 0 && verbAt < trigger.start ? verbAt : trigger.start;
  const subjectStart = clauseStart(text, region.start, subjectEnd);
  const subject = affiliationParties(ctx.titles, ctx.index, candidates(ctx, subjectStart, subjectEnd));
  const withAt = firstAfter(WITH, text, Math.max(trigger.start, verbAt), region.end);
  const object = withAt >= 0 ? affiliationParties(ctx.titles, ctx.index, candidates(ctx, withAt, region.end)) : [];
  if (trigger.plural && object.length >= 2) return object.map((o) => uniqueEntities([...subject, o]));
  const parties = uniqueEntities([...subject, ...object]);
  if (parties.length > 0) return [parties];
  // No structure to read: every body of the clause, up to where a photo caption's credits start.
  const end = captionEnd(text, trigger.end, region.end);
  return [uniqueEntities(affiliationParties(ctx.titles, ctx.index, candidates(ctx, region.start, end)))];
}

function agreementSignatories(ctx: MentionContext, region: Span, trigger: Trigger, verbAt: number): ExtractedEntity[] {
  if (verbAt < 0) return [];
  const { text } = ctx;
  const subject = personMentions(ctx.index, clauseStart(ctx.text, region.start, verbAt), verbAt);
  const after = Math.max(trigger.end, verbAt);
  const withAt = firstAfter(WITH, text, after, region.end);
  const agentAt = firstAfter(AGENT, text, verbAt, region.end);
  const others = [withAt, agentAt].filter((x) => x >= 0).flatMap((at) => adjacentPeople(ctx, at, region.end));
  // A caption "Signature du procès-verbal : M. X, … et M. Y" names the signatories after the noun.
  const caption = subject.length === 0 && NOMINAL.test(text.slice(verbAt, verbAt + 12)) ? personMentions(ctx.index, trigger.end, captionEnd(text, trigger.end, region.end)) : [];
  return uniqueEntities([...subject, ...others, ...caption].map((m) => m.entity));
}

/** "Signée le 18 mars 1958, la charte … a été renouvelée le 7 février 2024": the first signing is its own event. */
function splitRenewal(ctx: MentionContext, mentions: EventMention[], clause: string, region: Span): EventMention[] {
  if (mentions.length !== 1 || !RENEWAL.test(clause)) return mentions;
  const dates = datesWithin(ctx.dates, region.start, region.end);
  const values = [...new Set(dates.map((d) => d.value))].sort();
  if (values.length < 2) return mentions;
  const first = dates.find((d) => d.value === values[0])!;
  const last = dates.find((d) => d.value === values[values.length - 1])!;
  const m = mentions[0]!;
  return [{ ...m, date: first, signatories: [], place: undefined, status: 'signed' }, { ...m, date: last }];
}

function missionMention(ctx: MentionContext, sentence: Span, region: Span, trigger: Trigger): EventMention {
  const { text } = ctx;
  const mentions = candidates(ctx, region.start, region.end);
  const destinations = ctx.index
    .within(region.start, region.end)
    .filter((m) => m.entity.type === 'PLACE' && (isLocative(text, m) || isDestination(text, m)));
  const parties = uniqueEntities([...affiliationParties(ctx.titles, ctx.index, mentions), ...destinations.map((d) => d.entity)]);
  const place = placeAfterTravel(ctx, region) ?? findPlace(text, ctx.index, region, trigger.start);
  const leaders = personMentions(ctx.index, region.start, trigger.start).concat(ledBy(ctx, trigger.end, region.end), fronted(ctx, region, trigger));
  return {
    type: 'mission',
    trigger,
    sentence,
    region,
    reference: reference(trigger),
    cue: trigger.strong || destinations.length > 0 || TRAVEL.test(text.slice(region.start, region.end)),
    parties: orderDestinationLast(parties, place),
    signatories: uniqueEntities(leaders.map((m) => m.entity)),
    date: nearestDate(ctx.dates, region.start, region.end, trigger.start),
    place,
    occasion: findOccasion(text, region.start, region.end),
  };
}

// Verbs of going and receiving: "s'est rendue à", "a accueilli une délégation", "hosted a delegation".
const TRAVEL = wordRegex(
  String.raw`\b(?:(?:s['’]est|se\s+sont|se\s+rendra|se\s+rendront|se\s+rend(?:ent)?)\s+rendue?s?|rendue?s?\s+(?:à|au|en|aux)|accueill\p{L}*|reçue?s?|recevra|recevoir|visité\p{L}*|en\s+visite|venue?s?\s+(?:de|du|des|d['’])|hosted|hosts|hosting|welcomed|welcomes|received|visited|travel(?:l?ed|s|l?ing)?|arrived)\b`,
);

const LED_BY = wordRegex(String.raw`\b(?:conduite|menée|dirigée|présidée|led|headed)\s+(?:par|by)\b`, 'giu');

function ledBy(ctx: MentionContext, from: number, to: number) {
  const at = firstAfter(LED_BY, ctx.text, from, to);
  return at >= 0 ? personMentions(ctx.index, at, Math.min(to, at + 80)) : [];
}

// Where the trip went: the first place just after "reçue à", "s'est rendue à", "visited".
const ARRIVAL = wordRegex(
  String.raw`\b(?:rendue?s?|reçue?s?|accueillie?s?|visité|visited|travel(?:l?ed)?\s+to|arrived\s+in|hosted\s+in)\b`,
  'giu',
);

function placeAfterTravel(ctx: MentionContext, region: Span): ExtractedEntity | undefined {
  const at = firstAfter(ARRIVAL, ctx.text, region.start, region.end);
  if (at < 0) return undefined;
  return ctx.index.within(at, Math.min(region.end, at + 70)).find((m) => m.entity.type === 'PLACE')?.entity;
}

// "Accompagné d'une délégation …, X a …", "À la tête d'une délégation, X …": X leads it.
const FRONTED = /(?:accompagnée?s?|à\s+la\s+tête|accompanied|leading|heading)\s+(?:d['’]|de\s+|by\s+|of\s+)?(?:une?\s+|a\s+|an\s+|la\s+|the\s+)?$/iu;

function fronted(ctx: MentionContext, region: Span, trigger: Trigger) {
  if (!FRONTED.test(ctx.text.slice(Math.max(region.start, trigger.start - 40), trigger.start))) return [];
  const first = personMentions(ctx.index, trigger.end, region.end)[0];
  return first ? [first] : [];
}

function orderDestinationLast(parties: ExtractedEntity[], place: ExtractedEntity | undefined): ExtractedEntity[] {
  if (!place) return parties;
  return [...parties.filter((p) => p !== place), ...parties.filter((p) => p === place)];
}

/** Party candidates: not in a dateline, not inside the occasion's name, not the agreement's own name. */
function candidates(ctx: MentionContext, start: number, end: number) {
  const occasion = findOccasionSpan(ctx.text, start, end);
  const found = partyMentions(ctx.text, ctx.index, start, end).filter(
    (m) =>
      !ctx.datelines.some((d) => d.start <= m.start && m.end <= d.end) &&
      !(occasion && occasion.start <= m.start && m.start < occasion.end) &&
      !AGREEMENT_NAME.test(m.entity.name),
  );
  // A bracketed aside ("(la communauté urbaine de la capitale du Québec)") names no party,
  // unless it only repeats one as an acronym ("(VTE)").
  return found.filter((m) => !inBrackets(ctx.text, start, m.start) || found.some((o) => o !== m && o.entity === m.entity));
}

function inBrackets(text: string, from: number, at: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    if (text[i] === ')') return false;
    if (text[i] === '(') return true;
  }
  return false;
}

const AGREEMENT_NAME = /^(?:memorand|m[ée]morandum|accord|entente|agreement|protocol|mou\b|mémoire d)/iu;

// "X announced that Y has signed": the signing side starts after the last "that" / "que" / ":".
const COMPLEMENTIZER = wordRegex(String.raw`\b(?:que|qu['’]|that|whereby)\b|:`, 'giu');

function clauseStart(text: string, start: number, end: number): number {
  let at = start;
  for (const m of text.slice(start, end).matchAll(COMPLEMENTIZER)) at = start + m.index + m[0].length;
  return at;
}

function firstAfter(re: RegExp, text: string, from: number, to: number): number {
  re.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(re)) return from + m.index;
  return -1;
}

export function uniqueEntities(entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  return [...new Set(entities)];
}

export type { EventType };
