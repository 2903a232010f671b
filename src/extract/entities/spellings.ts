/** What a token's spelling alone decides: the same for every token written the same way. */
export interface Spelling {
  readonly text: string;
  readonly fold: string;
  readonly isWord: boolean;
  readonly isCap: boolean;
  readonly isUpper: boolean;
  readonly lists: number;
  readonly shape: number;
}

/*
 * News text repeats its words: each spelling is worked out once and kept, found again by
 * a hash of the text's chars, so that a known word costs no slice, no fold and no Map
 * look-up (hashing a fresh slice is as costly as this scan). Bounded: past MAX_SPELLINGS
 * new spellings are worked out every time.
 */
const MAX_SPELLINGS = 20_000;
const SLOTS = 1 << 16;
const SLOT_MASK = SLOTS - 1;
// slots[h & SLOT_MASK] = 1 + index in `spellings`, 0 when empty (linear probing).
const slots = new Int32Array(SLOTS);
const hashes = new Int32Array(MAX_SPELLINGS);
const spellings: Spelling[] = [];
// A slice of 13 chars or more is a view that keeps the whole text alive: kept ones are copied.
const MAX_VIEW_CHARS = 12;

/** The spelling of text[start, end), `describe` running only for a spelling not seen before. */
export function spellingAt(text: string, start: number, end: number, describe: (t: string) => Spelling): Spelling {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  let slot = h & SLOT_MASK;
  for (;;) {
    const n = slots[slot]!;
    if (n === 0) break;
    if (hashes[n - 1] === h) {
      const s = spellings[n - 1]!;
      if (isSpelledAt(s.text, text, start, end)) return s;
    }
    slot = (slot + 1) & SLOT_MASK;
  }
  const full = spellings.length < MAX_SPELLINGS;
  const s = describe(full && end - start > MAX_VIEW_CHARS ? copyOf(text.slice(start, end)) : text.slice(start, end));
  if (full) {
    hashes[spellings.length] = h;
    spellings.push(s);
    slots[slot] = spellings.length;
  }
  return s;
}

function isSpelledAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** A string of its own, not a view into a longer one. */
function copyOf(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}
