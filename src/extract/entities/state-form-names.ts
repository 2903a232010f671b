import type { Token } from './tokenize.js';
import { LOWER_STOP } from './word-classes.js';

// Nouns of a state's formal name: "République démocratique …", "Royaume hachémite de …".
const STATE_FORMS = new Set(['republique', 'royaume', 'confederation', 'principaute', 'sultanat', 'emirat', 'emirats', 'grand-duche', 'federation', 'etat']);
// After the state's adjectives: its country ("de Jordanie") or the post's seat ("au Sénégal").
// (folded: "à" is "a"; the verb "a" is told apart by its written form).
const AFTER_STATE_WORDS = new Set(['de', "d'", 'a', 'au', 'aux', 'en']);
const MAX_STATE_WORDS = 3;

/**
 * "ambassade de la Confédération suisse au Sénégal", "ambassade du Royaume hachémite de
 * Jordanie à Brandval": lower-case words of a state's formal name, after its form noun and before
 * its country or the post's seat. Returns the end of those words, or `j` when there are none.
 */
export function stateFormWordsEnd(t: readonly Token[], j: number): number {
  const form = t[j - 1];
  if (form === undefined || !form.isCap || !STATE_FORMS.has(form.fold)) return j;
  let k = j;
  while (k < j + MAX_STATE_WORDS && isPlainLowerWord(t[k]) && !AFTER_STATE_WORDS.has(t[k]!.fold)) k++;
  const link = t[k];
  const next = t[k + 1];
  if (k === j || link === undefined || !AFTER_STATE_WORDS.has(link.fold) || link.text === 'a' || next === undefined || !next.isCap || next.lineStart) return j;
  return k;
}

/** A lower-case word that is no verb, pronoun or preposition of the stop list. */
function isPlainLowerWord(tok: Token | undefined): boolean {
  return tok !== undefined && tok.isWord && !tok.isCap && !tok.lineStart && !tok.sentenceStart && !LOWER_STOP.has(tok.fold);
}
