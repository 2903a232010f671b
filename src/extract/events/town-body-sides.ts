import type { ExtractedEntity } from '../types.js';
import { MAX_MENTIONS, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { foldedName, namesBodyOf, sameParty } from './same-party.js';

// How far before an agreement's sentence its town's body may have been named ("la Ville de X et la Mairie
// de Y ont officialisé leur rapprochement. Les deux maires ont signé …"): about two sentences.
const BODY_REACH = 400;

// "Ville de X", "City of X", "Mairie de X": a town's own body, then the town.
const BODY_BEFORE = /^(?:ville|commune|mairie|municipalite|city|town|township|county|municipality|city government)\s(?:de la |de l'|du |des |de |d'|of the |of )?/u;
// "X City Council", "X Municipality", "X kommune": the town, then its body.
const BODY_AFTER = /^(?:(?:city|town|county|borough|district|municipal|metropolitan)\s)*(?:council|government|municipality|kommune|kommun)$/u;

/**
 * "Le maire de X et le maire de Y ont signé une entente": the sides read as towns, but where the text
 * has just named the towns' own bodies ("la Ville de X", "X City Council") those bodies are what the
 * agreement binds; each joins its town among the sides.
 */
export function townBodySides(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || !d.parties.some((p) => p.type === 'PLACE')) continue;
    const near = nearbyBodies(d, ctx);
    if (near.length === 0) continue;
    const sides: ExtractedEntity[] = [];
    for (const p of d.parties) {
      sides.push(p);
      if (p.type !== 'PLACE' || sideOfAnother(p, d, drafts)) continue;
      const bodies = near.filter((b) => isBodyOf(b, p));
      if (bodies.length === 1 && !d.parties.includes(bodies[0]!)) sides.push(bodies[0]!);
    }
    d.parties = sides;
  }
}

// Two agreements between the same towns (the old charter, the new one) are told apart by how each
// names its sides: the bodies named near one are not the other's.
function sideOfAnother(town: ExtractedEntity, d: EventDraft, drafts: readonly EventDraft[]): boolean {
  return drafts.some((x) => x !== d && x.type === 'agreement' && x.parties.some((p) => sameParty(p, town)));
}

/** The ORG entities named in the agreement's sentences or just before them. */
function nearbyBodies(d: EventDraft, ctx: MentionContext): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
    for (const x of ctx.index.within(Math.max(0, m.sentence.start - BODY_REACH), m.sentence.end)) {
      if (x.entity.type === 'ORG' && !out.includes(x.entity)) out.push(x.entity);
    }
  }
  return out;
}

function isBodyOf(body: ExtractedEntity, town: ExtractedEntity): boolean {
  const b = foldedName(body);
  // BODY_BEFORE's own match must end where the town begins (not an anchored test of the head: "city government of").
  return namesBodyOf(b, foldedName(town), (head) => BODY_BEFORE.exec(b)?.[0].length === head.length, (tail) => BODY_AFTER.test(tail));
}
