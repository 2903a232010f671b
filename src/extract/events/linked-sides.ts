import { wordRegex } from '../text/word-regex.js';
import type { ExtractedEntity } from '../types.js';
import { coordinatedList } from './find-arguments.js';
import { MAX_MENTIONS, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { uniqueEntities } from './mention-context.js';

// "the sister-city agreement that has linked A and B since 1993", "le jumelage qui unit A et B depuis 1975".
const LINKS = wordRegex(
  String.raw`^(?:[^,;:.]{0,40}?\s)?(?:that|which|qui)\s+(?:has\s+|have\s+|had\s+|a\s+|avait\s+)?(?:long\s+|longtemps\s+|toujours\s+)?(?:links?|linked|unites?|united|binds?|bound|connects?|connected|lie|liait|lient|liaient|unit|unissait|unissent|relie|reliait|uni|lié|relié)\s+`,
);
const LINK_STEM = /that|which|qui/i;
// How far after the agreement's noun its relative clause may start.
const REACH = 120;

/**
 * "…renewed the sister-city agreement that has linked A and B since 1993": the relative clause
 * names the agreement's two sides, whatever else the sentence names (where the news comes from,
 * who travelled).
 */
export function linkedSides(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'agreement') continue;
    for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
      const sides = linked(ctx, m.trigger.end, m.sentence.end);
      if (sides.length >= 2) {
        d.parties = sides;
        break;
      }
    }
  }
}

function linked(ctx: MentionContext, from: number, end: number): ExtractedEntity[] {
  const after = ctx.text.slice(from, Math.min(end, from + REACH));
  if (!LINK_STEM.test(after)) return [];
  const m = LINKS.exec(after);
  if (!m) return [];
  const at = from + m.index + m[0].length;
  return uniqueEntities(coordinatedList(ctx.text, ctx.index, at, end).mentions.map((x) => x.entity));
}
