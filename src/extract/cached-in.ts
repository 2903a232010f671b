/**
 * The value `cache` holds for `key`, computed and kept on first asking: facts about a document's
 * mentions that each trigger near them asks again. A WeakMap lets them go with the document.
 */
export function cachedIn<K extends object, V>(cache: WeakMap<K, V>, key: K, compute: () => V): V {
  // One look-up for a kept value (most askings); `has` only tells a kept undefined from none.
  const kept = cache.get(key);
  if (kept !== undefined || cache.has(key)) return kept as V;
  const value = compute();
  cache.set(key, value);
  return value;
}

/**
 * Values for the keys of one document at a time (its text or its index), computed on first
 * asking and dropped when another document is asked about. A mention's facts are asked again
 * by every trigger near it; a WeakMap holding every document's mentions until a full GC cost
 * two to three times a small Map's look-up (placeSpots, refusedAsParty and isLocative: ~1.5 %
 * of extract() in self time).
 */
export class DocumentCache<K, V> {
  #document: unknown;
  #values = new Map<K, V>();

  cached(document: unknown, key: K, compute: () => V): V {
    if (document !== this.#document) {
      this.#document = document;
      this.#values = new Map();
    }
    const kept = this.#values.get(key);
    if (kept !== undefined || this.#values.has(key)) return kept as V;
    const value = compute();
    this.#values.set(key, value);
    return value;
  }
}
