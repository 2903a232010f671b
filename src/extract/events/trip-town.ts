import type { ExtractedEntity } from '../types.js';
import type { EntityMention } from './entity-index.js';
import type { EventMention } from './event-mention.js';
import { isDescribedSeat, isDestination, isLocative, isPartySeat, isPostSeat, isSitePlaceName } from './find-arguments.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { territoryOf } from './pair-anaphor.js';
import { placeRank } from './place-rank.js';
import { isTerritory } from './signing-town-trip.js';
import { TOWN_BODY_HEAD, TOWN_BODY_TAIL } from '../lexicons/town-body-words.js';

// A cue that ends right before a body's name (an article may follow it).
const AT_THE_INVITATION_OF = String.raw`(?:à|sur)\s+l['’]invitation\s+(?:de|d['’]|du)|at\s+the\s+invitation\s+of`;
const cueBefore = (cue: string): RegExp => new RegExp(String.raw`(?:^|[^\p{L}])(?:${cue})\s+(?:la\s+|le\s+|l['’]|les\s+|the\s+)?$`, 'iu');

// "accueillie par la Communauté urbaine de X", "à l'invitation de la commune de X", "hosted by the City of X":
// the body that receives the trip, just before its name.
const HOST_BEFORE = cueBefore(String.raw`(?:accueillie?s?|reçue?s?|hosted|received|welcomed|invited)\s+(?:par|by)|${AT_THE_INVITATION_OF}`);

// "s'est rendue au Sénégal, à l'invitation de la commune de X", "travelled to Peru at the invitation of the City of X":
// the town that invited the trip, which names it even beside the country the trip is worded as.
const INVITED_BEFORE = cueBefore(String.raw`${AT_THE_INVITATION_OF}|invited\s+by`);

// A town's own body: its commune, city, council or town hall ("commune urbaine de X", "City of X", "X City Council").
// "Conseil communal de X" is a town's council where a commune is the town (Morocco, Belgium, Switzerland).
// The end of the first word is tested as "no letter next": \b does not see the end of "municipalité".
const TOWN_BODY = new RegExp(String.raw`^${TOWN_BODY_HEAD}(?![\p{L}])|\b${TOWN_BODY_TAIL}$`, 'iu');

/**
 * A trip worded as a country or a region ("s'est rendue au Sénégal", "a mission to Brazil") whose own sentence
 * then names the town it went to, after a locative ("…, à X", "to X, Country") or as the town whose
 * commune or council received it, took place in that town.
 */
export function tripTowns(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'mission' || !d.place || !isTerritory(d.place)) continue;
    const territory = d.place;
    // "Une délégation X à A" as a title, then "… en visite dans B": the body's telling places the trip.
    let town: ExtractedEntity | undefined;
    for (const m of d.mentions) if (!m.heading && (town = townOfTrip(ctx, m, territory))) break;
    // A trip that the text takes to more than one town of the territory toured it, and stays placed in the whole.
    if (!town || visitedTowns(ctx, territory).size > 1) continue;
    d.place = town;
    // A trip with one side named is received by the town it goes to.
    if (d.parties.length < 2 && !d.parties.includes(town)) d.parties.push(town);
  }
}

/** The one town inside `territory` that the trip mention's sentence names as where it went. */
function townOfTrip(ctx: MentionContext, m: EventMention, territory: ExtractedEntity): ExtractedEntity | undefined {
  const { text, index } = ctx;
  const inside = (e: ExtractedEntity): boolean => e.type === 'PLACE' && !isTerritory(e) && !isSitePlaceName(e.name) && within(e, territory);
  const after = index.within(m.trigger.end, m.sentence.end);
  // "took the delegation to X, Y and Z", "visited X and the campus in Y": a tour of several towns names none as the place.
  const visited = after.filter((x) => x.entity.type === 'PLACE' && !isTerritory(x.entity) && (isLocative(text, x) || isDestination(text, x)));
  const touring = new Set(visited.map((x) => x.entity)).size > 1;
  const located = touring ? [] : visited.filter((x) => inside(x.entity) && !isSeat(ctx, x) && !isStop(ctx, m, x)).map((x) => x.entity);
  // "a séjourné dans les Laurentides, accueillie par la Ville de X": a trip worded as the territory keeps it, whoever hosts,
  // unless the territory is a country and a town invited the trip.
  const worded = index.within(m.sentence.start, m.sentence.end).some((x) => x.entity === territory);
  const bodies = index.within(m.sentence.start, m.sentence.end).filter((x) => x.entity.type === 'ORG' && TOWN_BODY.test(x.entity.name));
  const hosts = (worded ? [] : bodies.filter((x) => HOST_BEFORE.test(before(text, x)))).flatMap((x) =>
    index.withinAll(x.start, x.end).filter((y) => y.entity !== x.entity && inside(y.entity)).map((y) => y.entity),
  );
  const towns = new Set([...located, ...hosts, ...(worded ? invitingTowns(ctx, territory, bodies) : [])]);
  return towns.size === 1 ? [...towns][0] : undefined;
}

/** The words just before a mention, where a host or an invitation cue ends. */
function before(text: string, x: EntityMention): string {
  return text.slice(Math.max(0, x.start - 40), x.start);
}

/** The towns whose own bodies invited a trip worded as a country ("au Sénégal, à l'invitation de la commune de X"). */
function invitingTowns(ctx: MentionContext, territory: ExtractedEntity, bodies: readonly EntityMention[]): ExtractedEntity[] {
  if (placeRank(territory) !== 3) return [];
  return bodies
    .filter((x) => INVITED_BEFORE.test(before(ctx.text, x)))
    .map((x) => territoryOf(x.entity, ctx.index))
    // The town may share its name with its province ("Brelac"): its body makes it the town.
    .filter((town): town is ExtractedEntity => town !== undefined && town !== territory && !isSitePlaceName(town.name) && within(town, territory));
}

// "to X, Y and Z", "à X et à Y": one stop of a list; "also travelled to X": a stop beside the trip's main place.
const LISTED_AFTER = /^\s*(?:,|and|et|&)\s+(?:à\s+|to\s+)?(?:the\s+|la\s+|le\s+)?\p{Lu}/u;
const LISTED_BEFORE = /^\s*(?:,|and|et|&)\s+(?:à\s+|au\s+|to\s+|in\s+)?(?:the\s+|la\s+|le\s+)?$/u;
const ALSO = /(?:^|[^\p{L}])(?:also|aussi|également|on\s+to|onward|ensuite|puis)(?![\p{L}])/iu;

// "the university's campus in X", "a plant in X": where a site visited stands, not where the trip went.
const SITE_BEFORE = /(?:^|[^\p{L}])(?:campus|site|plant|usine|factory|facility|office|bureau|headquarters|siège|branch|antenne)\s+(?:in|at|à|au)\s+$/iu;

function isStop(ctx: MentionContext, m: EventMention, x: EntityMention): boolean {
  const before = ctx.text.slice(Math.max(0, x.start - 40), x.start);
  if (SITE_BEFORE.test(before) || ALSO.test(ctx.text.slice(m.trigger.end, x.start))) return true;
  const previous = ctx.index.within(x.start - 40, x.start).pop();
  if (previous?.entity.type === 'PLACE' && LISTED_BEFORE.test(ctx.text.slice(previous.end, x.start))) return true;
  if (!LISTED_AFTER.test(ctx.text.slice(x.end, x.end + 30))) return false;
  // "to X, Country": the country after the town says where it is.
  const next = ctx.index.within(x.end, x.end + 40)[0];
  return next === undefined || !isTerritory(next.entity);
}

/** The towns of the territory that the whole text puts after a locative or a destination word. */
function visitedTowns(ctx: MentionContext, territory: ExtractedEntity): Set<ExtractedEntity> {
  const { text, index } = ctx;
  const visited = index.all.filter((x) => x.entity.type === 'PLACE' && !isTerritory(x.entity) && within(x.entity, territory) && (isLocative(text, x) || isDestination(text, x)) && !isSeat(ctx, x));
  return new Set(visited.map((x) => x.entity));
}

function isSeat(ctx: MentionContext, x: EntityMention): boolean {
  return isPartySeat(ctx.text, ctx.index, x) || isPostSeat(ctx.text, x) || isDescribedSeat(ctx.text, ctx.index, x);
}

/** The town lies in the territory: the gazetteer puts both in one country, or does not place the town. */
function within(town: ExtractedEntity, territory: ExtractedEntity): boolean {
  return !town.geo || !territory.geo || town.geo.country === territory.geo.country;
}
