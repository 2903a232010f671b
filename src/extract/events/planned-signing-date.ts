import type { EventDraft } from './merge-mentions.js';

/**
 * "Council voted on Tuesday, October 13 to pursue a friendship agreement with X. The agreement is expected
 * to be signed in May 2027": a plan is dated by the clause that tells its signing, not by the decision
 * to pursue it.
 */
export function plannedSigningDates(drafts: readonly EventDraft[]): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.status !== 'planned' || !d.date) continue;
    if (d.mentions.some((m) => m.signing && m.date === d.date)) continue;
    const signing = d.mentions.find((m) => m.signing && m.verbal && m.date);
    if (signing) d.date = signing.date;
  }
}
