import { wordRegex } from '../text/word-regex.js';
import type { ExtractedEntity } from '../types.js';
import { fold, foldedName, sameParty } from './same-party.js';
import { MAX_MENTIONS, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';

// "The university also intends to sign …", "La Ville prévoit de signer …": a body named again by its head noun.
const HEAD_SUBJECT = wordRegex(
  String.raw`\b(?:the|l['’]|la|le)\s*(university|college|chamber|université|cégep|collège|chambre|ville|commune|municipalité|agglomération)\b`,
);
const SUBJECT_REACH = 25;
// "la Ville de Lanvézec", "the University of Arden": a name, not the head noun alone.
const NAME_AFTER = /^\s+(?:de|du|des|d['’]|of)\s/iu;

/**
 * An agreement with one side whose clause opens with a body's head noun ("The university also
 * intends to sign a letter of intent with X") has for other side the first-named body of that kind.
 */
export function headNounSubjects(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.parties.length !== 1) continue;
    for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
      const side = headNounBody(ctx, m.region.start, m.trigger.start, d.parties);
      if (side) {
        d.parties = [side, ...d.parties];
        break;
      }
    }
  }
}

function headNounBody(ctx: MentionContext, start: number, end: number, parties: readonly ExtractedEntity[]): ExtractedEntity | undefined {
  const head = HEAD_SUBJECT.exec(ctx.text.slice(start, end));
  if (!head) return undefined;
  const at = start + head.index;
  // The clause's subject: at its start, after a connective at most ("Par ailleurs, la Ville …").
  if (head.index > SUBJECT_REACH) return undefined;
  const headEnd = at + head[0].length;
  if (ctx.index.covering(headEnd - 1) || NAME_AFTER.test(ctx.text.slice(headEnd, headEnd + 6))) return undefined;
  const noun = fold(head[1]!);
  let best: { entity: ExtractedEntity; start: number } | undefined;
  for (const e of ctx.index.entities) {
    if (e.type !== 'ORG' || !hasWord(foldedName(e), noun) || parties.some((p) => sameParty(p, e))) continue;
    const first = e.mentions[0]?.start ?? Infinity;
    if (first < at && (!best || first < best.start)) best = { entity: e, start: first };
  }
  return best?.entity;
}

function hasWord(name: string, word: string): boolean {
  return ` ${name} `.includes(` ${word} `);
}
