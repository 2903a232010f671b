/**
 * The lookup key of a place name: accents and case folded, hyphens, apostrophes and dots
 * read as spaces, leading articles dropped, "St"/"Ste" read as "saint"/"sainte".
 * "Saint-Ovide-sur-Orbe", "St. Ovide sur Orbe" and "SAINT OVIDE SUR ORBE"
 * share one key.
 */
export function normalizeName(name: string): string {
  let key = NAME_CACHE.get(name);
  if (key === undefined) {
    key = normalizeNameOnce(name);
    // Bounded: the gazetteer build (135k names) and hostile texts cannot grow it without limit.
    if (NAME_CACHE.size < NAME_CACHE_MAX) NAME_CACHE.set(name, key);
  }
  return key;
}
const NAME_CACHE = new Map<string, string>();
const NAME_CACHE_MAX = 5_000;

/** normalizeName without the cache: for one-off bulk keys (the gazetteer build). */
export function normalizeNameOnce(name: string): string {
  // Most names are plain ASCII words ("Springfield", "New York"): one lower-casing suffices.
  const lower = name.toLowerCase();
  if (PLAIN.test(lower) && !ARTICLE_OR_ABBREVIATION.test(lower)) return lower;
  const words = foldAccents(name)
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
  while (words.length > 1 && LEADING_ARTICLES.has(words[0]!)) words.shift();
  return words.map(normalizeWord).join(' ');
}

/** One token's key part: accents and case folded, abbreviations expanded. */
export function normalizeWord(word: string): string {
  return expandAbbreviation(foldAccents(word).toLowerCase());
}

/** "st" → "saint", "mt" → "mount"; other folded words unchanged. */
export function expandAbbreviation(folded: string): string {
  // Runs on every word of a text: most are refused by length and first letter, unhashed.
  if (folded.length > LONGEST_ABBREVIATION || !ABBREVIATION_INITIALS.includes(folded.charCodeAt(0))) return folded;
  return ABBREVIATED.get(folded) ?? folded;
}

const PLAIN = /^[a-z]+(?: [a-z]+)*$/;
// A word the slow path would change or drop: a leading article, an abbreviation.
const ARTICLE_OR_ABBREVIATION = /^(?:la|le|les|l|the) |(?:^| )(?:st|ste|mt|ft)(?: |$)/;

const LEADING_ARTICLES = new Set(['la', 'le', 'les', 'l', 'the']);
const ABBREVIATED = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['mt', 'mount'],
  ['ft', 'fort'],
]);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATED.keys()].map((a) => a.length));
const ABBREVIATION_INITIALS = [...new Set([...ABBREVIATED.keys()].map((a) => a.charCodeAt(0)))];

const NON_ASCII = /[^\u0000-\u007f]/;

function foldAccents(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text;
}
