const W = '[\\p{L}\\p{N}]';
const START = `(?<!${W})`;
const END = `(?!${W})`;

/**
 * A RegExp whose `\b` is a Unicode word boundary: JavaScript's `\b` only knows ASCII
 * letters, so "signée\b" never matches before a space. A `\b` that opens an alternative
 * becomes "no letter before", any other "no letter after" (one cheap lookaround each).
 */
export function wordRegex(source: string, flags = 'iu'): RegExp {
  const converted = source.replace(/\\b/g, (_m, offset: number) => (opensAlternative(source, offset) ? START : END));
  return new RegExp(converted, flags.includes('u') ? flags : `${flags}u`);
}

function opensAlternative(source: string, offset: number): boolean {
  if (offset === 0) return true;
  const before = source.slice(Math.max(0, offset - 3), offset);
  return /(?:\(\?:|\(|\||\^)$/.test(before) && !before.endsWith('\\|') && !before.endsWith('\\(');
}
