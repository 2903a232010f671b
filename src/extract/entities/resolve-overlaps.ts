import type { Candidate } from './candidate.js';

/**
 * Keeps non-overlapping candidates: higher priority first, then the longer span, then
 * the earlier one. A person inside an organization whose head opens the span
 * ("Université Jean Moulin") yields to the organization.
 */
export function resolveOverlaps(candidates: readonly Candidate[], tokenCount: number): Candidate[] {
  const orgs = candidates.filter((c) => c.type === 'ORG' && c.priority >= 7);
  const kept = candidates.filter((c) => c.type !== 'PERSON' || !orgs.some((o) => o.start < c.start && o.end >= c.end));
  const order = [...kept].sort((x, y) => y.priority - x.priority || (y.end - y.start) - (x.end - x.start) || x.start - y.start);
  const taken = new Uint8Array(tokenCount);
  const out: Candidate[] = [];
  for (const c of order) {
    if (c.end <= c.start || overlaps(taken, c)) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  return out.sort((x, y) => x.start - y.start);
}

function overlaps(taken: Uint8Array, c: Candidate): boolean {
  for (let k = c.start; k < c.end; k++) if (taken[k]) return true;
  return false;
}
