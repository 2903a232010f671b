import type { Analysis } from './candidate.js';
import { tokenize, type Token } from './tokenize.js';

/** A place the gazetteer found, as char offsets (PlaceMention's shape, structurally). */
export interface PlaceSpan {
  readonly start: number;
  readonly end: number;
}

// A line is a headline when most of its letters are capitals and it is long enough
// that this is not one acronym on its own line.
const HEADLINE_UPPER_SHARE = 0.7;
const HEADLINE_MIN_LETTERS = 10;

/** Tokens plus the per-token facts every rule family reads. */
export function analyzeText(text: string, language: string, places: readonly PlaceSpan[]): Analysis {
  const tokens = tokenize(text);
  const { inPlace, placeRanges } = mapPlaces(tokens, places);
  return { text, tokens, language, inPlace, placeRanges, inHeadline: headlineFlags(text, tokens) };
}

function mapPlaces(tokens: readonly Token[], places: readonly PlaceSpan[]): { inPlace: boolean[]; placeRanges: Set<string> } {
  const inPlace = new Array<boolean>(tokens.length).fill(false);
  const placeRanges = new Set<string>();
  const sorted = [...places].sort((x, y) => x.start - y.start);
  let i = 0;
  for (const p of sorted) {
    while (i < tokens.length && tokens[i]!.end <= p.start) i++;
    let k = i;
    while (k < tokens.length && tokens[k]!.start < p.end) inPlace[k++] = true;
    if (k > i && tokens[i]!.start === p.start && tokens[k - 1]!.end === p.end) placeRanges.add(`${i}:${k}`);
  }
  return { inPlace, placeRanges };
}

function headlineFlags(text: string, tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let lineStart = 0;
  let k = 0;
  while (lineStart <= text.length && k < tokens.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = k;
    while (k < tokens.length && tokens[k]!.start < lineEnd) k++;
    if (isHeadline(tokens, first, k)) flags.fill(true, first, k);
    lineStart = lineEnd + 1;
  }
  return flags;
}

function isHeadline(tokens: readonly Token[], from: number, to: number): boolean {
  let letters = 0;
  let upper = 0;
  for (let k = from; k < to; k++) {
    const tok = tokens[k]!;
    if (!tok.isWord) continue;
    letters += tok.text.length;
    if (tok.isUpper) upper += tok.text.length;
    else if (tok.isCap) upper++;
  }
  return letters >= HEADLINE_MIN_LETTERS && upper / letters >= HEADLINE_UPPER_SHARE;
}
