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
  // endStartingAt[k] at m[k]; maxEndBefore[k], the furthest end of an organization that starts before token k, at m[size + k].
  const size = tokenCount + 1;
  const m = zeroedScratch(2 * size);
  for (const o of candidates) {
    if (o.type === 'ORG' && o.priority >= 7 && o.end > m[o.start]!) m[o.start] = o.end;
  }
  for (let k = 1; k <= tokenCount; k++) m[size + k] = Math.max(m[size + k - 1]!, m[k - 1]!);
  return (c) => m[size + c.start]! >= c.end || m[c.start]! > c.end;
}

// Reused from call to call (extraction is synchronous and the answer is read before the
// next call): a fresh ArrayBuffer per call costs more than the sweep itself.
let scratch = new Int32Array(4096);

/** The shared scratch buffer, its first `size` entries zeroed. */
function zeroedScratch(size: number): Int32Array {
  if (scratch.length < size) scratch = new Int32Array(2 * size);
  else scratch.fill(0, 0, size);
  return scratch;
}

function overlaps(taken: Uint8Array, c: Candidate): boolean {
  for (let k = c.start; k < c.end; k++) if (taken[k]) return true;
  return false;
}
