import type { Candidate } from './candidate.js';

/**
 * Keeps non-overlapping candidates: higher priority first, then the longer span, then
 * the earlier one. A person inside an organization whose head opens the span
 * ("Université Jean Moulin") yields to the organization.
 */
export function resolveOverlaps(candidates: readonly Candidate[], tokenCount: number): Candidate[] {
  const inside = containedInOrg(candidates, tokenCount);
  const kept = candidates.filter((c) => c.type !== 'PERSON' || !inside(c));
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

/** Whether a span lies inside a longer head-word or acronym organization (linear setup). */
function containedInOrg(candidates: readonly Candidate[], tokenCount: number): (c: Candidate) => boolean {
  const endStartingAt = new Int32Array(tokenCount + 1);
  for (const o of candidates) {
    if (o.type === 'ORG' && o.priority >= 7 && o.end > endStartingAt[o.start]!) endStartingAt[o.start] = o.end;
  }
  // maxEndBefore[k]: furthest end of an organization that starts before token k.
  const maxEndBefore = new Int32Array(tokenCount + 1);
  for (let k = 1; k <= tokenCount; k++) maxEndBefore[k] = Math.max(maxEndBefore[k - 1]!, endStartingAt[k - 1]!);
  return (c) => maxEndBefore[c.start]! >= c.end || endStartingAt[c.start]! > c.end;
}

function overlaps(taken: Uint8Array, c: Candidate): boolean {
  for (let k = c.start; k < c.end; k++) if (taken[k]) return true;
  return false;
}
