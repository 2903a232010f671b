import { agreementHead, type EventDraft } from './merge-mentions.js';
import type { ExtractedEntity } from '../types.js';
import { foldedName, sameParty, shareParty, unionParties } from './same-party.js';
import { insideTerritory } from './place-rank.js';
import { otherTravellers } from './other-trip.js';
import { headlineZoneEnd, isShortLine } from './headline-zone.js';

/**
 * An event told twice is one event: a headline ("Mission commerciale en Ontario", "Tours et
 * Trois-Rivières scellent un pacte d'amitié") retells the event of the body that shares one of
 * its sides (an agreement: with the same noun and status), and two trips on the same days are
 * the same trip. The later, fuller telling keeps its arguments; the other fills what it lacks.
 */
export function mergeRetoldEvents(drafts: readonly EventDraft[], text: string): EventDraft[] {
  const titleEnd = headlineZoneEnd(text);
  const out = [...drafts];
  for (let i = 0; i < out.length; i++) {
    const told = out[i]!;
    // A section heading further down ("A second agreement on the way") may have joined the headline's telling.
    const headline = told.mentions[0]!.region.end <= titleEnd && told.mentions.every((m) => m.region.end <= titleEnd || onShortLine(text, m.region.start));
    const retold = out.find((d, j) => j > i && (headline ? retells(d, told) : told.type === 'mission' && d.type === 'mission' && sameDays(d, told)));
    if (!retold) continue;
    absorb(retold, told);
    out.splice(i--, 1);
  }
  return out;
}

function retells(body: EventDraft, headline: EventDraft): boolean {
  if (body.type !== headline.type || !(shareParty(body.parties, headline.parties) || seatedIn(body.parties, headline.parties))) return false;
  // "X and Y sign agreement", then "X and Y signed a memorandum": the same two sides need not use the same noun.
  const bothSides = headline.parties.filter((p) => body.parties.some((b) => sameParty(p, b))).length >= 2;
  return (body.type === 'mission' && !otherTravellers(body, headline)) || (body.type === 'agreement' && body.status === headline.status && (bothSides || agreementHead(body.kind) === agreementHead(headline.kind)) && !body.historic);
}

/**
 * "Cotonou et Sète scellent un protocole", then "Le Port autonome de Cotonou et …": a headline names
 * the bodies of the body text by their towns; a town named inside a body's name is that body's side.
 */
function seatedIn(bodies: readonly ExtractedEntity[], places: readonly ExtractedEntity[]): boolean {
  if (places.length === 0 || places.some((p) => p.type !== 'PLACE')) return false;
  return bodies.some((b) => b.type === 'ORG' && places.some((p) => ` ${foldedName(b)} `.includes(` ${foldedName(p)} `)));
}

/** Whether the line holding `at` is a heading, not prose. */
function onShortLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const next = text.indexOf('\n', at);
  return isShortLine(text.slice(start, next < 0 ? text.length : next).trim());
}

/** Both dated to the same day or days: "Nov. 17-21, 2025" told in the lead and in a later paragraph. */
function sameDays(a: EventDraft, b: EventDraft): boolean {
  return a.date !== undefined && b.date !== undefined && /\d{2}-\d{2}/.test(a.date.value) && a.date.value === b.date.value;
}

function absorb(into: EventDraft, from: EventDraft): void {
  into.mentions.push(...from.mentions);
  into.mentions.sort((a, b) => a.region.start - b.region.start);
  // "Trade Mission to Nova Scotia", then "a trade mission to Halifax, Nova Scotia": the fuller telling's town stays the host.
  const broader = (p: ExtractedEntity) => into.type === 'mission' && into.parties.some((q) => insideTerritory(q, p));
  into.parties = unionParties(into.parties, from.parties.filter((p) => !broader(p)));
  into.signatories = [...new Set([...into.signatories, ...from.signatories])];
  into.date ??= from.date;
  into.place ??= from.place;
  into.occasion ??= from.occasion;
}
