import type { DateMention } from '../dates/extract-dates.js';
import type { Span } from '../types.js';
import { namesOther } from './alias-repeats.js';
import type { EventMention } from './event-mention.js';
import { takeMentions, type EventDraft } from './merge-mentions.js';
import { seatedIn } from './retold-events.js';
import { sameParty, shareParty } from './same-party.js';
import { duringTrip } from './trip-span.js';

/**
 * "A delegation returned from a week-long mission with a signed agreement", then "On Thursday, August 20, X and Y
 * signed a memorandum …": a signing told first with no day of its own (the trip's days, the month, the release's
 * date) and then told again on the day it was signed is one signing. The later telling, with its day, stays; when
 * it only points back ("signed the agreement on August 3"), the first telling's sides and noun are the signing's.
 */
export function summarySignings(drafts: EventDraft[], text: string): void {
  for (let i = 0; i < drafts.length; i++) {
    const told = drafts[i]!;
    if (!isSigning(told) || ownDay(told) || ownDate(told, text)) continue;
    const later = drafts.find((d) => d !== told && toldLaterOnItsDay(d, told, drafts, text));
    if (!later) continue;
    // "… signed the agreement on August 3", with no telling of its own but a headline's: it points back to the first one.
    const back = later.mentions.every((m) => m.reference !== 'indefinite' || m.heading === true) && told.parties.length >= 2;
    // "X et Y ont signé …" after "La Ville de X et la commune de Y ont officialisé …": the bodies.
    const bodies = later.parties.every((p) => p.type === 'PLACE') && told.parties.some((p) => p.type === 'ORG') && seatedIn(told.parties, later.parties);
    takeMentions(later, told);
    if (back || bodies) later.parties = told.parties;
    if (back) later.kind = told.kind;
    later.signatories = [...new Set([...later.signatories, ...told.signatories])];
    later.place = (back ? told.place : undefined) ?? later.place ?? told.place;
    later.occasion ??= told.occasion;
    drafts.splice(i--, 1);
  }
}

/** `d` tells the same signing after `told`, on a day within `told`'s dates, with its sides or (in the lead) the trip's. */
function toldLaterOnItsDay(d: EventDraft, told: EventDraft, drafts: readonly EventDraft[], text: string): boolean {
  const at = told.mentions[0]!.region.start;
  if (!isSigning(d) || (dayMention(d)?.region.start ?? -1) <= at || !fits(d.date!, told.date)) return false;
  const lead = at < LEAD_REACH && !namesBoth(told, text) && !retoldInBody(told);
  return sameSides(d, told) || (lead && (tripSides(told, d.date!, drafts) || toldWithTrip(told, d.date!, drafts)));
}

/** "… a débouché sur une lettre d'intention", then "Le même jour, X et Y ont signé une lettre d'intention": the body tells it on its own. */
function retoldInBody(d: EventDraft): boolean {
  return d.mentions.some((m) => m.region.start >= LEAD_REACH && m.reference === 'indefinite' && m.verbal === true && m.parties.length > 0);
}

function isSigning(d: EventDraft): boolean {
  return d.type === 'agreement' && d.status !== 'planned' && !d.historic && d.parties.length > 0;
}

/** A single day told in one of the draft's own sentences. */
function ownDay(d: EventDraft): boolean {
  return dayMention(d) !== undefined;
}

/** The mention whose sentence tells the draft's day. */
function dayMention(d: EventDraft): EventMention | undefined {
  const date = d.date;
  if (date === undefined || !/-\d\d-\d\d$/.test(date.value) || date.value.includes('/')) return undefined;
  return d.mentions.find((m) => inside(date, m.sentence));
}

/**
 * "la charte de jumelage signée en 1987": a year or a month told in its own clause dates a signing of its own; a trip's
 * days do not, nor a year that names an edition ("during the 2026 X Festival", "l'édition 2026").
 */
function ownDate(d: EventDraft, text: string): boolean {
  const date = d.date;
  if (date === undefined || date.value.includes('/') || !d.mentions.some((m) => inside(date, m.sentence))) return false;
  return !(/^\d{4}$/.test(date.value) && EDITION_BEFORE.test(text.slice(Math.max(0, date.start - 20), date.start)));
}

const EDITION_BEFORE = /(?:\b(?:the|this|its|their)|\bl['’]édition|\bédition)\s+$/iu;

function inside(date: DateMention, s: Span): boolean {
  return s.start <= date.start && date.end <= s.end;
}

// How far into a story its lead runs: a headline, a byline, a dateline and the opening paragraph.
const LEAD_REACH = 700;

/**
 * "TOWN — A trade mission came home from Region with a signed port agreement": a lead signing whose only sides
 * are the trip's (its travellers, its hosts) is one signed during that trip, on one of its days.
 */
function tripSides(d: EventDraft, day: DateMention, drafts: readonly EventDraft[]): boolean {
  return d.parties.every((p) =>
    drafts.some((t) => t.type === 'mission' && (t.date === undefined || duringTrip(day.value, t.date.value)) && (t.parties.some((q) => sameParty(p, q)) || (t.place !== undefined && sameParty(p, t.place)))),
  );
}

/**
 * "X's delegation, from Germany, ended its visit to Y with one agreement signed": a lead
 * signing told in the trip's own sentence, with only places for sides (where the travellers come from, where they
 * went, the country around either), is one signed during that trip.
 */
function toldWithTrip(d: EventDraft, day: DateMention, drafts: readonly EventDraft[]): boolean {
  if (!d.parties.every((p) => p.type === 'PLACE')) return false;
  const sentence = d.mentions[0]!.sentence.start;
  return drafts.some((t) => t.type === 'mission' && (t.date === undefined || duringTrip(day.value, t.date.value)) && t.mentions.some((m) => m.sentence.start === sentence));
}

// "a signed friendship agreement between X and Y": the lead names the agreement's own two sides.
const BETWEEN = /\b(?:between|entre)\b/iu;

function namesBoth(d: EventDraft, text: string): boolean {
  return d.mentions.some((m) => BETWEEN.test(text.slice(m.region.start, m.region.end)));
}

function sameSides(a: EventDraft, b: EventDraft): boolean {
  // "X Technological University (XTU)", then "XTU": a body and its acronym are one side.
  const alias = a.parties.some((x) => b.parties.some((y) => namesOther(x, y) || namesOther(y, x)));
  return alias || shareParty(a.parties, b.parties) || seatedIn(a.parties, b.parties) || seatedIn(b.parties, a.parties);
}

/** The day falls within the first telling's days or month, when it has any. */
function fits(day: DateMention, first: DateMention | undefined): boolean {
  return first === undefined || duringTrip(day.value, first.value);
}
