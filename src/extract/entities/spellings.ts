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
 * look-up (hashing a fresh slice is as costly as this scan). The table holds hashes and
 * indices side by side and the kept chars sit in one pool, so that finding a word reads
 * few cache lines. Bounded: past MAX_SPELLINGS, and for words longer than
 * MAX_POOLED_CHARS, spellings are worked out every time.
 */
const MAX_SPELLINGS = 20_000;
const MAX_POOLED_CHARS = 32;
// Grows to stay at most half full.
let slotCount = 1 << 12;
// table[2 * slot] = hash, table[2 * slot + 1] = 1 + index in `spellings` (0: empty); linear probing.
let table = new Int32Array(2 * slotCount);
const spellings: Spelling[] = [];
const hashes = new Int32Array(MAX_SPELLINGS);
// The chars of spelling n are pool[offsets[n], offsets[n + 1]).
const offsets = new Int32Array(MAX_SPELLINGS + 1);
let pool: Uint16Array = new Uint16Array(1 << 15);
// A slice of 13 chars or more is a view that keeps the whole text alive: kept ones are copied.
const MAX_VIEW_CHARS = 12;

/** The hash of an empty spelling; `hashStep` adds a char code (FNV-1a over UTF-16 units). */
export const HASH_SEED = 0x811c9dc5;

export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** The hash of text[start, end), as `spellingAt` wants it. */
export function hashOf(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let k = start; k < end; k++) h = hashStep(h, text.charCodeAt(k));
  return h;
}

/**
 * The spelling of text[start, end), whose hash (`hashOf`, or worked out while reading the
 * word) is `h`; `describe` runs only for a spelling not seen before.
 */
export function spellingAt(text: string, start: number, end: number, h: number, describe: (t: string) => Spelling): Spelling {
  const mask = slotCount - 1;
  let slot = h & mask;
  for (;;) {
    const n = table[2 * slot + 1]!;
    if (n === 0) break;
    if (table[2 * slot] === h && isPooledAt(n - 1, text, start, end)) return spellings[n - 1]!;
    slot = (slot + 1) & mask;
  }
  const len = end - start;
  const keep = spellings.length < MAX_SPELLINGS && len <= MAX_POOLED_CHARS;
  const s = describe(keep && len > MAX_VIEW_CHARS ? copyOf(text.slice(start, end)) : text.slice(start, end));
  if (keep) {
    const n = spellings.length;
    const from = offsets[n]!;
    if (from + len > pool.length) pool = grownPool(from + len);
    for (let k = 0; k < len; k++) pool[from + k] = text.charCodeAt(start + k);
    offsets[n + 1] = from + len;
    hashes[n] = h;
    spellings.push(s);
    table[2 * slot] = h;
    table[2 * slot + 1] = n + 1;
    if (2 * spellings.length > slotCount) grow();
  }
  return s;
}

function isPooledAt(n: number, text: string, start: number, end: number): boolean {
  const from = offsets[n]!;
  if (offsets[n + 1]! - from !== end - start) return false;
  for (let k = start; k < end; k++) if (pool[from + k - start] !== text.charCodeAt(k)) return false;
  return true;
}

function grownPool(size: number): Uint16Array {
  const bigger = new Uint16Array(Math.max(size, 2 * pool.length));
  bigger.set(pool);
  return bigger;
}

/** Doubles the table, placing every kept spelling again. */
function grow(): void {
  slotCount *= 2;
  table = new Int32Array(2 * slotCount);
  const mask = slotCount - 1;
  for (let n = 0; n < spellings.length; n++) {
    let slot = hashes[n]! & mask;
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    table[2 * slot] = hashes[n]!;
    table[2 * slot + 1] = n + 1;
  }
}

/** A string of its own, not a view into a longer one. */
function copyOf(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}
