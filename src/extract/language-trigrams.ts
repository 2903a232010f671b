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
      const { ids, uncoded } = trigramCounts(sample, codes);
      for (const id of ids) {
        const seen = COUNTS[id]!;
        COUNTS[id] = 0;
        const row = rowOf[id]! - 1;
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
 * profiles' characters first, others as met), three codes make an 18-bit id, and counts
 * and ranks are arrays indexed by id. A sample costs no slice and no Map operation.
 */
const CODE_BITS = 6;
const CODES = 1 << CODE_BITS;
const IDS = 1 << (3 * CODE_BITS);
// Counts of the sample being ranked, set back to 0 as they are read.
const COUNTS = new Uint16Array(IDS);

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

/** Trigram id → 1 + its row in `ranks` (0 where no profile has it); a row holds the trigram's rank in each language (-1 where absent), first occurrence winning, as in franc. */
function profileRanks(languages: readonly string[], codes: UnitCodes): { rowOf: Uint16Array; ranks: Int16Array } {
  const rowOf = new Uint16Array(IDS);
  const rows: number[] = [];
  languages.forEach((code, l) => {
    const profile = data.Latin![code]!.split('|');
    for (let rank = profile.length - 1; rank >= 0; rank--) {
      const trigram = profile[rank]!;
      const units = [0, 1, 2].map((k) => codes.of(trigram.charCodeAt(k)));
      if (units.includes(0)) throw new Error(`trigramRanker: more than ${CODES - 1} characters in the profiles of ${languages.join(', ')}`);
      const id = trigramId(units[0]!, units[1]!, units[2]!);
      if (rowOf[id] === 0) {
        rows.push(...languages.map(() => -1));
        rowOf[id] = rows.length / languages.length;
      }
      rows[(rowOf[id]! - 1) * languages.length + l] = rank;
    }
  });
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
 * case), then counts into COUNTS: the distinct ids met, and how many distinct trigrams had
 * a unit without a code.
 */
// Each run of [\s\u0021-\u0040] becomes one space; a run that already is one space is left unmatched (cheaper).
const GAP_TO_CLEAN = /[\s\u0021-\u0040]{2,}|[^\S ]|[\u0021-\u0040]/g;

function trigramCounts(sample: string, codes: UnitCodes): { ids: number[]; uncoded: number } {
  const value = ` ${sample.replace(GAP_TO_CLEAN, ' ').trim().toLowerCase()} `;
  const ids: number[] = [];
  let uncoded: Set<string> | undefined;
  let a = codes.of(value.charCodeAt(0));
  let b = codes.of(value.charCodeAt(1));
  for (let i = 0; i + 3 <= value.length; i++) {
    const c = codes.of(value.charCodeAt(i + 2));
    if (a !== 0 && b !== 0 && c !== 0) {
      const id = trigramId(a, b, c);
      const seen = COUNTS[id]!;
      COUNTS[id] = seen + 1;
      if (seen === 0) ids.push(id);
    } else (uncoded ??= new Set()).add(value.slice(i, i + 3));
    a = b;
    b = c;
  }
  return { ids, uncoded: uncoded?.size ?? 0 };
}
