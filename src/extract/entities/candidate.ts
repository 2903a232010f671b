import type { Token } from './tokenize.js';

/** The entity types this module names (DATE comes from the date extractor). */
export type NamedType = 'ORG' | 'PERSON' | 'PLACE';

/** A proposed mention over tokens [start, end), before overlaps are resolved. */
export interface Candidate {
  readonly type: NamedType;
  readonly start: number;
  readonly end: number;
  /** Higher wins an overlap; ties go to the longer span. */
  readonly priority: number;
  readonly confidence: number;
  /** Other forms of the same entity (an acronym and its long form). */
  readonly aliases?: readonly string[];
  /** PERSON: the anchor was a surname-only title mention ("Premier Notley"). */
  readonly surnameOnly?: boolean;
}

/** What every rule family reads: the tokens and where the gazetteer saw places. */
export interface Analysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly language: string;
  /** For each token, whether a gazetteer place covers it. */
  readonly inPlace: readonly boolean[];
  /** Token ranges that are exactly a gazetteer place, as `rangeKey`s. */
  readonly placeRanges: ReadonlySet<number>;
  /** The same for gazetteer places proper (cities, countries, regions), not features named by a head word. */
  readonly areaRanges: ReadonlySet<number>;
  /** Lines (by token index) that are mostly upper case: headlines, banners. */
  readonly inHeadline: readonly boolean[];
  /** Lines in Title Case ("Governor Signs Trade Pact With Premier"): roles there are not titles. */
  readonly inTitleCase: readonly boolean[];
  /** Every word list some token of the text is in (Token.lists of all tokens, or-ed): a rule whose words are absent skips its pass. */
  readonly listsInText: number;
  /** The same for Token.shape. */
  readonly shapesInText: number;
  /** Whether some token is in capitals (Token.isUpper). */
  readonly hasUpper: boolean;
}

/** The text a token range covers. */
export function spanText(a: Analysis, start: number, end: number): string {
  return a.text.slice(a.tokens[start]!.start, a.tokens[end - 1]!.end);
}

/** Tokens [start, end) of `tokenCount` as one number (no string built per question). */
export function rangeKey(tokenCount: number, start: number, end: number): number {
  return start * (tokenCount + 1) + end;
}

/** Tokens [start, end) of a `rangeKey` of `tokenCount` tokens. */
export function rangeBounds(tokenCount: number, key: number): [start: number, end: number] {
  const span = tokenCount + 1;
  const start = Math.floor(key / span);
  return [start, key - start * span];
}

/** Whether tokens [start, end) are exactly one gazetteer place. */
export function isPlaceRange(a: Analysis, start: number, end: number): boolean {
  return a.placeRanges.has(rangeKey(a.tokens.length, start, end));
}

/** Whether tokens [start, end) are exactly one gazetteer place proper (not a feature). */
export function isAreaRange(a: Analysis, start: number, end: number): boolean {
  return a.areaRanges.has(rangeKey(a.tokens.length, start, end));
}
