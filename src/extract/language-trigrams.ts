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
  const ranks = profileRanks(languages);
  return {
    rank(sample) {
      if (!plainlyLatin(sample)) return undefined;
      const distances = languages.map(() => 0);
      for (const [trigram, count] of trigramCounts(sample)) {
        const known = ranks.get(trigram);
        for (let l = 0; l < languages.length; l++) {
          const rank = known ? known[l]! : -1;
          distances[l]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
        }
      }
      const ranked = languages.map((code, l): [string, number] => [code, distances[l]!]).sort((a, b) => a[1] - b[1]);
      const min = ranked[0]![1];
      const max = sample.length * MAX_DIFFERENCE - min;
      for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
      return ranked;
    },
  };
}

/** Trigram → its rank in each language's profile (-1 where absent); first occurrence wins, as in franc. */
function profileRanks(languages: readonly string[]): Map<string, Int16Array> {
  const ranks = new Map<string, Int16Array>();
  languages.forEach((code, l) => {
    const profile = data.Latin![code]!.split('|');
    for (let rank = profile.length - 1; rank >= 0; rank--) {
      let row = ranks.get(profile[rank]!);
      if (!row) ranks.set(profile[rank]!, (row = new Int16Array(languages.length).fill(-1)));
      row[l] = rank;
    }
  });
  return ranks;
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

/** trigram-utils' cleaning (ASCII punctuation and digits to spaces, spaces collapsed, lower case), then counts. */
function trigramCounts(sample: string): Map<string, number> {
  const value = ` ${sample.replace(/[\s\u0021-\u0040]+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= value.length; i++) {
    const trigram = value.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
