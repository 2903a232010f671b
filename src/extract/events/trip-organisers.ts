import { wordRegex } from '../text/word-regex.js';
import type { ExtractedEntity, Span } from '../types.js';
import { demonymPlace } from './demonym-place.js';
import { coordinatedList } from './find-arguments.js';
import { MAX_MENTIONS, nextSentence, toldSentences, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { draftHosts } from './mission-hosts.js';
import { fold, foldedName, sameParty } from './same-party.js';
import { territoryOf } from './pair-anaphor.js';
import { insideTerritory, placeRank } from './place-rank.js';

// "une mission … organisée par l'AWEX et la CCI", "The mission, organised by X with Y", "Organisée par X, elle …".
const ORGANISED_BY = wordRegex(String.raw`\b(?:organisée?s?|organi[sz]ed|mise?s?\s+sur\s+pied|coordonnée?s?|coordinated)\s+(?:par|by)\s+`);
const ORGANISED_STEM = /organi|sur\s+pied|coordonn|coordinated/i;
// "X with Y", "X avec Y": a co-organiser; "en collaboration avec Y", "in partnership with Y" only help.
const WITH_NEXT = /^\s*(?:,\s*)?(?:with|avec)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?$/iu;
// "organisée par l'Agence wallonne … (AWEX) et la Chambre de commerce … (CCILB)": a list of long names.
const LIST_REACH = 200;
const FIRST_BODY_REACH = 30;

/**
 * The bodies that organise a trip travel with it: "une mission économique … organisée par la
 * Chambre de commerce X" has X as its travelling side, and so has "The mission, organised by
 * the combined authority with the chamber of commerce" both. Read in the trip's own sentences
 * and in the sentence just after one that tells no other event.
 */
export function tripOrganisers(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  const told = toldSentences(drafts);
  for (const d of drafts) {
    if (d.type !== 'mission' || hasTravellers(d)) continue;
    for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
      // "une mission … organisée par X", "The mission, organised by X": the cue soon after the trip's noun.
      let found = organisers(ctx, { start: m.trigger.end, end: Math.min(m.sentence.end, m.trigger.end + NOUN_TO_CUE) }, m.sentence.end, false);
      // "Organisée par X, elle …": a fronted cue opening the next sentence.
      const next = nextSentence(sentences, m.sentence);
      if (found.length === 0 && next && !told.has(next.start)) found = organisers(ctx, next, next.end, true);
      if (found.length > 0 && territoryTravels(ctx, m.sentence)) continue;
      const added = found.filter((o) => !d.parties.some((p) => sameParty(p, o)));
      if (added.length > 0) d.parties = [...added, ...d.parties];
    }
  }
}

// "une mission commerciale dans le nord-est de l'Ontario organisée par": a few words between noun and cue.
const NOUN_TO_CUE = 80;

/** A trip whose parties are all places it went to names no travelling side. */
function hasTravellers(d: EventDraft, type?: ExtractedEntity['type']): boolean {
  const hosts = draftHosts(d);
  return d.parties.some((p) => !hosts.has(p) && p !== d.place && (type === undefined || p.type === type));
}

// "About 20 Nova Scotia companies will join the mission": a territory's firms travel; the body that organised the trip for them is not a side.
const FIRMS_AFTER = /^\s+(?:companies|firms|businesses|exporters|entrepreneurs|manufacturers|suppliers)(?![\p{L}])/u;

function territoryTravels(ctx: MentionContext, s: Span): boolean {
  return ctx.index.within(s.start, s.end).some((m) => m.entity.type === 'PLACE' && FIRMS_AFTER.test(ctx.text.slice(m.end, m.end + 16)));
}

/** The bodies after an "organisée par" cue found in `s`, read up to `limit` (the sentence's end). */
function organisers(ctx: MentionContext, s: Span, limit: number, fronted: boolean): ExtractedEntity[] {
  const span = ctx.text.slice(s.start, s.end);
  if (!ORGANISED_STEM.test(span)) return [];
  const cue = ORGANISED_BY.exec(span);
  if (!cue || (fronted && span.slice(0, cue.index).trim() !== '')) return [];
  const from = s.start + cue.index + cue[0].length;
  // "organisée par hub.brussels, l'agence bruxelloise …": a short name the finder missed may come first.
  const first = ctx.index.within(from, limit).find((m) => m.entity.type !== 'PERSON');
  if (!first || first.start - from > FIRST_BODY_REACH || first.entity.type !== 'ORG') return [];
  const end = Math.min(limit, from + LIST_REACH);
  const list = coordinatedList(ctx.text, ctx.index, first.start, end);
  const bodies = list.mentions.filter((m) => m.entity.type === 'ORG');
  const next = ctx.index.within(list.end, end)[0];
  const partner = next && next.entity.type === 'ORG' && WITH_NEXT.test(ctx.text.slice(list.end, next.start)) ? [next.entity] : [];
  return [...new Set([...bodies.map((m) => m.entity), ...partner])];
}

/**
 * "Une délégation valaisanne à Valtorta", "an Icelandic delegation to Nova Scotia": a trip named only
 * by where it went travels from the place its adjective names.
 */
export function demonymTravellers(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'mission' || d.parties.length === 0 || hasTravellers(d, 'PLACE')) continue;
    const bodies = hasTravellers(d);
    let country: ExtractedEntity | undefined;
    let town: ExtractedEntity | undefined;
    for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
      if (m.trigger.verb) continue;
      const own = demonymPlace(ctx.text, ctx.index, m.trigger);
      if (!own || own === d.place || d.parties.some((p) => sameParty(p, own))) continue;
      // The adjective, not the name itself: "BOISE, Idaho - A delegation" names where the news is from.
      if (namesWord(fold(ctx.text.slice(Math.max(0, m.trigger.start - 40), m.trigger.end + 40)), foldedName(own))) continue;
      // "La délégation carolorégienne … comprend des cadres de X": the town whose bodies travel is a side too;
      // a province around them ("délégation québécoise") only says where they are from.
      if (!bodies || ownTown(own, d, ctx)) {
        town = own;
        break;
      }
      // A country whose adjective qualifies the noun itself ("la délégation norvégienne", "a Czech delegation") is the
      // side its bodies travel for, unless another telling names their town ("la délégation japonaise … xienne").
      if (!country && placeRank(own) === 3 && holdsTraveller(own, d, ctx) && demonymPlace(ctx.text, ctx.index, m.trigger, true) === own) country = own;
    }
    if (town) d.parties = [town, ...d.parties];
    // After its bodies: the trip's first parties still tell who travelled and where to.
    else if (country) d.parties = [...d.parties, country];
  }
}

/** A town or a region that holds none of the trip's travelling bodies' towns. */
function ownTown(own: ExtractedEntity, d: EventDraft, ctx: MentionContext): boolean {
  return placeRank(own) !== 3 && !holdsTraveller(own, d, ctx);
}

/** The territory holds the town of one of the trip's bodies. */
function holdsTraveller(own: ExtractedEntity, d: EventDraft, ctx: MentionContext): boolean {
  return d.parties.some((p) => {
    const town = territoryOf(p, ctx.index);
    return town !== undefined && insideTerritory(town, own);
  });
}

/** True when `word` stands as a whole word in `text` ("valais" is not one in "valaisanne"). */
function namesWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!LETTER.test(text[i - 1] ?? ' ') && !LETTER.test(text[i + word.length] ?? ' ')) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;
