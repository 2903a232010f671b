/** Index of the first span starting at or after `at` (spans sorted by start): tokens, mentions, sentences. */
export function firstAtOrAfter(sorted: readonly { readonly start: number }[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
