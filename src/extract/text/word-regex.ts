const W = '[\\p{L}\\p{N}]';
const BOUNDARY = `(?:(?<!${W})(?=${W})|(?<=${W})(?!${W}))`;

/**
 * A RegExp whose `\b` is a Unicode word boundary: JavaScript's `\b` only knows ASCII
 * letters, so "signée\b" never matches before a space.
 */
export function wordRegex(source: string, flags = 'iu'): RegExp {
  return new RegExp(source.replaceAll('\\b', BOUNDARY), flags.includes('u') ? flags : `${flags}u`);
}
