import type { DateMention } from '../dates/extract-dates.js';
import type { EventStatus, EventType, ExtractedEntity } from '../types.js';
import { resolvePair } from './pair-anaphor.js';
import type { EntityIndex } from './entity-index.js';
import type { EventMention } from './event-mention.js';
import { countryNames } from '../gazetteer/countries.js';
import { fold, foldedName, sameParty, shareParty, sideCount, unionParties } from './same-party.js';
import { refinesDate } from './mention-context.js';
import { insideTerritory, placeRank } from './place-rank.js';
import { renewalSides, renewedBeforePlan } from './planned-renewal.js';
import { isOtherTrip } from './other-trip.js';
import { forTheOccasion } from './occasion-trip.js';
import { bodiesJustBefore } from './pair-kind.js';
import { otherThanHeadlinePlan } from './headline-plan.js';
import { isEarlierStep } from './earlier-step.js';
import { isDayRange } from './trip-span.js';

/** An event being assembled from its mentions. */
export interface EventDraft {
  readonly type: EventType;
  readonly mentions: EventMention[];
  kind: string;
  parties: ExtractedEntity[];
  signatories: ExtractedEntity[];
  date?: DateMention;
  place?: ExtractedEntity;
  occasion?: string;
  status?: EventStatus;
  /** The status came from an explicit signing or planning cue. */
  statusFromCue: boolean;
  /** An agreement earlier than the one reported ("the original 2015 agreement"). */
  historic?: boolean;
}

/** Moves `from`'s mentions into `into`, kept in text order. */
export function takeMentions(into: EventDraft, from: EventDraft): void {
  into.mentions.push(...from.mentions);
  into.mentions.sort((a, b) => a.region.start - b.region.start);
}

/**
 * Folds mentions (in text order) into events: a demonstrative ("cette entente") joins the
 * latest event of its type; any other mention joins a compatible event (shared party or
 * place, no conflicting date or signatories) or, when it has parties and a cue, starts one.
 */
export function mergeMentions(mentions: readonly EventMention[], index?: EntityIndex): EventDraft[] {
  const drafts: EventDraft[] = [];
  const byType = { agreement: [] as EventDraft[], mission: [] as EventDraft[] };
  const earlier: EventDraft[] = [];
  const detailedAfter = detailedAgreementsAfter(mentions);
  for (const [i, given] of mentions.entries()) {
    // "Six agreements were signed …", then each told on its own: the count is none of them.
    if (isSummary(given) && detailedAfter[i]! >= 2) continue;
    const read = given.pair && index ? { ...given, parties: pairParties(given, drafts, index) } : forTheOccasion(given, drafts);
    const m = isEarlierStep(read, byType.agreement, mentions) ? { ...read, historic: true } : read;
    if (m.historic) {
      mergeEarlier(m, earlier, byType.agreement, drafts);
      continue;
    }
    // "Le protocole signé ouvre la voie à une charte de jumelage": a plan of its own, between the same sides
    // as the agreement it follows from unless it names its own.
    const from = m.follows && m.reference === 'indefinite' && m.cue && m.status === 'planned' ? ledFrom(byType.agreement, m) : undefined;
    if (from) {
      const d = start(m);
      if (d.parties.length === 0) d.parties = [...from.parties];
      byType.agreement.push(pushed(drafts, d));
      continue;
    }
    // "Les deux villes prévoient de signer un accord": a new agreement between sides already named,
    // unless a heading announced it ("Un avenant signé, …", then "En 2011, les deux villes ont signé un avenant").
    const announced = m.pair && m.reference === 'indefinite' && m.cue ? headingOnly(byType[m.type], m) : undefined;
    if (announced) {
      attach(announced, m, true);
      continue;
    }
    // "A partnership between A and B was discussed; both sides agreed to prepare a cooperation agreement": the same plan.
    const further = m.pair ? byType[m.type][byType[m.type].length - 1] : undefined;
    if (further && pairPlansFurther(further, m)) {
      attach(further, m, true);
      continue;
    }
    if (m.pair && m.reference === 'indefinite' && canStart(m)) {
      const d = start(m);
      drafts.push(d);
      byType[m.type].push(d);
      continue;
    }
    const sameType = byType[m.type];
    // "L'AWEX organisera une nouvelle mission": a trip of its own, never one told before.
    if (m.newTrip) {
      // "future missions", "de prochaines missions": trips in general, none in particular.
      if (canStart(m) && !m.trigger.plural) sameType.push(pushed(drafts, start(m)));
      continue;
    }
    const renewed = renewedBeforePlan(sameType, m);
    if (renewed) {
      const d = start(m);
      d.parties = renewalSides(m, renewed);
      sameType.push(pushed(drafts, d));
      continue;
    }
    const headlined = headlineTrip(sameType, m);
    if (headlined) {
      attach(headlined, placedByBody(headlined, m), true);
      continue;
    }
    const latest = m.reference === 'demonstrative' ? namedBefore(sameType, m) : sameType[sameType.length - 1];
    const last = m.type === 'mission' && m.reference === 'definite' ? tripNamedAgain(sameType, m, index) : (stillToSign(sameType, m) ?? latest);
    // "cette entente", and "la délégation" once a trip is under way, point back to the latest
    // event; they add evidence, not sides (the stops of an itinerary are not parties).
    if (m.reference === 'demonstrative' || (m.type === 'mission' && (m.reference === 'definite' || (m.itinerary && !tripOfAnotherTime(last, m))) && last)) {
      if (last) attach(last, m.type === 'mission' ? continuation(m) : m, false);
      // "La délégation, qui a séjourné dans le Souss-Massa du 22 au 25 septembre": the dates of a trip told undated.
      // "… en présence d'une délégation, le mercredi 14 mai" then "La délégation a séjourné en Gaspésie du 12 au 16 mai":
      // the stay's range is the trip's date, and where it stayed its place.
      // "une cérémonie a réuni les deux délégations": both sides met that day, which dates no one trip.
      if (last && m.type === 'mission' && !m.itinerary && !m.trigger.plural && m.date && (!last.date || dayWithin(last.date.value, m.date.value))) {
        last.date = m.date;
        if (m.place && isStay(m)) last.place = m.place;
        // "Une délégation briançonnaise au Québec", then "… venue dans les Laurentides du 5 au 9 octobre": the dated telling says where it went.
        // "Une délégation burundaise à Namur", then "… séjourne en Belgique": a larger place says no more.
        if (m.place && placedByHeading(last) && placeRank(m.place) <= placeRank(last.place!)) replaceHeadingPlace(last, m.place);
      }
      // "The delegation, led by X, will also travel to A and B": X leads the trip already named.
      if (last && m.leaders) last.signatories = union(last.signatories, m.leaders);
      // "… le président de l'Université de Kara, X, qui dirigeait la délégation": his body travelled with it.
      if (last && m.leaderSides && !last.parties.some((p) => p.type === 'ORG')) last.parties = unionParties(m.leaderSides, last.parties);
      // "X a signé cette entente": the demonstrative adds who signed.
      // "La charte sera paraphée par A et par B": a planned agreement's signatories too.
      if (last && m.verbal && (m.status === 'signed' || last.status === 'planned')) last.signatories = union(last.signatories, m.signatories);
      continue;
    }
    const target = votedOn(sameType, m) ?? plannedAgain(sameType, m) ?? signedBeforePlan(sameType, m) ?? sameNounCompatible(sameType, m) ?? latestCompatible(sameType, m) ?? recentAntecedent(last, m) ?? sameNoun(sameType, m);
    if (target && renewsEarlier(target, m)) {
      // "En 2006, les deux villes renouvellent la charte": the renewal is signed on its own day, next to the original.
      const d = start(m);
      if (d.parties.length === 0) d.parties = [...target.parties];
      sameType.push(pushed(drafts, d));
    } else if (target) attach(target, m, m.cue && !m.voted);
    else if (canStart(m)) {
      const d = start(m);
      drafts.push(d);
      sameType.push(d);
    }
  }
  return drafts;
}

/** The agreement a follow-up plan comes from: the one its own sentence named before it, else the latest. */
function ledFrom(drafts: readonly EventDraft[], m: EventMention): EventDraft | undefined {
  const inSentence = drafts.find((d) => d.mentions.some((x) => x.sentence.start === m.sentence.start && x.region.start < m.region.start));
  return inSentence ?? drafts[drafts.length - 1];
}

/**
 * "… une charte d'amitié, première étape vers un jumelage. Cette charte engage …": a demonstrative goes back past a
 * plan the agreement led to, when its noun names the agreement before.
 */
function namedBefore(drafts: readonly EventDraft[], m: EventMention): EventDraft | undefined {
  const latest = drafts[drafts.length - 1];
  const before = drafts[drafts.length - 2];
  if (!latest?.mentions[0]!.follows || !before || m.type !== 'agreement') return latest;
  return !nounOfItsOwn(latest, m) || nounOfItsOwn(before, m) ? latest : before;
}

/**
 * "Sa signature est prévue en janvier 2027" after a text signed in 2018 was recalled: a signing still to come
 * belongs to the latest agreement not signed yet, when the latest one is signed.
 */
function stillToSign(drafts: readonly EventDraft[], m: EventMention): EventDraft | undefined {
  if (m.type !== 'agreement' || m.reference !== 'demonstrative' || m.status !== 'planned' || !m.signing) return undefined;
  if (drafts[drafts.length - 1]?.status !== 'signed') return undefined;
  for (let i = drafts.length - 2; i >= Math.max(0, drafts.length - LOOK_BACK); i--) if (drafts[i]!.status === 'planned') return drafts[i];
  return undefined;
}

/**
 * "A et B ont signé une entente. … C et D préparent une convention. « L'entente signée samedi n'est qu'un début »": a signing
 * told done, with no side of its own, goes back past the plan told since to the latest agreement signed, the one of its
 * noun when there is one.
 */
function signedBeforePlan(drafts: readonly EventDraft[], m: EventMention): EventDraft | undefined {
  if (m.type !== 'agreement' || m.reference === 'indefinite' || m.status !== 'signed' || !m.signing || m.parties.length > 0) return undefined;
  if (drafts[drafts.length - 1]?.status !== 'planned') return undefined;
  const signed = drafts.slice(Math.max(0, drafts.length - LOOK_BACK), -1).filter((d) => d.status === 'signed' && !d.historic);
  const head = agreementHead(m.trigger.kind);
  const named = drafts.some((d) => agreementHead(d.kind) === head);
  return named ? signed.filter((d) => agreementHead(d.kind) === head).pop() : signed.pop();
}

/**
 * "… poser les bases d'un jumelage entre A et B. Le même jour, X et Y ont paraphé une convention. La charte de jumelage
 * serait signée en juin": a signing still to come, told by a definite noun and no other side, belongs to the latest plan
 * whose noun it repeats, not to the signing told in between.
 */
function plannedAgain(drafts: readonly EventDraft[], m: EventMention): EventDraft | undefined {
  if (m.type !== 'agreement' || m.status !== 'planned' || !m.signing || m.reference !== 'definite') return undefined;
  if (drafts[drafts.length - 1]?.status !== 'signed') return undefined;
  const words = kindWords(m.trigger.kind);
  for (let i = drafts.length - 2; i >= Math.max(0, drafts.length - LOOK_BACK); i--) {
    const d = drafts[i]!;
    if (d.status === 'planned' && d.parties.length > 0 && (m.parties.length === 0 || shareParty(d.parties, m.parties)) && !(d.date && m.date && !sameDate(d.date.value, m.date.value)) && words.has(agreementHead(d.kind))) return d;
  }
  return undefined;
}

function kindWords(kind: string): Set<string> {
  return new Set([agreementHead(kind), ...fold(kind).split(/[^\p{L}]+/u).filter((w) => w.length > 3)]);
}

/** "- APPROUVE le projet de convention", "Council approved the agreement": the latest agreement named by the same noun. */
function votedOn(drafts: readonly EventDraft[], m: EventMention): EventDraft | undefined {
  if (!m.voted) return undefined;
  const head = agreementHead(m.trigger.kind);
  for (let i = drafts.length - 1; i >= Math.max(0, drafts.length - LOOK_BACK); i--) if (agreementHead(drafts[i]!.kind) === head) return drafts[i];
  return undefined;
}

/** A dated renewal of an agreement told before without one: a signing of its own. */
function renewsEarlier(d: EventDraft, m: EventMention): boolean {
  if (!m.renewal || !m.verbal || m.status !== 'signed' || !m.date || d.type !== 'agreement') return false;
  if (d.mentions.some((x) => x.renewal)) return false;
  return !d.date || !sameDate(d.date.value, m.date.value);
}

/** A plural agreement noun that names no two bodies: "six agreements", "trois accords signés", "signed agreements with partners from Wales". */
function isSummary(m: EventMention): boolean {
  return m.type === 'agreement' && m.trigger.plural && !m.pair && SUMMARY_DETERMINERS.has(m.trigger.determiner) && m.parties.filter((p) => p.type === 'ORG').length < 2;
}

const SUMMARY_DETERMINERS = new Set(['', 'des', 'les', 'ces', 'the', 'these']);

/** For each mention, how many agreements told after it stand on their own: signed or planned, sides named, singular. */
function detailedAgreementsAfter(mentions: readonly EventMention[]): number[] {
  const out = new Array<number>(mentions.length);
  let n = 0;
  for (let i = mentions.length - 1; i >= 0; i--) {
    out[i] = n;
    const m = mentions[i]!;
    if (m.type === 'agreement' && m.cue && !m.historic && !m.trigger.plural && m.parties.length > 0 && m.reference !== 'demonstrative') n++;
  }
  return out;
}

// "délégation québécoise", "Finnish delegation": the adjective that says whose trip it is.
const TRIP_ADJECTIVE = /^(?:délégations?|missions?)\s+(\p{Ll}{4,})$|^(\p{Lu}\p{Ll}{3,})\s+(?:[\p{Ll}-]+\s+)?(?:delegations?|missions?)$/u;

function tripAdjective(kind: string): string | undefined {
  const m = TRIP_ADJECTIVE.exec(kind.trim());
  return m ? (m[1] ?? m[2]!).toLowerCase() : undefined;
}

/**
 * "Une délégation rochevaloise à Sutton" as a title, then "… conduisait une délégation rochevaloise … en visite dans les
 * Cantons-de-l'Est": the body tells the trip its headline announced, by the same adjective, wherever each places it.
 */
function headlineTrip(drafts: readonly EventDraft[], m: EventMention): EventDraft | undefined {
  if (m.type !== 'mission' || m.heading || m.trigger.verb) return undefined;
  const own = tripAdjective(m.trigger.kind);
  if (!own) return undefined;
  return drafts.find((d) => tripAdjective(d.kind) === own && d.mentions.every((x) => x.heading && !x.date));
}

/**
 * The body's place is where the trip went: the headline's gives way to it, as the place and as the host; but for a
 * country, which says less than the headline's town ("Une délégation vannetaise à Trois-Rivières", then "venue au Canada").
 */
function placedByBody(d: EventDraft, m: EventMention): EventMention {
  const broad = d.place;
  if (!broad || !m.place || m.place === broad) return m;
  if (placeRank(m.place) === 3 && placeRank(broad) < 3) return { ...m, place: undefined, parties: m.parties.filter((p) => p !== m.place) };
  d.place = undefined;
  d.parties = d.parties.filter((p) => p !== broad);
  return m;
}

/**
 * "La délégation québécoise" after "une délégation mâconnaise" was told: the latest trip that
 * no other adjective names (the latest trip when each does).
 */
function tripNamedAgain(drafts: readonly EventDraft[], m: EventMention, index?: EntityIndex): EventDraft | undefined {
  // "La délégation des Hauts-de-France" after a trip to Maubeuge: the trip of its own side, if one was told.
  if (m.traveller) return [...drafts].reverse().find((d) => !isOtherTrip(d, m, index));
  const latest = drafts[drafts.length - 1];
  const own = tripAdjective(m.trigger.kind);
  if (!own) return latest;
  for (let i = drafts.length - 1; i >= Math.max(0, drafts.length - LOOK_BACK); i--) {
    const other = tripAdjective(drafts[i]!.kind);
    if (other === undefined || other === own) return drafts[i];
  }
  return latest;
}

function pairParties(m: EventMention, drafts: readonly EventDraft[], index: EntityIndex): ExtractedEntity[] {
  const parties = resolvePair(m.pair!, pairCandidates(drafts, m.type), index);
  if (parties.length > 0) return parties;
  if (TOWN_PAIR.test(m.pair!.noun)) return townsJustBefore(m, index);
  // No two bodies of the noun's kind are known: the latest sides, whatever they are.
  const bodies = bodiesJustBefore(m.pair!.noun, m.sentence.start, index);
  return bodies.length > 0 ? bodies : resolvePair(m.pair!, pairCandidates(drafts, m.type), index, false);
}

const TOWN_PAIR = /^(?:villes|communes|municipalités|cities|towns|municipalities)$/;
// The sentence before the pair: "La bourgmestre d'Uccle … a rencontré le maire de Yopougon."
const TOWNS_REACH = 300;

/** "Les deux communes" after a sentence that names two towns and no event: those two. */
function townsJustBefore(m: EventMention, index: EntityIndex): ExtractedEntity[] {
  const towns: ExtractedEntity[] = [];
  for (const x of index.within(Math.max(0, m.sentence.start - TOWNS_REACH), m.sentence.start)) {
    if (x.entity.type === 'PLACE' && !towns.includes(x.entity)) towns.push(x.entity);
  }
  return towns.length === 2 ? towns : [];
}

/**
 * The sides a pair anaphor may point back to, the latest last: "les deux sociétés ont entamé
 * des négociations en vue d'un contrat" names the sides of the latest agreement, not of a trip told since.
 */
function pairCandidates(drafts: readonly EventDraft[], type: EventMention['type']): ExtractedEntity[][] {
  const others = drafts.filter((d) => d.type !== type).map((d) => d.parties);
  return [...others, ...drafts.filter((d) => d.type === type).map((d) => d.parties)];
}

/**
 * "The original 2015 agreement was signed by …": an agreement of its own, kept out of the reported
 * one's mentions, between the same sides unless it names two of its own.
 */
function mergeEarlier(m: EventMention, earlier: EventDraft[], agreements: readonly EventDraft[], drafts: EventDraft[]): void {
  const known = [...earlier].reverse().find((d) => compatible(d, m));
  if (known) return attach(known, m, m.cue);
  if (!m.cue) return;
  const d = start(m);
  // The agreement it came before is one signed, not a plan told since.
  const reported = [...agreements].reverse().find((a) => a.status !== 'planned') ?? agreements[agreements.length - 1];
  if (m.parties.length < 2 && reported) d.parties = unionParties(m.parties, reported.parties);
  d.status = 'signed';
  d.historic = true;
  earlier.push(d);
  // Told beside the agreement it came before: the two are listed together.
  const at = reported ? drafts.indexOf(reported) : -1;
  if (at < 0) drafts.push(d);
  else drafts.splice(at + 1, 0, d);
}

/** A trip whose place so far is the one its title or section heading gives. */
function placedByHeading(d: EventDraft): boolean {
  const first = d.mentions[0]!;
  return d.type === 'mission' && first.heading === true && d.place !== undefined && first.place === d.place && !d.mentions.some((x) => x !== first && x.place === d.place);
}

/** The heading's place gives way to the told one, as the trip's place and as its host. */
function replaceHeadingPlace(d: EventDraft, place: ExtractedEntity): void {
  const broad = d.place!;
  d.place = place;
  if (d.parties.includes(broad)) d.parties = unionParties(d.parties.filter((p) => p !== broad), [place]);
}

/** "La délégation a séjourné en Beauce du 12 au 16 mai": where the delegation stayed, and from when to when. */
function isStay(m: EventMention): boolean {
  return m.stay === true && m.date !== undefined && m.date.value.includes('/');
}

/**
 * "Back in March 2024 a smaller group visited X for the first time", told during a trip of October: a trip told by its
 * verb and dated apart from the trip under way is an earlier (or later) trip, not one of its stops.
 */
function tripOfAnotherTime(last: EventDraft | undefined, m: EventMention): boolean {
  if (!last?.date || !m.date || !m.cue) return false;
  const [a, b] = comparableDates(last.date.value, m.date.value);
  return a !== undefined && b !== undefined && !sameDate(a, b);
}

/** Both values without their years when one has none ("--10-19/--10-23" and "2024-03" → "--03"); undefined for a bare year then. */
function comparableDates(a: string, b: string): [string | undefined, string | undefined] {
  if (!a.startsWith('--') && !b.startsWith('--')) return [a, b];
  const yearless = (v: string) => (v.startsWith('--') ? v : /^\d{4}-/.test(v) ? v.replace(/\d{4}-/g, '--') : undefined);
  return [yearless(a), yearless(b)];
}

/** A later sentence about "la délégation": its stops are an itinerary, neither sides nor the trip's date. */
function continuation(m: EventMention): EventMention {
  return { ...m, parties: [], date: undefined, place: undefined };
}

// A document names a handful of events; looking further back only costs time on pathological input.
const LOOK_BACK = 24;

function latestCompatible(drafts: readonly EventDraft[], m: EventMention): EventDraft | undefined {
  for (let i = drafts.length - 1; i >= Math.max(0, drafts.length - LOOK_BACK); i--) {
    if (compatible(drafts[i]!, m)) return drafts[i];
  }
  return undefined;
}

// "L'entente a été signée par …" in the sentence after an agreement is that agreement.
const ANTECEDENT_DISTANCE = 400;

function recentAntecedent(last: EventDraft | undefined, m: EventMention): EventDraft | undefined {
  if (!last || m.reference !== 'definite' || m.type !== 'agreement') return undefined;
  const previous = last.mentions[last.mentions.length - 1]!;
  if (previous.region.start === m.region.start) return undefined;
  if (m.region.start - previous.region.end > ANTECEDENT_DISTANCE) return undefined;
  if (last.date && m.date && !sameDate(last.date.value, m.date.value)) return undefined;
  if (last.signatories.length > 0 && m.signatories.length > 0 && !overlaps(last.signatories, m.signatories)) return undefined;
  // "… ont renouvelé leur protocole" between two other bodies: the next item of a list, not the last one again.
  // "The agreement was signed at X, by Y's president": a passive names no sides of its own.
  if (!m.passive && m.parties.length >= 2 && last.parties.some((p) => p.type === 'ORG') && !shareParty(last.parties, m.parties)) return undefined;
  return last;
}

/** "une convention" with no side named, after a convention was named: the same one again. */
function sameNoun(drafts: readonly EventDraft[], m: EventMention): EventDraft | undefined {
  if (m.parties.length > 0 || m.type !== 'agreement') return undefined;
  const head = agreementHead(m.trigger.kind);
  // "En bref : - Convention de partenariat signée le 13 novembre": a bare noun with no side recaps the agreement of its noun and time.
  const recapped = m.trigger.determiner === '' ? recapOf(drafts, m, head) : undefined;
  if (recapped) return recapped;
  // "… had started with a link agreement signed in Cardiff in 2014": a new one, told with its own time,
  // unless only an undated heading named it ("Un avenant signé, un autre attendu", then "En 2011, … un avenant").
  if (m.reference === 'indefinite' && m.cue && m.date) return headingOnly(drafts, m);
  return [...drafts].reverse().find((d) => agreementHead(d.kind) === head);
}

/** The agreement a bare noun recaps: its noun, its status, and (on a line of its own) its day. */
function recapOf(drafts: readonly EventDraft[], m: EventMention, head: string): EventDraft | undefined {
  const sameTime = (d: EventDraft) => (d.date && m.date ? sameDate(d.date.value, m.date.value) : !m.heading);
  return [...drafts].reverse().find((d) => agreementHead(d.kind) === head && d.parties.length > 0 && d.status === m.status && sameTime(d));
}

/** The latest agreement of the mention's noun that only an undated heading with no side named. */
function headingOnly(drafts: readonly EventDraft[], m: EventMention): EventDraft | undefined {
  if (m.type !== 'agreement' || m.heading) return undefined;
  const head = agreementHead(m.trigger.kind);
  return [...drafts].reverse().find((d) => agreementHead(d.kind) === head && !d.date && d.parties.length === 0 && d.mentions.every((x) => x.heading));
}

/**
 * "Photo : … après la signature de l'entente", told after a convention was planned: a noun with no
 * side named goes back to the latest agreement named by the same noun, not to the latest agreement.
 */
function sameNounCompatible(drafts: readonly EventDraft[], m: EventMention): EventDraft | undefined {
  if (m.parties.length > 0 || m.type !== 'agreement' || m.reference !== 'definite') return undefined;
  const head = agreementHead(m.trigger.kind);
  for (let i = drafts.length - 1; i >= Math.max(0, drafts.length - LOOK_BACK); i--) {
    if (agreementHead(drafts[i]!.kind) === head && compatible(drafts[i]!, m)) return drafts[i];
  }
  return undefined;
}

/** "convention-cadre de coopération" → "convention": a framework agreement is named again by its noun. */
function headNoun(kind: string): string {
  const lower = kind.toLowerCase();
  const end = lower.search(WORD_JOINER);
  const first = end < 0 ? lower : lower.slice(0, end);
  return first.endsWith('s') ? first.slice(0, -1) : first;
}
const WORD_JOINER = /[\s'’-]/;

function pushed(drafts: EventDraft[], d: EventDraft): EventDraft {
  drafts.push(d);
  return d;
}

function canStart(m: EventMention): boolean {
  if (!m.cue || isVisitProgramme(m)) return false;
  // "X et Y ont signé une entente", "une convention sera signée en mars" with no body named:
  // the document's actors are filled in later.
  // "The Lord Mayor led a delegation that was in the metro from 9 to 13 November": a trip dated by its days is
  // one made, whose sides the sentences after it name (its members, its hosts).
  return m.parties.length > 0 || (m.type === 'agreement' && m.signing === true && m.reference === 'indefinite') || daysOfTrip(m);
}

function daysOfTrip(m: EventMention): boolean {
  return m.type === 'mission' && !m.trigger.plural && m.date !== undefined && isDayRange(m.date.value);
}

// "… and included visits to farms near X", "un programme de visites le long de la baie": the stops of a trip, never a trip.
const BARE_PLURAL_VISITS = /^(?:visites|visits|séjours|trips)$/iu;

/** A plural trip noun with no determiner ("has been helpful with trade missions") or a bare "visits": trips in general, or a trip's stops. */
function isVisitProgramme(m: EventMention): boolean {
  if (m.type !== 'mission' || !m.trigger.plural || m.trigger.verb) return false;
  return m.trigger.determiner === '' || BARE_PLURAL_VISITS.test(m.trigger.kind.trim());
}

function start(m: EventMention): EventDraft {
  return {
    type: m.type,
    mentions: [m],
    kind: m.trigger.kind,
    parties: [...m.parties],
    signatories: [...m.signatories],
    date: m.date,
    place: m.place,
    occasion: m.occasion,
    status: m.type === 'agreement' ? m.status : undefined,
    statusFromCue: m.cue,
  };
}

function compatible(d: EventDraft, m: EventMention): boolean {
  // One clause that names several agreements ("avec A, B et C", "entre A et B et entre C et D") keeps them apart.
  if (d.mentions[d.mentions.length - 1]!.region.start === m.region.start) return false;
  // "… ont signé une entente. A et B signeront une convention": a plan told after a signing is another agreement.
  if (d.type === 'agreement' && d.status === 'signed' && m.status === 'planned' && m.cue && m.fresh) return false;
  if (namesAnotherAgreement(d, m) || otherThanHeadlinePlan(d, m, agreementHead) || likeAnother(d, m)) return false;
  if (d.date && m.date && !sameDate(d.date.value, m.date.value) && !isRealizedPlan(d, m)) return false;
  if (d.signatories.length > 0 && m.signatories.length > 0 && !overlaps(d.signatories, m.signatories)) return false;
  // Two trips, or two signings, in different places are different events ("au Maroc" then "à Casablanca" is one).
  if (d.place && m.place && !sameParty(d.place, m.place) && !containsPlace(d.place, m.place) && !containsPlace(m.place, d.place) && !sameSentenceAgain(d, m) && !signedElsewhereThanTrip(d, m)) return false;
  if (m.parties.length === 0) return m.reference === 'definite' || plansFurther(d, m);
  // An agreement first named with no side ("N.B. premier sign accords") takes the next one's,
  // unless it was a plan and the next one a signing told with its own noun ("… to drafting a charter, which they hope
  // to sign in 2031. The same afternoon, the college signed a memorandum with …").
  if (d.parties.length === 0) return !signedAfterPlan(d, m);
  if (d.type === 'mission') return sameTrip(d, m) && !isOtherTrip(d, m);
  return shareParty(d.parties, m.parties) || sameSentenceAgain(d, m);
}

/**
 * "A and B became sister cities on May 2, when their mayors signed a sister city agreement at X": the same noun twice in
 * one sentence, with one status, tells one signing, whatever place each clause gives it (a dateline's, the venue's).
 */
function sameSentenceAgain(d: EventDraft, m: EventMention): boolean {
  if (d.type !== 'agreement' || d.status !== m.status) return false;
  const last = d.mentions[d.mentions.length - 1]!;
  return last.sentence.start === m.sentence.start && agreementHead(last.trigger.kind) === agreementHead(m.trigger.kind);
}

function signedAfterPlan(d: EventDraft, m: EventMention): boolean {
  if (d.type !== 'agreement' || d.status !== 'planned' || !d.statusFromCue) return false;
  if (m.status !== 'signed' || !m.fresh || !m.verbal) return false;
  return nounOfItsOwn(d, m);
}

// The next sentence: no more than its spacing lies between two sentences.
const NEXT_SENTENCE_GAP = 3;

/**
 * "Les maires ont évoqué l'idée d'un jumelage entre A et B. Un projet de charte est en préparation et pourrait être
 * signé en 2027": a plan named with no side in the sentence right after a plan with its sides, and not yet dated,
 * tells the same plan more precisely.
 */
function plansFurther(d: EventDraft, m: EventMention): boolean {
  if (!undatedPlanThenPlan(d, m)) return false;
  const last = d.mentions[d.mentions.length - 1]!;
  return m.sentence.start > last.sentence.end - 1 && m.sentence.start - last.sentence.end <= NEXT_SENTENCE_GAP;
}

/** An undated plan, then a mention of a plan with its own planning cue. */
function undatedPlanThenPlan(d: EventDraft, m: EventMention): boolean {
  return d.type === 'agreement' && d.status === 'planned' && m.status === 'planned' && m.cue && !d.date;
}

/** A plan told by "both sides" in the sentence of an undated plan between the same two sides, or in the next one. */
function pairPlansFurther(d: EventDraft, m: EventMention): boolean {
  if (!undatedPlanThenPlan(d, m)) return false;
  const last = d.mentions[d.mentions.length - 1]!;
  if (last.region.start === m.region.start || m.sentence.start < last.sentence.start || m.sentence.start - last.sentence.end > NEXT_SENTENCE_GAP) return false;
  return m.parties.length > 0 && shareParty(d.parties, m.parties);
}

/**
 * "… signent la charte de jumelage. En 2011, A et B signent une convention de coopération", "- A letter of
 * intent between …" after "- A memorandum …": a signing told with an indefinite article, its two sides
 * and a noun of its own is another agreement than a signed or planned one named by another noun.
 */
function namesAnotherAgreement(d: EventDraft, m: EventMention): boolean {
  if (d.type !== 'agreement' || !(d.status === 'signed' || plannedByCue(d)) || d.parties.length < 2) return false;
  // "… ont renouvelé leur accord d'échanges" names its own agreement as much as "une convention" does.
  if (!(m.fresh || (m.renewal && m.verbal)) || m.status !== 'signed' || m.parties.length < 2 || !(m.verbal || m.inherited)) return false;
  return nounOfItsOwn(d, m);
}

// "une convention similaire", "a similar agreement": one like the agreement told, not that one.
const LIKE_ANOTHER = /(?:^|\s)(?:similaires?|semblables?|analogues?|similar)(?![\p{L}])/iu;

/** "La Province avait déjà conclu en 2021 une convention similaire avec X": another agreement, with sides of its own. */
function likeAnother(d: EventDraft, m: EventMention): boolean {
  return d.type === 'agreement' && m.parties.length > 0 && LIKE_ANOTHER.test(m.trigger.kind) && !LIKE_ANOTHER.test(d.kind);
}

/** No mention of `d` names its agreement with `m`'s head noun. */
function nounOfItsOwn(d: EventDraft, m: EventMention): boolean {
  const head = agreementHead(m.trigger.kind);
  return d.mentions.every((x) => agreementHead(x.trigger.kind) !== head);
}

/**
 * "A friendship agreement … is being drafted", then "In 2019 A signed a letter of intent with B": the signing told
 * with a noun of its own is an earlier step, not the plan come true.
 */
function plannedByCue(d: EventDraft): boolean {
  // A headline's "vers un partenariat" announces the body's signing, whatever noun the body uses;
  // "En juin 2021, … approuvaient un projet de partenariat", then "Le 18 mai, … a signé un protocole": a dated plan, then its signing.
  // "… a first step toward a sister city agreement, which they hope to sign in 2027": a plan of its own, dated or not.
  return d.status === 'planned' && d.statusFromCue && (!d.date || d.mentions[0]!.follows === true) && d.mentions.some((x) => !x.heading);
}

/** The head noun, an acronym read as its full form: "MOU" is a memorandum. */
export function agreementHead(kind: string): string {
  const head = headNoun(kind);
  return head === 'mou' ? 'memorandum' : head;
}

/**
 * A document's trips share their travelling side, so a shared party is not enough: the
 * destination must match, or the mention must be a plain, undated "une délégation".
 */
function sameTrip(d: EventDraft, m: EventMention): boolean {
  // "Une délégation brévannaise fera le voyage" after the trip of 2003: a trip announced is not one told as made.
  if (m.reference === 'indefinite' && !m.trigger.verb && m.planned && !d.mentions.some((x) => x.planned)) return false;
  // "… une mission de retour que dirigera la mairesse au Sénégal. En 2019, une mission exploratoire s'était rendue à Dakar": nor a dated trip told as made one announced.
  if (m.reference === 'indefinite' && !m.trigger.verb && !m.planned && m.date && d.mentions.every((x) => x.planned)) return false;
  if (d.place && m.place) return true;
  if (m.date && (!d.date || !sameDate(d.date.value, m.date.value))) return false;
  if (m.trigger.strong && m.trigger.kind.toLowerCase() !== d.kind.toLowerCase()) return false;
  return shareParty(d.parties, m.parties);
}

/**
 * "2011" and "2011-05-18" may name the same day; "2011" and "2012" do not. A day within a range
 * is the same time ("signed on Oct. 6" during the visit "from Oct. 5 to 7").
 */
function sameDate(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a) || dayWithin(a, b) || dayWithin(b, a);
}

function dayWithin(day: string, range: string): boolean {
  const [from, to] = range.split('/');
  return to !== undefined && !day.includes('/') && day.length === from!.length && from! <= day && day <= to;
}

/** A plan, then its signing: the same agreement at two dates. */
function isRealizedPlan(d: EventDraft, m: EventMention): boolean {
  return d.type === 'agreement' && d.statusFromCue && d.status !== m.status && m.cue && !planAfterSigning(d, m);
}

/**
 * "… signed the protocol on 3 March 2025. A friendship charter is to be signed in May 2026": a plan dated after a signing
 * is another agreement, unless the same noun names it again ("The protocol comes up for review in 2029").
 */
function planAfterSigning(d: EventDraft, m: EventMention): boolean {
  if (d.status !== 'signed' || m.status !== 'planned' || !d.date || !m.date) return false;
  if (m.reference !== 'indefinite' && !nounOfItsOwn(d, m)) return false;
  const signedOn = d.date.value.split('/').pop()!;
  const plannedFor = m.date.value.split('/')[0]!;
  // Only years told in full compare: "--11-09" has no year.
  return /^\d{4}/.test(signedOn) && /^\d{4}/.test(plannedFor) && plannedFor.slice(0, signedOn.length) > signedOn;
}

/** Adds a mention's evidence; a full (non-demonstrative) mention also adds its arguments. */
function attach(d: EventDraft, m: EventMention, full: boolean): void {
  d.mentions.push(m);
  if (full && m.type === 'mission' && m.trigger.strong && !d.mentions[0]!.trigger.strong) d.kind = m.trigger.kind;
  // A headline's bare "partenariat" is named more precisely by the body's "convention de jumelage".
  if (full && m.type === 'agreement' && !/\s/.test(d.kind.trim()) && /\s/.test(m.trigger.kind) && m.reference !== 'demonstrative') d.kind = m.trigger.kind;
  d.date ??= m.date && m.cue ? m.date : undefined;
  // The headline's "en mai", the body's "le 24 mai": the finer date of the same time.
  if (d.date && m.date && m.cue && refinesDate(d.date.value, m.date.value, d.type === 'mission')) d.date = m.date;
  // "… au terme d'une mission menée du 2 au 6 novembre", then "Le protocole a été signé le 4 novembre": the day it was signed.
  if (d.type === 'agreement' && d.date && m.date && m.cue && m.status === 'signed' && dayWithin(m.date.value, d.date.value)) d.date = m.date;
  // "séjourne au Mali du 16 au 21 mars" then "se rendront à Niono": a stop of a trip dated with its place is no refinement.
  if (d.place && m.place && containsPlace(d.place, m.place) && !(d.type === 'mission' && !m.date && d.mentions.some((x) => x !== m && x.place === d.place && x.date))) {
    // The headline's country, the body's city: the city is where it was; the country is no side of its own.
    const country = d.place;
    d.place = m.place;
    if (d.parties.includes(m.place) || m.parties.includes(m.place)) d.parties = d.parties.filter((p) => p !== country);
  }
  // "signed … during a visit to the X region", then "The MoU was signed at the Y Town Hall": where it was signed outweighs where the trip went.
  if (signedElsewhereThanTrip(d, m)) d.place = m.place;
  d.place ??= m.place;
  d.occasion ??= m.occasion;
  // "le conseil municipal de X a approuvé le projet", then "le projet de protocole entre la Ville de Y et la Ville de X": two bodies of X are one side.
  if (sideCount(d.parties) < 2 && m.parties.length > 0) d.parties = unionParties(d.parties, m.parties);
  if (!full) return;
  d.parties = unionParties(d.parties, m.parties);
  d.signatories = union(d.signatories, m.signatories);
  // "April 2027: signature of the memorandum": a bare noun of signing does not make a plan told with its cue signed.
  if (d.type === 'agreement' && m.cue && m.status === 'signed' && (d.status !== 'planned' || !d.statusFromCue || (m.verbal && !bareRetelling(m)))) {
    if (d.status === 'planned' && m.date) d.date = m.date;
    d.status = 'signed';
    d.statusFromCue = true;
  } else if (d.type === 'agreement' && m.cue && !d.statusFromCue) {
    d.status = m.status;
    d.statusFromCue = true;
  }
}

/**
 * "whoever signs the agreements", "- 2 agreements signed", "this is the first partnership signed by the council": a plural
 * noun, or one with neither side nor date, tells no signing of a plan told with its own cue.
 */
function bareRetelling(m: EventMention): boolean {
  return m.trigger.plural || (m.parties.length === 0 && !m.date && m.signatories.length === 0);
}

/** An agreement placed only where a trip went ("signed during a visit to X") and a signing mention with a place of its own. */
function signedElsewhereThanTrip(d: EventDraft, m: EventMention): boolean {
  if (d.type !== 'agreement' || !d.place || !m.place || !m.signing || m.tripPlace || m.place === d.place) return false;
  return d.mentions.some((x) => x.place === d.place && x.tripPlace) && !d.mentions.some((x) => x.place === d.place && !x.tripPlace);
}

/** True when `outer` is a country and `inner` a place in it ("Maroc" and "Casablanca"). */
function containsPlace(outer: ExtractedEntity, inner: ExtractedEntity): boolean {
  if (outer === inner || !outer.geo || !inner.geo || outer.geo.country !== inner.geo.country) return false;
  return (isCountry(outer) && !isCountry(inner)) || insideTerritory(inner, outer);
}

let countryForms: ReadonlyMap<string, ReadonlySet<string>> | undefined;

function isCountry(e: ExtractedEntity): boolean {
  countryForms ??= new Map([...countryNames()].map(([code, names]) => [code, new Set(names.map(fold))]));
  return countryForms.get(e.geo?.country ?? '')?.has(foldedName(e)) ?? false;
}

function overlaps(a: readonly ExtractedEntity[], b: readonly ExtractedEntity[]): boolean {
  return a.some((x) => b.includes(x));
}

function union(a: readonly ExtractedEntity[], b: readonly ExtractedEntity[]): ExtractedEntity[] {
  return [...new Set([...a, ...b])];
}
