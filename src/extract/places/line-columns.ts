import type { FeatureSpan } from './find-features.js';
import type { WordToken } from './word-tokens.js';
import { gapAfter, hyphenedEnd } from './word-tokens.js';

/*
 * Places told by the layout of a list rather than by words: the town column of a list of
 * members or addresses, the town a news site files its stories under. `isNameWord` says
 * which words may name a place too small for the gazetteer; `firstOf`/`lastOf` give, at the
 * last/first token of each place found, 1 + its first/last token (0: none).
 */

/**
 * "Atelier Pré-Vert, Saint-Ovide / Traiteur Martin, Charlesbourg": a one-word name closing a line
 * after a comma, where two lines around close the same way on a place, is the town column
 * of a list of members or addresses.
 */
export function addressColumn(text: string, tokens: readonly WordToken[], i: number, firstOf: Int32Array, isNameWord: (token: WordToken) => boolean): FeatureSpan | null {
  if (i === 0 || gapAfter(text, tokens, i - 1) !== ', ') return null;
  const last = hyphenedEnd(text, tokens, i);
  if (!LINE_END.test(text.slice(tokens[last]!.end, tokens[last]!.end + 3))) return null;
  for (let t = i; t <= last; t++) if (!isNameWord(tokens[t]!)) return null;
  const closesOnPlace = (t: number): boolean =>
    t >= 0 && t < tokens.length && firstOf[t]! > 1 && gapAfter(text, tokens, firstOf[t]! - 2) === ', ' && LINE_END.test(text.slice(tokens[t]!.end, tokens[t]!.end + 3));
  const before = lineEndBefore(text, tokens, i);
  const after = lineEndAfter(text, tokens, last);
  const [above, below] = [closesOnPlace(before), closesOnPlace(after)];
  const column = (above && (below || closesOnPlace(lineEndBefore(text, tokens, before)))) || (below && closesOnPlace(lineEndAfter(text, tokens, after)));
  return column ? { first: i, last, confidence: 0.55 } : null;
}

/** The last token of the line before the one holding token i, or -1. */
function lineEndBefore(text: string, tokens: readonly WordToken[], i: number): number {
  if (i < 0) return -1;
  const lineStart = text.lastIndexOf('\n', tokens[i]!.start);
  let t = i - 1;
  while (t >= 0 && tokens[t]!.end > lineStart) t--;
  return t;
}

/** The last token of the line after the one that token `last` closes, or -1. */
function lineEndAfter(text: string, tokens: readonly WordToken[], last: number): number {
  if (last < 0 || last + 1 >= tokens.length) return -1;
  const nextBreak = text.indexOf('\n', tokens[last + 1]!.start);
  const end = nextBreak < 0 ? text.length : nextBreak;
  let t = last + 1;
  while (t + 1 < tokens.length && tokens[t + 1]!.start < end) t++;
  return t;
}
const LINE_END = /^[ \t]{0,2}(?:\r?\n|$)/;

/**
 * "Thiès : le marché rouvre / Diambour : les pêcheurs réclament un quai": a name opening a
 * line before " : " and a lower-case headline, beside a line opened the same way by a
 * place, is the town a news site files the story under.
 */
export function kickerColumn(text: string, tokens: readonly WordToken[], i: number, lastOf: Int32Array, isNameWord: (token: WordToken) => boolean): FeatureSpan | null {
  if (!opensLine(text, tokens, i)) return null;
  const last = hyphenedEnd(text, tokens, i);
  if (!KICKER.test(text.slice(tokens[last]!.end, tokens[last]!.end + 4))) return null;
  for (let t = i; t <= last; t++) if (!isNameWord(tokens[t]!)) return null;
  const filesUnderPlace = (t: number): boolean => t >= 0 && t < tokens.length && lastOf[t]! > 0 && opensLine(text, tokens, t) && KICKER.test(text.slice(tokens[lastOf[t]! - 1]!.end, tokens[lastOf[t]! - 1]!.end + 4));
  const above = lineEndBefore(text, tokens, i);
  let below = last + 1;
  while (below < tokens.length && !opensLine(text, tokens, below)) below++;
  return filesUnderPlace(lineStartOf(text, tokens, above)) || filesUnderPlace(below) ? { first: i, last, confidence: 0.55 } : null;
}
const KICKER = /^ ?: \p{Ll}/u;

/** Token i is the first of its line. */
function opensLine(text: string, tokens: readonly WordToken[], i: number): boolean {
  if (i === 0) return !/\S/.test(text.slice(0, tokens[0]!.start));
  // A line break, then only spaces and tabs up to the token: read back from it by char code.
  const token = tokens[i];
  if (!token) return false;
  let k = token.start - 1;
  const from = tokens[i - 1]!.end;
  while (k >= from && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k >= from && text.charCodeAt(k) === 10;
}

/** The first token of the line that token t is on, or -1. */
function lineStartOf(text: string, tokens: readonly WordToken[], t: number): number {
  if (t < 0) return -1;
  while (t > 0 && !opensLine(text, tokens, t)) t--;
  return t;
}
