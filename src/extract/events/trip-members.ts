import { asciiWordRegex, withoutWordBoundaries } from '../text/word-regex.js';
import type { ExtractedEntity, Span } from '../types.js';
import { coordinatedList } from './find-arguments.js';
import { MAX_MENTIONS, nextSentence, toldSentences, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { draftHosts } from './mission-hosts.js';
import { sameParty } from './same-party.js';
import type { EntityIndex } from './entity-index.js';
import { territoryOf } from './pair-anaphor.js';
import { tripRetold } from './trip-anaphora.js';
import { bareBodyOf } from './bare-body.js';
import { repeatedPrepositionList } from './repeated-preposition-list.js';

// "The delegation included …", "It brought together …", "Elle compte notamment …", "a delegation …, including …": who travelled.
// "Y figuraient notamment …": the members listed after the verb; "Elle rassemble …", "Elle réunira …" ("se réunira" is a meeting).
// "Nous étions onze : …", "There were nine of us:", "We were twelve:": a first-person telling counts its party.
// "composée d'élus de X et de représentants de Y", "formée de …", "made up of officials from X": so does its make-up.
const HEADCOUNT = String.raw`\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|thirty`;
const MEMBERSHIP_SOURCE = String.raw`\b(?:il\s+y\s+avait|en\s+faisai(?:en)?t\s+partie|includ(?:ed|es|ing)|compris(?:ed|es)|br(?:ought|ings) together|compt(?:e|ait|aient|era|eront)|compren(?:d|ait|aient|nent|dra)|réuni(?:t|ssait|ssaient|ra|ront)|regroup(?:e|ait|aient)|rassembl(?:e|ait|aient|era)|figur(?:e|ent|ait|aient)|(?:compos|form|constitu)(?:ée|ées|é|és)\s+d(?:e|u|es)?|(?:composed|made\s+up|consist(?:ed|s|ing)?)\s+of)\b|\b(?:nous\s+étions|we\s+were|there\s+were)\s+(?:${HEADCOUNT})[\p{L}\s-]{0,16}:`;
const MEMBERSHIP = asciiWordRegex(MEMBERSHIP_SOURCE);
// MEMBERSHIP without its word boundaries: matches wherever MEMBERSHIP does, and scans a whole
// text faster still. Most texts hold neither.
const MEMBERSHIP_GATE = withoutWordBoundaries(new RegExp(MEMBERSHIP_SOURCE, 'iu'));
// "Twenty delegates took part: six staff of X …", "Une quinzaine de personnes, menées par le maire : …": a
// head count told with a noun, then after the colon who travelled ("Nous étions neuf :" is in MEMBERSHIP); "six personnes, dont …" too.
const HEADCOUNT_COLON_SOURCE = String.raw`(?:took\s+part|personnes|people|delegates|participants)(?![\p{L}])(?:[^.;:!?]{0,60}:\s|\s*,\s*dont\s)`;
const HEADCOUNT_COLON = new RegExp(`(?<![\\p{L}])${HEADCOUNT_COLON_SOURCE}`, 'iu');
// HEADCOUNT_COLON without its opening lookbehind, which V8 tests at every offset of a whole text: it matches
// wherever HEADCOUNT_COLON does, several times faster, and most texts hold neither.
const HEADCOUNT_COLON_GATE = new RegExp(HEADCOUNT_COLON_SOURCE, 'iu');
// "representatives of X", "officials from X", "officers of X", "the principal of X", "two instructors from X", "des élèves du X", "des représentants du X", "deux ingénieurs de la X",
// "des cadres de l'intercommunale X", "des représentants de l'agence de développement X": people sent by a body;
// "academics from X", "trustees of X", "des médecins du Centre hospitalier X", "des techniciens de la Communauté X": so are they;
// "la directrice générale du X, Mme Y", "the president of X", "a lecturer at X", "des formateurs du X", "la maire de la Commune de X":
// one member each; "des gens de X", "people from X" (after a head count and a colon).
const SENT_BY =
  /(?<![\p{L}])(?:representatives?|officials?|gens|people|mayor|maire|mairesse|officers|councill?ors|principal|rector|executives?|delegates?|members?|staff|teachers|researchers|faculty|instructors|academics|tutors|trustees|managers|technicians|doctors|nurses|volunteers|vice-chairs?|vice-presidents?|engineers|students|professors|scientists|employees|dean|lecturers?|trainers|president|director|(?:business\s+)?owners|élèves|techniciens|techniciennes|médecins|infirmi(?:er|ère)s|vignerons|bénévoles|fonctionnaires|vice-président(?:e|es|s)?|étudiant(?:e|es|s)?|professeur(?:e|es|s)?|agents|conseillers|conseillères|représentant(?:e|es|s)?|délégué(?:e|es|s)?|membres?|ingénieurs?|dirigeant(?:e|es|s)?|directeur|directrice|président(?:e)?|proviseur(?:e)?|formateurs|formatrices|responsables?|cadres|enseignant(?:e|es|s)|chercheur(?:e|es|s)|élus)(?:\s+(?:général|générale|généraux|adjoint|adjointe|exécutif|exécutive))?\s+(?:(?:of|from|at)\s+(?:the\s+)?|(?:de\s+la|du|des|de)\s+|(?:de\s+)?l['’]|d['’])(?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}$/iu;
// A cue read past a meeting is the host's: "included meetings with officials of X".
const MEETING = /\b(?:met|meet|meetings?|rencontr|visit|réunions?\s+avec)/iu;
// "… and five companies, among them X and Y", "Participating companies included X", "trois
// entreprises : X, Y et Z", "six companies: Fellbridge-based X": firms named after the word for them travel too.
const FIRMS_NAMED = /\b(?:companies|firms|businesses|entreprises|entrepreneurs|sociétés)\b[^.;:]{0,40}?(?:,?\s*(?:among them|including|included|such as|notamment|dont|parmi (?:elles|eux|lesquelles))|\s?:)\s+(?:the\s+|l[ae]s?\s+|l['’])?(?:\p{L}[\p{L}-]*-based\s+)?$/iu;
const CUE_REACH = 60;
// "The delegation includes X and Y", "It included X, …", "Elle comprend notamment la X": bodies named as the trip's members.
const TRIP_SUBJECT = /(?:\b(?:elle|it|they)|\b(?:délégation|delegation|mission|groupe|group)(?:\s+\p{L}[\p{L}-]*)?)\s+(?:also\s+|aussi\s+)?$/iu;
// "The Welsh delegation, in Ghana from June 10 to 17, was led by X and included A, B", "It was led by X and included A, B":
// the trip, subject of the sentence, is the subject of a second verb joined by "and" / "et".
const TRIP_SUBJECT_COORDINATED =
  /^\s*(?:(?:(?:the|a|an|its|their|la|le|les|une?|sa|son|leur)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:délégation|delegation|mission|groupe|group)|it|elle|they)(?![\p{L}])[^;:!?]*\s(?:and|et)\s+(?:also\s+|aussi\s+)?$/iu;
// "la délégation comptait notamment les sociétés X (Beaumesnil), Y et Z".
const MEMBER_NEXT = /^\s*(?:notamment\s+|notably\s+|also\s+|aussi\s+)?(?:the\s+|la\s+|le\s+|les\s+|l['’])?(?:(?:sociétés|entreprises|companies|firms)\s+)?$/iu;
// "The delegation comprised council officers, the Port of X and Y", "Elle comprenait des élus, la Chambre X et …": the bodies
// of a list whose first members are people named by their role.
const MEMBER_AFTER_LIST =
  /^\s*(?:notamment\s+|notably\s+|also\s+|aussi\s+)?(?:[\p{L}\d'’ -]{2,40}?(?:,|\s(?:and|et|ainsi\s+que))\s+)+(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;
// How far after the verb such a list may reach its first body (a few role nouns).
const LIST_REACH = 80;
// "Il y avait des élus, l'Office de tourisme X et la Chambre Y", "En faisaient partie des échevins, la Maison X et …": read
// beside a trip, the list that follows names who travelled.
const THERE_WERE = /^(?:il\s+y\s+avait|en\s+faisai(?:en)?t\s+partie)$/iu;
// The sentences after a trip's that go on telling it: "It includes … . It was hosted by …".
const SENTENCES_AFTER = 2;

/**
 * The bodies whose people travel with a trip are on its travelling side: "The delegation
 * included representatives of X and Y", "Elle compte notamment des représentants du X et de
 * la Y". Read in the trip's sentences and in the sentence just after one that tells no other event.
 */
export function tripMembers(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  // Only trips gain members: with none, the whole-text scans are not worth their cost.
  if (!drafts.some((d) => d.type === 'mission') || !((MEMBERSHIP_GATE.test(ctx.text) && MEMBERSHIP.test(ctx.text)) || (HEADCOUNT_COLON_GATE.test(ctx.text) && HEADCOUNT_COLON.test(ctx.text)))) return;
  addTripSides(drafts, sentences, (s) => sentBy(ctx, s), draftHosts, tripRetold(drafts, sentences, ctx.text, toldSentences(drafts)), ctx.text, ctx.index);
}

/**
 * Adds to each trip the sides `read` finds in the trip's sentences, in the ones just after that
 * tell no other event and in those `retold` gives it, each side once, none of those `excluded`
 * names (read once per trip). Given the `text`, the sentences after those that keep the trip as their subject are read too.
 * `hostSide` says the sides read are the trip's hosts, whose town joins them.
 */
export function addTripSides(
  drafts: readonly EventDraft[],
  sentences: readonly Span[],
  read: (s: Span) => readonly ExtractedEntity[],
  excluded: (d: EventDraft) => ReadonlySet<ExtractedEntity> = () => new Set(),
  retold: ReadonlyMap<EventDraft, readonly Span[]> = new Map(),
  text = '',
  index?: EntityIndex,
  hostSide = false,
): void {
  const told = toldSentences(drafts);
  for (const d of drafts) {
    if (d.type !== 'mission') continue;
    const skip = excluded(d);
    const add = (s: Span): void => {
      for (const side of read(s)) {
        if (skip.has(side) || d.parties.some((p) => sameSide(p, side, d.parties.length))) continue;
        // A trip told with one side that gains the body of another town ("La Ville de X nous a reçus" on a
        // trip from Y) gains that town too: the body would otherwise stand in for it as the second side.
        // The bodies that travelled from Y may have joined first: for a host, one place among the parties is still one side.
        const town = index && (hostSide ? oneSide(d.parties) : d.parties.length === 1) && !d.place && side.type === 'ORG' ? territoryOf(side, index) : undefined;
        if (town && town !== side && !skip.has(town) && !d.parties.some((p) => sameParty(p, town))) d.parties = [...d.parties, town];
        d.parties = [...d.parties, side];
      }
    };
    for (const m of d.mentions.slice(0, MAX_MENTIONS)) for (const s of [m.sentence, ...untoldAfter(sentences, m.sentence, told, text)]) add(s);
    for (const s of retold.get(d) ?? []) add(s);
  }
}

/** A single party, or a single place beside bodies that are not places. */
function oneSide(parties: readonly ExtractedEntity[]): boolean {
  return parties.length === 1 || parties.filter((p) => p.type === 'PLACE').length === 1;
}

/**
 * A body named as a member or a host is a side beside its territory: "A delegation from Somerset …
 * included Wiltshire Council", "Elle est accueillie par la Collectivité de Corse" (a trip to Corse).
 * Not while the trip names a single side: the body would stand in for the other side, which the
 * document's main actors fill later.
 */
function sameSide(party: ExtractedEntity, side: ExtractedEntity, sides: number): boolean {
  return party === side || (sameParty(party, side) && !(side.type === 'ORG' && party.type === 'PLACE' && sides >= 2));
}

/**
 * Up to SENTENCES_AFTER sentences after `s`, stopping at one that tells an event; past those, the
 * ones that go on with the trip as their subject ("They were hosted by …", "Elle a été reçue par …").
 */
function untoldAfter(sentences: readonly Span[], s: Span, told: ReadonlySet<number>, text: string): Span[] {
  const out: Span[] = [];
  for (let next = nextSentence(sentences, s); next && !told.has(next.start) && out.length < SENTENCES_AFTER + TRIP_SUBJECT_AFTER; next = nextSentence(sentences, next)) {
    if (out.length >= SENTENCES_AFTER && !TRIP_OPENER.test(text.slice(next.start, next.start + TRIP_OPENER_REACH))) break;
    out.push(next);
  }
  return out;
}
// "They were hosted by …", "The group visited …", "Elle a été reçue …": a sentence whose subject is the trip.
// "Sur place, elle a été reçue …", "On arrival, the group was hosted …": a short fronted phrase may come first.
const TRIP_OPENER =
  /^\s*(?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3},\s*)?(?:(?:elle|ils|elles|it|they)\s|(?:la|le|les|the)\s+(?:délégation|groupe|mission|visiteurs|participants|delegation|group|visitors)(?![\p{L}]))/iu;
const TRIP_OPENER_REACH = 60;
// How many such sentences may follow the first SENTENCES_AFTER.
const TRIP_SUBJECT_AFTER = 2;

// The subject's name ends right before its verb: "La Fanfare X en faisait partie".
const NAME_TO_VERB = 2;

/** "La Fanfare X en faisait partie", "X et Y en faisaient partie": the bodies named just before the verb. */
function bodiesRightBefore(ctx: MentionContext, start: number, verb: number): ExtractedEntity[] {
  const before = ctx.index.within(start, verb);
  const last = before[before.length - 1];
  if (!last || last.entity.type !== 'ORG' || verb - last.end > NAME_TO_VERB) return [];
  const first = before.find((m) => m.entity.type === 'ORG' && coordinatedList(ctx.text, ctx.index, m.start, verb).mentions.includes(last));
  return coordinatedList(ctx.text, ctx.index, first!.start, verb).mentions.filter((x) => x.entity.type === 'ORG').map((x) => x.entity);
}

// "Outre la Municipalité de X, le groupe comptait …", "Besides the City of X, it included …": a member named before the list.
const BESIDES = /^\s*(?:outre|en\s+plus\s+de|besides|apart\s+from|aside\s+from|alongside)\s+(?:(?:la|le|les|the)\s+|l['’])?(?=[^,]*,)/iu;

/** The bodies of a fronted "Outre X," / "Besides X," before the trip's membership verb. */
function besidesBodies(ctx: MentionContext, start: number, subject: string): ExtractedEntity[] {
  const cue = BESIDES.exec(subject);
  if (!cue) return [];
  const from = start + cue[0].length;
  const end = start + subject.indexOf(',', cue[0].length);
  const first = ctx.index.within(from, end)[0];
  if (!first || first.entity.type !== 'ORG' || first.start !== from) return [];
  return coordinatedList(ctx.text, ctx.index, first.start, end).mentions.filter((x) => x.entity.type === 'ORG').map((x) => x.entity);
}

const MAKE_UP = /^(?:compos|form|constitu|made|consist)/iu;
// "Un comité de suivi se réunira …": a meeting, not a make-up.
const REFLEXIVE = /(?<![\p{L}])se\s+$/iu;
// "Composée d'élus …" (fronted), "la délégation lamecense, composée de …", "It was made up of …".
const MAKE_UP_SUBJECT =
  /(?:^\s*|(?:délégation|delegation|mission|groupe|group|visiteurs|visitors)(?:\s+[\p{L}'’-]+){0,3}\s*,?\s*|(?:^|\s)(?:it|elle|they|ils|elles)\s+(?:was|were|is|are|est|était|sont|étaient)\s+)$/iu;

function sentBy(ctx: MentionContext, s: Span): ExtractedEntity[] {
  const span = ctx.text.slice(s.start, s.end);
  const verb = MEMBERSHIP.exec(span) ?? HEADCOUNT_COLON.exec(span);
  if (!verb || REFLEXIVE.test(span.slice(0, verb.index))) return [];
  // "Le comité de suivi, composé de représentants de X": a make-up tells the trip's only when the trip is its subject.
  if (MAKE_UP.test(verb[0]) && !MAKE_UP_SUBJECT.test(span.slice(0, verb.index))) return [];
  const from = s.start + verb.index + verb[0].length;
  // "with several companies, including X": only a finite verb says who made up the delegation.
  const firmsCount = !/^including$/iu.test(verb[0]);
  const subject = span.slice(0, verb.index);
  const named = firmsCount && (TRIP_SUBJECT.test(subject) || TRIP_SUBJECT_COORDINATED.test(subject) || THERE_WERE.test(verb[0]));
  const out: ExtractedEntity[] = THERE_WERE.test(verb[0]) ? bodiesRightBefore(ctx, s.start, s.start + verb.index) : named ? besidesBodies(ctx, s.start, subject) : [];
  for (const m of ctx.index.within(from, s.end)) {
    if (m.entity.type !== 'ORG' || out.includes(m.entity)) continue;
    const before = ctx.text.slice(Math.max(from, m.start - CUE_REACH), m.start);
    const cued =
      SENT_BY.test(before) ||
      (named && (MEMBER_NEXT.test(ctx.text.slice(from, m.start)) || (m.start - from <= LIST_REACH && MEMBER_AFTER_LIST.test(ctx.text.slice(from, m.start))))) ||
      (firmsCount && FIRMS_NAMED.test(ctx.text.slice(Math.max(s.start, m.start - CUE_REACH), m.start)));
    if (!cued) continue;
    if (MEETING.test(ctx.text.slice(from, m.start))) break;
    const list = coordinatedList(ctx.text, ctx.index, m.start, s.end);
    for (const x of list.mentions) if (x.entity.type === 'ORG' && !out.includes(x.entity)) out.push(x.entity);
    if (SENT_BY.test(before)) for (const x of repeatedPrepositionList(ctx, m.start, s.end)) if (!out.includes(x)) out.push(x);
  }
  for (const body of bareMembers(ctx, from, s.end)) if (!out.includes(body)) out.push(body);
  return out;
}

// "des élus de la Ville et de Y Métropole", "officers of the Council, the principal of X": people sent by a body
// named by its bare, capitalised head noun.
const BARE_MEMBER =
  /(?<![\p{L}])(?:de\s+la|du|of\s+the|from\s+the)\s+(Ville|Commune|Municipalité|Mairie|City|Town|Municipality|(?:City|Town|County|District|Borough)\s+Council|Council)(?=\s*(?:[,;.]|et\s|and\s|ainsi\s|$))/gu;

/** The bodies that a bare head noun after a "sent by" cue stands for, in [from, end). */
function bareMembers(ctx: MentionContext, from: number, end: number): ExtractedEntity[] {
  const span = ctx.text.slice(from, end);
  if (!/Ville|Commune|Municipalité|Mairie|City|Town|Municipality|Council/u.test(span)) return [];
  const out: ExtractedEntity[] = [];
  BARE_MEMBER.lastIndex = 0;
  for (let m = BARE_MEMBER.exec(span); m; m = BARE_MEMBER.exec(span)) {
    const noun = from + m.index + m[0].length - m[1]!.length;
    if (MEETING.test(span.slice(0, m.index))) break;
    if (!SENT_BY.test(ctx.text.slice(Math.max(from, noun - CUE_REACH), noun))) continue;
    const body = bareBodyOf(ctx.index, m[1]!);
    if (body) out.push(body);
    // "des élus de la Ville, de l'Office X et de la Chambre Y": the items after a bare body that repeat its preposition.
    if (body) for (const x of repeatedPrepositionList(ctx, noun, end)) if (!out.includes(x)) out.push(x);
  }
  return out;
}
