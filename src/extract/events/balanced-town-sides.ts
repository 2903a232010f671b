import type { ExtractedEntity } from '../types.js';
import { MAX_MENTIONS, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { pairAnaphor } from './pair-anaphor.js';
import { placeRank } from './place-rank.js';
import { dayInSpan } from './trip-day-place.js';
import { foldedName, namesBodyOf, sameParty } from './same-party.js';

// A town's own body, then the town (folded): "Ville de X", "Commune urbaine de X", "City of X", "Stadt X", "Akimat of X",
// "Câmara Municipal de X", "H. Ayuntamiento de X", "Arrondissement de X"; not a region's or a county's body.
const MUNICIPAL_HEAD =
  /^(?:(?:ville|commune|mairie|municipalite|municipalite\s+regionale|arrondissement)(?:\s+(?:urbaine|rurale))?|(?:hanseatic\s+|free\s+|royal\s+)?(?:city|town|township|borough|village|municipality)|stadt|gemeinde|akimat|camara\s+municipal|(?:h\s+)?ayuntamiento|municipio|municipalidad|prefeitura|comune|presidencia\s+municipal)\s+(?:de\s+la\s+|de\s+l'|du\s+|de\s+|d'|of\s+(?:the\s+)?|di\s+|do\s+|da\s+|del\s+)?$/u;
// The town, then its body: "X City Council", "X Town Council", "X Municipality", "X City", "X Municipal Government".
const MUNICIPAL_TAIL = /^(?:(?:city|town|borough|municipal)\s+(?:council|government|hall)|municipality|city|municipal\s+people's\s+government)$/u;

/**
 * "Le maire de X et la bourgmestre de Y ont signé", read as "X" and "la Ville de Y": an agreement whose one side is
 * a town's own body and whose other is a bare town names its sides at two scales. Where the document names the
 * bare town's own body too ("la Ville de X", "X City Council", "la Commune urbaine de X"), and only one, that body
 * joins the town among the sides (a pair of bodies then drops the towns that only locate them).
 */
export function balancedTownSides(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'agreement') continue;
    const sides = sidesOf(d.parties);
    if (sides.length !== 2) continue;
    const bodies = sides.map((side) => side.find((p) => p.type === 'ORG'));
    const lone = sides.findIndex((side, i) => !bodies[i] && side.length === 1 && side[0]!.type === 'PLACE' && placeRank(side[0]!) < 3);
    const other = bodies[1 - lone];
    // The framing test reads the clause and the headline: asked last, once the cheap checks pass.
    if (lone < 0 || !other || !isTownsBody(other, ctx) || betweenTowns(d, ctx)) continue;
    const town = sides[lone]![0]!;
    const own = ctx.index.entities.filter((e) => e.type === 'ORG' && isMunicipalBodyOf(e, town));
    if (own.length === 1) d.parties = [...d.parties, own[0]!];
  }
}

// "une charte entre les deux communes", "signed by the two towns": the text frames the agreement as between the towns.
const TOWN_PAIR = /^(?:villes|communes|municipalités|cities|towns|municipalities)$/u;

function betweenTowns(d: EventDraft, ctx: MentionContext): boolean {
  return d.mentions.slice(0, MAX_MENTIONS).some((m) => TOWN_PAIR.test(pairAnaphor(ctx, m.sentence.start, m.sentence.end)?.noun ?? ''));
}

/** The parties grouped by side: a body with the territory it stands for ("Ville de X" with "X"). */
function sidesOf(parties: readonly ExtractedEntity[]): ExtractedEntity[][] {
  const sides: ExtractedEntity[][] = [];
  for (const p of parties) {
    const side = sides.find((s) => s.some((q) => sameParty(p, q)));
    if (side) side.push(p);
    else sides.push([p]);
  }
  return sides;
}

/** A town's own body standing for a place of the document ("Ville de Y", "Y City Council" beside "Y"). */
function isTownsBody(body: ExtractedEntity, ctx: MentionContext): boolean {
  return ctx.index.entities.some((e) => e.type === 'PLACE' && placeRank(e) < 3 && isMunicipalBodyOf(body, e));
}

export function isMunicipalBodyOf(body: ExtractedEntity, town: ExtractedEntity): boolean {
  return namesBodyOf(foldedName(body), foldedName(town), (head) => MUNICIPAL_HEAD.test(head), (tail) => MUNICIPAL_TAIL.test(tail));
}

/**
 * "La Ville de X a officialisé ses liens avec Y. Le maire et la présidente de la Câmara Municipal de Y ont signé …":
 * an agreement whose one side read is a town's own body, and whose other side is filled in as a bare town, binds
 * that town's own body when the document names exactly one.
 */
export function bodyForTown(side: ExtractedEntity, town: ExtractedEntity, entities: readonly ExtractedEntity[]): ExtractedEntity {
  if (town.type !== 'PLACE' || placeRank(town) === 3 || side.type !== 'ORG' || !entities.some((e) => e.type === 'PLACE' && e !== town && isMunicipalBodyOf(side, e))) return town;
  const own = entities.filter((e) => e.type === 'ORG' && isMunicipalBodyOf(e, town));
  return own.length === 1 ? own[0]! : town;
}

/**
 * "Une délégation de X a séjourné à Y du 3 au 6 mai … Le 5 mai, la Ville de X et la Commune de Y ont signé une
 * convention": a trip whose side is named as a town, during which that town's own body signed an agreement, went
 * as that body too; the body joins the town among the trip's sides.
 */
export function tripTownBodies(drafts: readonly EventDraft[]): void {
  for (const d of drafts) {
    if (d.type !== 'mission' || !d.date?.value.includes('/')) continue;
    const span = d.date.value;
    const signed = drafts.filter((a) => a.type === 'agreement' && a.status !== 'planned' && !a.historic && a.date && dayInSpan(a.date.value, span));
    if (signed.length === 0) continue;
    const sides: ExtractedEntity[] = [];
    for (const p of d.parties) {
      sides.push(p);
      if (p.type !== 'PLACE' || placeRank(p) !== 1 || d.parties.some((q) => q.type === 'ORG' && isMunicipalBodyOf(q, p))) continue;
      const bodies = new Set(signed.flatMap((a) => a.parties.filter((q) => q.type === 'ORG' && isMunicipalBodyOf(q, p))));
      if (bodies.size === 1) sides.push(...bodies);
    }
    d.parties = sides;
  }
}
