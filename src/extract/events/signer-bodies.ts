import type { ExtractedEntity } from '../types.js';
import type { MentionContext } from './mention-context.js';
import { MAX_MENTIONS } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { withoutExtraSides } from './extra-sides.js';
import { sameParty } from './same-party.js';

// "Chair of the", "the Cathaoirleach of", "président du": a person's office in a body, just before the body's name.
const OFFICE = String.raw`(?:chair(?:man|woman|person)?|cathaoirleach|president|vice-president|mayor|leader|chief\s+executive|director|head|secretary|présidente?|vice-présidente?|maire|mairesse|directeur|directrice)`;
const OFFICE_OF_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${OFFICE}\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’]\s*)?$`, 'iu');
// An entity whose name is itself an office ("Cathaoirleach of X"): a title read as a body.
const OFFICE_NAME = new RegExp(String.raw`^(?:the\s+)?${OFFICE}\s+(?:of|de|du|des|d['’])`, 'iu');
const OFFICE_REACH = 40;
// The person who holds the office is named within this many characters of it.
const HOLDER_REACH = 60;

/**
 * "A, Chair of the Municipal Executive Board of X, signed …": a body named only as a signer's
 * office is not a side of an agreement that already has two others.
 */
export function withoutSignerBodies(drafts: readonly EventDraft[], ctx: MentionContext): void {
  withoutExtraSides(drafts, (p, d) => onlyAnOffice(p, d, ctx));
}

/**
 * "le président de B, X, et M. Y ont paraphé une lettre d'intention entre A et …": an agreement
 * told with one side takes as its second the body a signer heads, named in its own sentences.
 */
export function signerBodySides(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.parties.length !== 1 || d.signatories.length < 2) continue;
    const side = officeBodies(d, ctx).find((b) => !sameParty(b, d.parties[0]!));
    if (side) d.parties = [...d.parties, side];
  }
}

/** The bodies named as a signer's office in the draft's own sentences. */
function officeBodies(d: EventDraft, ctx: MentionContext): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
    for (const x of ctx.index.within(m.sentence.start, m.sentence.end)) {
      if (x.entity.type !== 'ORG' || out.includes(x.entity)) continue;
      if (OFFICE_OF_BEFORE.test(ctx.text.slice(Math.max(0, x.start - OFFICE_REACH), x.start)) && holderNear(ctx, x.start, x.end, d.signatories)) out.push(x.entity);
    }
  }
  return out;
}

function onlyAnOffice(p: ExtractedEntity, d: EventDraft, ctx: MentionContext): boolean {
  if (p.type !== 'ORG') return false;
  if (OFFICE_NAME.test(p.name)) return true;
  let seen = false;
  for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
    for (const x of ctx.index.within(m.sentence.start, m.sentence.end)) {
      if (x.entity !== p) continue;
      if (!OFFICE_OF_BEFORE.test(ctx.text.slice(Math.max(0, x.start - OFFICE_REACH), x.start)) || !holderNear(ctx, x.start, x.end)) return false;
      seen = true;
    }
  }
  return seen;
}

/** A person (one of `among`, when given) named just before the office ("A, Chair of …") or just after the body ("…, A"). */
function holderNear(ctx: MentionContext, start: number, end: number, among?: readonly ExtractedEntity[]): boolean {
  const near = [...ctx.index.within(Math.max(0, start - HOLDER_REACH), start), ...ctx.index.within(end, end + HOLDER_REACH)];
  return near.some((x) => x.entity.type === 'PERSON' && (!among || among.includes(x.entity)));
}
