import type { ExtractedEntity } from '../types.js';
import { foldedName } from './same-party.js';

/**
 * An agreement does not bind a town and a body named after it ("Kelso" beside "Kelso General
 * Hospital"): the town only locates the body, or stands for it in a headline. The town is dropped
 * when a body among the parties the text names carries its name.
 */
export function withoutNamesakePlaces(type: string, told: readonly ExtractedEntity[], parties: ExtractedEntity[]): ExtractedEntity[] {
  if (type !== 'agreement') return parties;
  // A body filled in as the second side is a guess; the town the text names is kept beside it.
  const bodies = parties.filter((p) => p.type === 'ORG' && told.includes(p)).map((p) => ` ${foldedName(p)} `);
  if (bodies.length === 0) return parties;
  return parties.filter((p) => p.type !== 'PLACE' || !bodies.some((b) => b.includes(` ${foldedName(p)} `)));
}
