import { agreementHead, type EventDraft } from './merge-mentions.js';
import type { ExtractedEntity } from '../types.js';
import { foldedName, shareParty, unionParties } from './same-party.js';
import { insideTerritory } from './place-rank.js';

/**
 * An event told twice is one event: a headline ("Mission commerciale en Ontario", "Tours et
 * Trois-Rivières scellent un pacte d'amitié") retells the event of the body that shares one of
 * its sides (an agreement: with the same noun and status), and two trips on the same days are
 * the same trip. The later, fuller telling keeps its arguments; the other fills what it lacks.
 */
export function mergeRetoldEvents(drafts: readonly EventDraft[], text: string): EventDraft[] {
  const titleEnd = firstLineEnd(text);
  const out = [...drafts];
  for (let i = 0; i < out.length; i++) {
    const told = out[i]!;
    const headline = told.mentions.every((m) => m.region.end <= titleEnd);
    const retold = out.find((d, j) => j > i && (headline ? retells(d, told) : told.type === 'mission' && d.type === 'mission' && sameDays(d, told)));
    if (!retold) continue;
    absorb(retold, told);
    out.splice(i--, 1);
  }
  return out;
}

function retells(body: EventDraft, headline: EventDraft): boolean {
  if (body.type !== headline.type || !(shareParty(body.parties, headline.parties) || seatedIn(body.parties, headline.parties))) return false;
  return body.type === 'mission' || (body.status === headline.status && agreementHead(body.kind) === agreementHead(headline.kind) && !body.historic);
}

/**
 * "Cotonou et Sète scellent un protocole", then "Le Port autonome de Cotonou et …": a headline names
 * the bodies of the body text by their towns; a town named inside a body's name is that body's side.
 */
function seatedIn(bodies: readonly ExtractedEntity[], places: readonly ExtractedEntity[]): boolean {
  if (places.length === 0 || places.some((p) => p.type !== 'PLACE')) return false;
  return bodies.some((b) => b.type === 'ORG' && places.some((p) => ` ${foldedName(b)} `.includes(` ${foldedName(p)} `)));
}

// A headline is a short first line; a longer one is the article's first paragraph.
const HEADLINE_LENGTH = 200;
// A masthead may come first ("Lagos Business Mirror", "Home › Economy › Trade"): the short lines
// before the first paragraph of prose, this many at most, are the headline's.
const HEAD_LINES = 6;

/** End of the headline lines, or 0 when the text opens with no headline line. */
function firstLineEnd(text: string): number {
  let end = 0;
  let at = text.length - text.trimStart().length;
  for (let n = 0; n < HEAD_LINES && at < text.length; n++) {
    const next = text.indexOf('\n', at);
    // A text of one line, or its last line, has no headline there.
    if (next < 0) break;
    const lineEnd = next;
    const line = text.slice(at, lineEnd).trim();
    if (line.length > HEADLINE_LENGTH) break;
    // The first line is the headline whatever its end; a later one that ends a sentence starts the prose.
    if (n > 0 && /[.!?»"”]$/u.test(line)) break;
    if (line !== '') end = lineEnd;
    at = next + 1;
    while (at < text.length && /\s/.test(text[at]!)) at++;
  }
  return end;
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
