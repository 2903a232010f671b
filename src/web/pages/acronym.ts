/*
 * The acronym a long name would have ("Centre de transfert technologique en écologie
 * industrielle" → CRDEI), to suggest merging the two. Short function words are skipped.
 */

const SKIPPED = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'en', 'à', 'a', 'au', 'aux', 'pour', 'sur', 'of', 'the', 'and', 'for', 'in']);

export function acronymOf(name: string): string | undefined {
  const words = name.split(/[\s'’\-]+/u).filter((w) => w !== '' && !SKIPPED.has(w.toLowerCase()));
  if (words.length < 2) return undefined;
  return words.map((w) => w[0] ?? '').join('').toUpperCase();
}
