import type { ExtractedEntity } from '../types.js';
import type { MentionContext } from './mention-context.js';

// One item of "des représentants de A, de B et de C", then the comma or "et" and the preposition said again before the
// next item: "Ville de X, de la ", "Y (Z) et du ", "X and of ". The item holds no comma, so a list that goes on without the
// preposition ("…, ainsi que six entreprises") ends the chain.
const NEXT_ITEM =
  /^[^,;:.!?()\n]{0,80}?(?:\s*\([^()\n]{0,40}\))?(?:\s*,\s*(?:et\s+|and\s+)?|\s+(?:et|and|ainsi\s+que)\s+)(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*/iu;
// "… et de Y, qui ont rencontré des élus de Z": past a meeting, the bodies named are the hosts'.
const MEETING = /\b(?:met|meet|meetings?|rencontr|visit|réunions?\s+avec)/iu;
// A chain is a handful of items: "de A, de B, de C et de D".
const MAX_ITEMS = 8;

/**
 * The bodies named further along a list whose items each repeat the preposition of the first: "des représentants de
 * la Ville, de l'Association X et de la Chambre Y", "officials of the Council and of the Port of Z". `start` is where the
 * first item begins; items that are no entity ("de la Foire X") are passed over, not taken.
 */
export function repeatedPrepositionList(ctx: MentionContext, start: number, end: number): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  let at = start;
  for (let items = 0; items < MAX_ITEMS; items++) {
    const next = NEXT_ITEM.exec(ctx.text.slice(at, Math.min(end, at + 160)));
    if (!next || MEETING.test(next[0])) break;
    at += next[0].length;
    const body = ctx.index.within(at, end)[0];
    if (body && body.start === at && body.entity.type === 'ORG' && !out.includes(body.entity)) out.push(body.entity);
  }
  return out;
}
