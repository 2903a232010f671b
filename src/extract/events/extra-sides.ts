import type { ExtractedEntity } from '../types.js';
import type { EventDraft } from './merge-mentions.js';

/** An agreement told with three sides or more drops those `isExtra` marks, as long as two remain. */
export function withoutExtraSides(drafts: readonly EventDraft[], isExtra: (p: ExtractedEntity, d: EventDraft) => boolean): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.parties.length < 3) continue;
    const kept = d.parties.filter((p) => !isExtra(p, d));
    if (kept.length >= 2) d.parties = kept;
  }
}
