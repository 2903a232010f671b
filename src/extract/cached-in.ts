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
