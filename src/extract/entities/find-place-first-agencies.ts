import { rangeBounds, type Analysis, type Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { isNameWord } from './word-classes.js';

// A place's name, at most this many words, before the agency's domain words.
const MAX_PLACE_TOKENS = 3;

/**
 * ORG candidates for a local agency named by its territory then its domain, with no head
 * noun: "Sudbury Economic Development", "Ottawa Tourism" (the mirror of "Tourisme
 * Montréal", "Invest Hamilton", which findPlaceNamedBodies reads).
 */
export function findPlaceFirstAgencies(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!a.text.includes('Economic Development') && !a.text.includes(' Tourism')) return out;
  const t = a.tokens;
  let places: Set<string> | undefined;
  for (let i = 1; i < t.length; i++) {
    const end = domainEnd(t, i);
    if (end < 0 || a.inHeadline[i]) continue;
    // The gazetteer leaves a place that opens a name to the name: the text must name it as a place elsewhere.
    places ??= placeNames(a);
    let name = '';
    for (let s = i - 1; s >= 0 && s >= i - MAX_PLACE_TOKENS && isNameWord(t[s]) && !t[s + 1]!.lineStart; s--) {
      name = name === '' ? t[s]!.fold : `${t[s]!.fold} ${name}`;
      if (places.has(name)) {
        out.push({ type: 'ORG', start: s, end, priority: 6, confidence: 0.65 });
        break;
      }
      if (t[s]!.sentenceStart) break;
    }
  }
  return out;
}

/** The folded names of the places the gazetteer found ("red deer"). */
function placeNames(a: Analysis): Set<string> {
  const out = new Set<string>();
  for (const range of a.areaRanges) {
    const [s, e] = rangeBounds(a.tokens.length, range);
    if (e - s <= MAX_PLACE_TOKENS) out.add(a.tokens.slice(s, e).map((tok) => tok.fold).join(' '));
  }
  return out;
}

/** End of "Economic Development" or "Tourism" written with capitals at i, or -1. */
function domainEnd(t: readonly Token[], i: number): number {
  const tok = t[i]!;
  if (!tok.isCap || tok.isUpper || tok.sentenceStart || tok.lineStart) return -1;
  if (tok.fold === 'tourism') return i + 1;
  const next = t[i + 1];
  if (tok.fold !== 'economic' || next?.fold !== 'development' || !next.isCap) return -1;
  // "Yukon Economic Development and Trade": a ministry's second portfolio.
  const after = t[i + 3];
  return t[i + 2]?.fold === 'and' && after !== undefined && isNameWord(after) && !after.isUpper && !after.lineStart ? i + 4 : i + 2;
}
