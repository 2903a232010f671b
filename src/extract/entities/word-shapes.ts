/*
 * What a token's spelling looks like, asked by the rules of many tokens: worked out once
 * per spelling by the tokenizer (Token.shape) instead of one regex per token and rule.
 */

/** "thinkEST", "eBay": a brand that starts in lower case and carries capitals inside. */
export const LOWER_BRAND = 1;
/** "MaRS", "McGill", "SupAgro": a capital after a lower-case letter. */
export const INNER_CAPITAL = 2;
/** A word of more than three letters with an adjective's ending (générale, wallonne, franco-allemand). */
export const ADJECTIVE_LIKE = 4;
/** "SupAgro": two capitalized parts, not a surname prefix ("McGill", "LeBlanc"). */
export const CAMEL_CASE = 8;
/** "Halifax-based": a compound whose fold ends in "-based". */
export const BASED_COMPOUND = 16;
/** A digit 0-9 somewhere in it (KR2T, 3D). */
export const HAS_DIGIT = 32;

const LOWER_BRAND_FORM = /^\p{Ll}{1,10}\p{Lu}[\p{L}\d]{0,10}$/u;
const INNER_CAPITAL_FORM = /^\p{Lu}\p{Ll}+\p{Lu}/u;
// Endings of French and English adjectives that may follow a head or proper noun in a
// name (générale, wallonne, franco-allemand, industriel, industrielle, mutuel, étrangers, métropolitain).
const ADJECTIVE = /(?:ales?|aux|elles?|els|[iu]el|iennes?|iens?|aises?|ois(?:es?)?|ais|iques?|ifs?|ives?|aires?|ée?s?|eure?s?|ère?s?|ers?|aine?s?|ains|ennes?|ens?|anes?|ande?s?|onnes?|eux|euses?|ines?|al|ic|an|ean|ish|ese|imes?|bles?|icoles?|iles?|istes?|mixtes?|permanente?s?|polyvalente?s?|professionnel(?:le)?s?|modernes?|phones?|autonomes?)$/u;
const PREFIX_ADJECTIVE = /^[\p{Ll}]+o-[\p{Ll}]+$/u;
// A question's verb with its subject after it ("participe-t-elle", "signeront-elles"): no adjective.
const INVERTED_SUBJECT = /-(?:t-)?(?:il|elle|on|ils|elles)$/u;
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|Le|La|De|Di|Da|Du|Van|Von|Fitz|Des|Del|Dos)\p{Lu}/u;

/** The bits above for a token's text, its fold and its case. */
export function wordShape(text: string, fold: string, isCap: boolean, isUpper: boolean): number {
  let bits = 0;
  // A word whose fold is itself has no capital, so no regex for it.
  if (!isCap && fold !== text && LOWER_BRAND_FORM.test(text)) bits |= LOWER_BRAND;
  if (text.length > 2 && INNER_CAPITAL_FORM.test(text)) bits |= INNER_CAPITAL;
  const lower = text.toLowerCase();
  if (lower.length > 3 && (ADJECTIVE.test(lower) || PREFIX_ADJECTIVE.test(lower)) && !INVERTED_SUBJECT.test(lower)) bits |= ADJECTIVE_LIKE;
  if (isCap && !isUpper && text.length >= 5 && mayBeCamel(text) && CAMEL.test(text) && !SURNAME_PREFIX.test(text)) bits |= CAMEL_CASE;
  if (fold.endsWith('-based')) bits |= BASED_COMPOUND;
  if (hasDigit(text)) bits |= HAS_DIGIT;
  return bits;
}

/** A digit 0-9 in `text` (/\d/ without the regex call). */
export function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A capital or a non-ASCII letter past the second character: CAMEL can match (skips the regex for most words). */
function mayBeCamel(text: string): boolean {
  for (let k = 2; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}
