import { data } from 'franc/data.js';

/*
 * franc's ranking, computed the way franc computes it but only for our candidate languages.
 * francAll re-reads the text once per script of the world (30 regexes) and builds its trigram
 * table as an object sorted by count; for a text that is plainly in Latin script only the
 * trigram counts matter, and one lookup per trigram gives all candidates' ranks at once.
 * The scores are those of francAll(sample, { only: candidates, minLength: 1 }), bit for bit.
 */

// franc's penalty for a trigram that a language's profile lacks.
const MAX_DIFFERENCE = 300;

export interface TrigramRanker {
  /** [language, score] best first, as francAll; undefined when franc must decide the script itself. */
  rank(sample: string): [string, number][] | undefined;
}

export function trigramRanker(candidates: readonly string[]): TrigramRanker {
  // franc's own order of the Latin-script languages, which its stable sort keeps on ties.
  const languages = Object.keys(data.Latin ?? {}).filter((code) => candidates.includes(code));
  const codes = new UnitCodes();
  const { rowOf, ranks } = profileRanks(languages, codes);
  const count = languages.length;
  return {
    rank(sample) {
      if (!plainlyLatin(sample)) return undefined;
      const distances = languages.map(() => 0);
      const { table, slots, uncoded } = trigramCounts(sample, codes);
      for (const slot of slots) {
        const seen = table.counts[slot]!;
        const row = rowOf(table.ids[slot]! - 1);
        table.ids[slot] = 0;
        for (let l = 0; l < count; l++) {
          const rank = row < 0 ? -1 : ranks[row * count + l]!;
          distances[l]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(seen - rank - 1);
        }
      }
      // Trigrams with a character no code was left for are in no profile.
      for (let l = 0; l < count; l++) distances[l]! += uncoded * MAX_DIFFERENCE;
      const ranked = languages.map((code, l): [string, number] => [code, distances[l]!]).sort((a, b) => a[1] - b[1]);
      const min = ranked[0]![1];
      const max = sample.length * MAX_DIFFERENCE - min;
      for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
      return ranked;
    },
  };
}

/*
 * A trigram is read as a number, not a string: each UTF-16 unit gets a 6-bit code (the
 * profiles' characters first, others as met) and three codes make an 18-bit id. Counts and
 * profile rows live in small open-addressing tables of ids (a few KB, so they stay in cache):
 * a sample costs no slice and no Map operation.
 */
const CODE_BITS = 6;
const CODES = 1 << CODE_BITS;

/** 6-bit codes of UTF-16 units, given as units are met; 0 once all are taken (such a unit is in no profile). */
class UnitCodes {
  readonly #codes = new Uint8Array(0x10000);
  #next = 1;

  of(unit: number): number {
    const code = this.#codes[unit]!;
    if (code !== 0 || this.#next === CODES) return code;
    this.#codes[unit] = this.#next;
    return this.#next++;
  }
}

function trigramId(a: number, b: number, c: number): number {
  return (a << (2 * CODE_BITS)) | (b << CODE_BITS) | c;
}

/** First slot of an id in a table of 2^bits slots (Fibonacci hashing). */
function firstSlot(id: number, bits: number): number {
  return Math.imul(id, 0x9e3779b1) >>> (32 - bits);
}

/** Counts of the sample being ranked: slot → 1 + trigram id (0 when free) and its count; left empty after use. */
interface CountTable {
  readonly bits: number;
  readonly ids: Int32Array;
  readonly counts: Uint32Array;
}

// Enough for the language sample (800 chars, at most as many distinct trigrams, under half the slots).
const SHARED_TABLE = countTable(11);

function countTable(bits: number): CountTable {
  return { bits, ids: new Int32Array(1 << bits), counts: new Uint32Array(1 << bits) };
}

/** The shared table, or a fresh one big enough when the text has more trigrams than it holds at half load. */
function tableFor(trigrams: number): CountTable {
  if (2 * trigrams <= 1 << SHARED_TABLE.bits) return SHARED_TABLE;
  let bits = SHARED_TABLE.bits;
  while (1 << bits < 2 * trigrams) bits++;
  return countTable(bits);
}

/**
 * Each profile trigram's rank in each language (-1 where absent, first occurrence winning, as
 * in franc), as rows of `ranks`; rowOf(id) gives an id's row, or -1 when no profile has it.
 */
function profileRanks(languages: readonly string[], codes: UnitCodes): { rowOf: (id: number) => number; ranks: Int16Array } {
  const byId = new Map<number, number>();
  const rows: number[] = [];
  languages.forEach((code, l) => {
    const profile = data.Latin![code]!.split('|');
    for (let rank = profile.length - 1; rank >= 0; rank--) {
      const trigram = profile[rank]!;
      const units = [0, 1, 2].map((k) => codes.of(trigram.charCodeAt(k)));
      if (units.includes(0)) throw new Error(`trigramRanker: more than ${CODES - 1} characters in the profiles of ${languages.join(', ')}`);
      const id = trigramId(units[0]!, units[1]!, units[2]!);
      let row = byId.get(id);
      if (row === undefined) {
        row = rows.length / languages.length;
        byId.set(id, row);
        rows.push(...languages.map(() => -1));
      }
      rows[row * languages.length + l] = rank;
    }
  });
  let bits = 1;
  while (1 << bits < 2 * byId.size) bits++;
  const ids = new Int32Array(1 << bits);
  const rowOfSlot = new Uint16Array(1 << bits);
  const mask = (1 << bits) - 1;
  for (const [id, row] of byId) {
    let slot = firstSlot(id, bits);
    while (ids[slot] !== 0) slot = (slot + 1) & mask;
    ids[slot] = id + 1;
    rowOfSlot[slot] = row;
  }
  const rowOf = (id: number): number => {
    for (let slot = firstSlot(id, bits); ids[slot] !== 0; slot = (slot + 1) & mask) if (ids[slot] === id + 1) return rowOfSlot[slot]!;
    return -1;
  };
  return { rowOf, ranks: Int16Array.from(rows) };
}

/**
 * franc takes the script with the most matching characters. No other script's expression
 * matches an ASCII letter, so when ASCII letters alone are more than half the text, Latin wins.
 */
function plainlyLatin(sample: string): boolean {
  let ascii = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) ascii++;
  }
  return ascii * 2 > sample.length;
}

/**
 * trigram-utils' cleaning (ASCII punctuation and digits to spaces, spaces collapsed, lower
 * case), then counts: the table, its slots in use (distinct trigrams in order of first
 * occurrence), and how many distinct trigrams had a unit without a code.
 */
// Each run of [\s\u0021-\u0040] becomes one space; a run that already is one space is left unmatched (cheaper).
const GAP_TO_CLEAN = /[\s\u0021-\u0040]{2,}|[^\S ]|[\u0021-\u0040]/g;

function trigramCounts(sample: string, codes: UnitCodes): { table: CountTable; slots: number[]; uncoded: number } {
  const value = ` ${sample.replace(GAP_TO_CLEAN, ' ').trim().toLowerCase()} `;
  const table = tableFor(value.length);
  const { bits, ids, counts } = table;
  const mask = (1 << bits) - 1;
  const slots: number[] = [];
  let uncoded: Set<string> | undefined;
  let a = codes.of(value.charCodeAt(0));
  let b = codes.of(value.charCodeAt(1));
  for (let i = 0; i + 3 <= value.length; i++) {
    const c = codes.of(value.charCodeAt(i + 2));
    if (a !== 0 && b !== 0 && c !== 0) {
      const id = trigramId(a, b, c);
      let slot = firstSlot(id, bits);
      while (ids[slot] !== 0 && ids[slot] !== id + 1) slot = (slot + 1) & mask;
      if (ids[slot] === 0) {
        ids[slot] = id + 1;
        counts[slot] = 0;
        slots.push(slot);
      }
      counts[slot]!++;
    } else (uncoded ??= new Set()).add(value.slice(i, i + 3));
    a = b;
    b = c;
  }
  return { table, slots, uncoded: uncoded?.size ?? 0 };
}
