import { acronymLetters } from './find-acronyms.js';
import type { Token } from './tokenize.js';
import { CONNECTORS } from './word-classes.js';

/**
 * "Direction de l'économie, de l'emploi et de la formation DEEF": a word in capitals right
 * after a name, whose letters are initials of the name's words in order (the head's first),
 * is the name's acronym written beside it, not a word of the name.
 */
export function isTrailingAcronym(t: readonly Token[], head: number, k: number): boolean {
  const tok = t[k]!;
  if (!tok.isUpper || tok.text.length < 3 || k - head < 3) return false;
  const letters = acronymLetters(tok.text);
  if (letters[0] !== t[head]!.fold[0]) return false;
  let n = 1;
  for (let j = head + 1; j < k && n < letters.length; j++) {
    const w = t[j]!;
    if (w.isWord && !CONNECTORS.has(w.fold) && w.fold[0] === letters[n]) n++;
  }
  return n === letters.length;
}
