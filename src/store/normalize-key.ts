/*
 * The normalized key that makes two spellings of one name the same entity:
 * "Ministère des Relations internationales", "ministere des relations  internationales"
 * and "MINISTÈRE DES RELATIONS-INTERNATIONALES" share one key; "M.R.I.F." and "MRIF",
 * "l’Université" and "l'Université" too.
 */

// Letters NFKD leaves whole: ligatures and a few Latin letters without a combining form.
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
};

const COMBINING_MARKS = /\p{M}+/gu;
const UNFOLDED_LETTERS = /[œæßøđłı]/gu;
// A dot ends an abbreviation (M.R.I.F., St.) unless a digit follows (2.0).
const DOTS = /\.(?!\d)/gu;
// Apostrophes, dashes, quotes, brackets, commas, whitespace: all one separator.
const SEPARATORS = /[^\p{L}\p{N}&.]+/gu;

/** Lower-case, accent-free, punctuation-folded key of a name, for matching names across documents. */
export function normalizeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNFOLDED_LETTERS, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(DOTS, '')
    .replace(SEPARATORS, ' ')
    .trim();
}
