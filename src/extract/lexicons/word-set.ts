/** The set of the whitespace-separated words of a word list written as one string. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}
