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
