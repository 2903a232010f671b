import { rangeKey, type Analysis } from './candidate.js';
import { tokenize, type Token } from './tokenize.js';

/** A place the gazetteer found, as char offsets (PlaceMention's shape, structurally). */
export interface PlaceSpan {
  readonly start: number;
  readonly end: number;
  /** "feature" for a name made by a head word (Bay of Fundy, Aerospace Valley). */
  readonly kind?: string;
}

// A line is a headline when most of its letters are capitals and it is long enough
// that this is not one acronym on its own line.
const HEADLINE_UPPER_SHARE = 0.7;
const HEADLINE_MIN_LETTERS = 10;

/** Tokens plus the per-token facts every rule family reads. */
export function analyzeText(text: string, language: string, places: readonly PlaceSpan[]): Analysis {
  const tokens = tokenize(text);
  const { inPlace, placeRanges, areaRanges } = mapPlaces(tokens, places);
  const { headline, titleCase } = lineFlags(text, tokens);
  let listsInText = 0;
  let shapesInText = 0;
  let hasUpper = false;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    listsInText |= tok.lists;
    shapesInText |= tok.shape;
    if (tok.isUpper) hasUpper = true;
  }
  return { text, tokens, language, inPlace, placeRanges, areaRanges, inHeadline: headline, inTitleCase: titleCase, listsInText, shapesInText, hasUpper };
}

function mapPlaces(tokens: readonly Token[], places: readonly PlaceSpan[]): { inPlace: boolean[]; placeRanges: Set<number>; areaRanges: Set<number> } {
  const inPlace = new Array<boolean>(tokens.length).fill(false);
  const placeRanges = new Set<number>();
  const areaRanges = new Set<number>();
  const sorted = [...places].sort((x, y) => x.start - y.start);
  let i = 0;
  for (const p of sorted) {
    while (i < tokens.length && tokens[i]!.end <= p.start) i++;
    let k = i;
    while (k < tokens.length && tokens[k]!.start < p.end) inPlace[k++] = true;
    if (k > i && tokens[i]!.start === p.start && tokens[k - 1]!.end === p.end) {
      const key = rangeKey(tokens.length, i, k);
      placeRanges.add(key);
      if (p.kind !== 'feature') areaRanges.add(key);
    }
  }
  return { inPlace, placeRanges, areaRanges };
}

function lineFlags(text: string, tokens: readonly Token[]): { headline: boolean[]; titleCase: boolean[] } {
  const headline = new Array<boolean>(tokens.length).fill(false);
  const titleCase = new Array<boolean>(tokens.length).fill(false);
  let lineStart = 0;
  let k = 0;
  while (lineStart <= text.length && k < tokens.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = k;
    while (k < tokens.length && tokens[k]!.start < lineEnd) k++;
    if (isHeadline(tokens, first, k)) headline.fill(true, first, k);
    else if (isTitleCase(tokens, first, k)) titleCase.fill(true, first, k);
    lineStart = lineEnd + 1;
  }
  return { headline, titleCase };
}

// Title Case: most words of four letters or more are capitalized, over at least four.
const TITLE_CASE_SHARE = 0.75;
const TITLE_CASE_MIN_WORDS = 4;

function isTitleCase(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = from; k < to; k++) {
    const tok = tokens[k]!;
    // A token's length is end - start: no need to read its string.
    const length = tok.end - tok.start;
    if (!tok.isWord || length < 4) continue;
    // A sentence full of names still has a lower-case verb or noun of five letters.
    if (!tok.isCap && length >= 5) return false;
    words++;
    if (tok.isCap) caps++;
  }
  const last = tokens[to - 1];
  return words >= TITLE_CASE_MIN_WORDS && caps / words >= TITLE_CASE_SHARE && last?.text !== '.';
}

function isHeadline(tokens: readonly Token[], from: number, to: number): boolean {
  let letters = 0;
  let upper = 0;
  for (let k = from; k < to; k++) {
    const tok = tokens[k]!;
    if (!tok.isWord) continue;
    const length = tok.end - tok.start;
    letters += length;
    if (tok.isUpper) upper += length;
    else if (tok.isCap) upper++;
  }
  return letters >= HEADLINE_MIN_LETTERS && upper / letters >= HEADLINE_UPPER_SHARE;
}
