import type { KeyEntries } from './place-index.js';
import { placeIndex } from './place-index.js';

/**
 * A gazetteer key met in some text, with its answer and the keys one word longer met
 * after it: the lookups already made, as a trie of words.
 */
export interface KnownKey {
  /** The index's answer for this key; undefined when no name is or begins with it. */
  readonly keyed: KeyEntries | undefined;
  readonly key: string;
  next: Map<string, KnownKey> | undefined;
}

// Capitalized words recur within and across articles ("Québec", "Canada", "Le"): each is asked
// of the 140k-key index once, and a longer name is followed word by word without joining strings.
const WORDS = new Map<string, KnownKey>();
const MAX_REMEMBERED = 50_000;
let remembered = 0;

/** The lookup of a one-word key (a WordToken key). */
export function lookUpWord(word: string): KnownKey {
  const known = WORDS.get(word);
  if (known) return known;
  const added = remember(word);
  WORDS.set(word, added);
  return added;
}

/** The lookup of `prefix`'s key followed by one more word. */
export function lookUpNext(prefix: KnownKey, word: string): KnownKey {
  const known = prefix.next?.get(word);
  if (known) return known;
  const added = remember(`${prefix.key} ${word}`);
  (prefix.next ??= new Map()).set(word, added);
  return added;
}

function remember(key: string): KnownKey {
  if (remembered >= MAX_REMEMBERED) {
    WORDS.clear();
    remembered = 0;
  }
  remembered++;
  const index = placeIndex();
  return { keyed: index.mayHaveKey(key) ? index.byKey.get(key) : undefined, key, next: undefined };
}
