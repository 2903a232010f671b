import { agreementHead, takeMentions, type EventDraft } from './merge-mentions.js';
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
    const retold =
      out.find((d, j) => j > i && (headline ? retells(d, told) : told.type === 'mission' && d.type === 'mission' && sameDays(d, told))) ??
      (headlineLed(told, text, titleEnd) && soleHeadline(out, told, titleEnd) ? leadRetold(out, i) : undefined);
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
 * "Le CHU de Kigali et le CHU de Vauclerc signent une convention", then "Le Centre hospitalier universitaire de
 * Kigali et …": a headline's agreement whose sides no body agreement names (short forms, towns for their
 * hospitals) tells the article's lead agreement, the body's first one of the same status.
 */
function leadRetold(drafts: readonly EventDraft[], at: number): EventDraft | undefined {
  const headline = drafts[at]!;
  if (headline.type !== 'agreement') return undefined;
  const body = drafts.filter((d, j) => j > at && d.type === 'agreement');
  // "Town signs memorandum with X" over a body that also tells a plan of the town's: the plan is not what the headline told.
  if (body.some((d) => d.status === headline.status && shareParty(boundSides(d), headline.parties))) return undefined;
  const lead = body.find((d) => !d.historic);
  return lead && lead.status === headline.status ? lead : undefined;
}

/**
 * Told first in a headline (a short line that ends no sentence), not as an item of a list, and in the body only by a noun that points
 * back ("The memorandum was signed by …").
 */
function headlineLed(d: EventDraft, text: string, titleEnd: number): boolean {
  const first = d.mentions[0]!;
  const at = first.trigger.start;
  if (first.region.end > titleEnd || !onShortLine(text, at) || LIST_ITEM.test(text.slice(text.lastIndexOf('\n', at) + 1, at))) return false;
  return d.mentions.every((m) => m.region.end <= titleEnd || m.reference !== 'indefinite' || onShortLine(text, m.region.start));
}

// "- a letter of intent between …", "• une convention …", "2. …": an item of a list, not a headline.
const LIST_ITEM = /^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s/u;

/** A headline tells one agreement: with two told in the opening lines, neither is the lead's headline. */
function soleHeadline(drafts: readonly EventDraft[], told: EventDraft, titleEnd: number): boolean {
  return drafts.every((d) => d === told || d.type !== 'agreement' || d.mentions[0]!.region.end > titleEnd);
}

/** The bodies an agreement binds: with two bodies or more, the places beside them only locate them. */
function boundSides(d: EventDraft): readonly ExtractedEntity[] {
  const bodies = d.parties.filter((p) => p.type === 'ORG');
  return bodies.length >= 2 ? bodies : d.parties;
}

/**
 * "Sassandra et Lusignac scellent un protocole", then "Le Port autonome de Sassandra et …": a headline names
 * the bodies of the body text by their towns; a town named inside a body's name is that body's side.
 */
export function seatedIn(bodies: readonly ExtractedEntity[], places: readonly ExtractedEntity[]): boolean {
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
  takeMentions(into, from);
  // "Trade Mission to Nova Scotia", then "a trade mission to Halifax, Nova Scotia": the fuller telling's town stays the host.
  const broader = (p: ExtractedEntity) => into.type === 'mission' && into.parties.some((q) => insideTerritory(q, p));
  into.parties = unionParties(into.parties, from.parties.filter((p) => !broader(p)));
  into.signatories = [...new Set([...into.signatories, ...from.signatories])];
  into.date ??= from.date;
  into.place ??= from.place;
  into.occasion ??= from.occasion;
}
