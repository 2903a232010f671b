const W = '[\\p{L}\\p{N}]';
const START = `(?<!${W})`;
const END = `(?!${W})`;

/**
 * A RegExp whose `\b` is a Unicode word boundary: JavaScript's `\b` only knows ASCII
 * letters, so "signée\b" never matches before a space. A `\b` that opens an alternative
 * becomes "no letter before", any other "no letter after" (one cheap lookaround each).
 */
export function wordRegex(source: string, flags = 'iu'): RegExp {
  return new RegExp(withUnicodeBoundaries(source), withUnicode(flags));
}

function withUnicodeBoundaries(source: string): string {
  return source.replace(/\\b/g, (_m, offset: number) => (opensAlternative(source, offset) ? START : END));
}

function withUnicode(flags: string): string {
  return flags.includes('u') ? flags : `${flags}u`;
}

/**
 * A RegExp whose `\b` keeps JavaScript's meaning (a boundary of ASCII word characters, `\w`),
 * written as the one-sided lookaround it amounts to where it stands: `(?<!\w)` where it opens
 * an alternative, `(?!\w)` anywhere else. The same matches as `new RegExp(source, flags)` when
 * every alternative a `\b` opens starts with a word character and every other `\b` follows
 * one, as in a list of words. Under the `iu` flags V8 tests a bare `\b` at every offset
 * several times slower than these.
 */
export function asciiWordRegex(source: string, flags = 'iu'): RegExp {
  return new RegExp(source.replace(/\\b/g, (_m, offset: number) => (opensAlternative(source, offset) ? '(?<!\\w)' : '(?!\\w)')), flags);
}

function opensAlternative(source: string, offset: number): boolean {
  if (offset === 0) return true;
  const before = source.slice(Math.max(0, offset - 3), offset);
  return /(?:\(\?:|\(|\||\^)$/.test(before) && !before.endsWith('\\|') && !before.endsWith('\\(');
}

/**
 * `re` with its `\b` assertions dropped, as a cheap gate before it: it matches wherever `re`
 * does (dropping an assertion only adds matches), and a `\b` under the `iu` flags, tested at
 * every offset, makes a whole-text scan several times slower. Refuses a pattern with a
 * negative lookaround, where a dropped `\b` could remove matches instead.
 */
export function withoutWordBoundaries(re: RegExp): RegExp {
  if (/\(\?<?!/.test(re.source)) throw new Error(`withoutWordBoundaries: negative lookaround in ${re.source}`);
  return new RegExp(re.source.replace(/(?<!\\)((?:\\\\)*)\\b/g, '$1'), re.flags.replace(/[gy]/g, ''));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A word pattern whose matches must start a word: the same matches as
 * wordRegex(`\b(?:${source})`), found faster. V8 cannot skip ahead over a pattern that opens
 * with a lookbehind and runs it at every offset (several times slower on a sentence); here
 * the plain pattern finds a candidate, the start of word is checked by hand, and a candidate
 * inside a word is passed over with the search resumed one character later.
 */
export class WordStartRegex {
  readonly #re: RegExp;

  constructor(source: string, flags = 'iu') {
    this.#re = wordRegex(source, flags.includes('g') ? flags : `${flags}g`);
  }

  /** The first match in `text`, or null. */
  exec(text: string): RegExpExecArray | null {
    return this.#next(text, 0);
  }

  test(text: string): boolean {
    return this.#next(text, 0) !== null;
  }

  /** Every match, each search resuming where the previous match ended (as a global RegExp does). */
  all(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    let from = 0;
    for (let m = this.#next(text, from); m; m = this.#next(text, from)) {
      out.push(m);
      from = m.index + Math.max(1, m[0].length);
    }
    return out;
  }

  #next(text: string, from: number): RegExpExecArray | null {
    const re = this.#re;
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!wordCharBefore(text, m.index)) return m;
      re.lastIndex = afterCodePoint(text, m.index);
    }
    return null;
  }
}

/**
 * A pattern that must end the text, as in `new RegExp(`(?:${source})$`, flags).test(text)`
 * ("(?:^|[^\p{L}])une\s+$" before a noun), answered by one backward match from the end: a
 * forward search tries the pattern at every offset, and one that opens with a test of a large
 * Unicode class ("[^\p{L}]", a lookbehind) runs that test at each of them.
 */
export class SuffixRegex {
  readonly #re: RegExp;

  constructor(source: string, flags = 'iu') {
    this.#re = new RegExp(`(?<=${source})`, `${flags.replace(/[gy]/g, '')}y`);
  }

  test(text: string): boolean {
    this.#re.lastIndex = text.length;
    return this.#re.test(text);
  }
}

/**
 * A word pattern that must end the text, as in `new WordStartRegex(`${source}$`).test(text)`
 * (a cue just before a name: "basée à la ", "signed at the "), answered by one backward
 * match from the end: a forward search tries the pattern at every offset of the text.
 */
export class WordSuffixRegex extends SuffixRegex {
  constructor(source: string, flags = 'iu') {
    super(`${START}(?:${withUnicodeBoundaries(source)})`, withUnicode(flags));
  }
}

/** True when [start, end) of `text` is a whole word: no letter or digit touches either side. */
export function isWordBounded(text: string, start: number, end: number): boolean {
  return !wordCharBefore(text, start) && !wordCharAt(text, end);
}

/** True when the code point starting at `at` is a letter or a digit. */
function wordCharAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** True when the code point ending at `at` is a letter or a digit (what `(?<![\p{L}\p{N}])` refuses). */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const pair = c >= 0xdc00 && c <= 0xdfff && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2));
  return WORD_CHAR.test(text.slice(pair ? at - 2 : at - 1, at));
}

/** The index after the code point at `at`: a unicode RegExp never resumes inside a surrogate pair. */
function afterCodePoint(text: string, at: number): number {
  return isHighSurrogate(text.charCodeAt(at)) && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The alternation of `alternatives` grouped by first letter, "(?:a(?:ccords?|greements?)|m(?:issions?))":
 * on a plain alternation V8 tries every branch at every offset; grouped, one first-letter
 * test leaves a single group to try. The matches are the same: branches with different first
 * letters never match at the same offset, and each group keeps its branches in the given
 * order. Each alternative must start with a letter that no quantifier follows and hold no
 * top-level "|". With `ignoreCase`, letters are grouped case-insensitively (for an `i` RegExp).
 */
export function byFirstLetter(alternatives: readonly string[], ignoreCase: boolean): string {
  const groups = new Map<string, string[]>();
  for (const a of alternatives) {
    if (!/^\p{L}(?![?*+{])/u.test(a) || hasTopLevelBar(a)) throw new Error(`byFirstLetter: cannot group "${a}"`);
    const key = ignoreCase ? a[0]!.toLowerCase() : a[0]!;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(a.slice(1));
  }
  return `(?:${[...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|')})`;
}

function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
