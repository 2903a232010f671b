import { isSpaceCode } from '../text/space-code.js';

// A headline is a short line; a longer one, or one that ends a sentence, is a paragraph.
const HEADLINE_LENGTH = 200;
// A masthead, a date line and a kicker may stand above the headline: the leading short lines read as one zone.
const MAX_LEADING_LINES = 5;

/**
 * End of the article's headline zone: the short lines before its first paragraph ("Ashgrove
 * University News / April 22, 2026 / X and Y sign agreement"), or 0 when the text opens with a paragraph.
 */
export function headlineZoneEnd(text: string): number {
  let end = 0;
  let from = 0;
  for (let seen = 0; seen < MAX_LEADING_LINES && from < text.length; ) {
    const next = text.indexOf('\n', from);
    // A text of one line is all body.
    if (next < 0) break;
    const lineEnd = next;
    const line = text.slice(from, lineEnd).trim();
    from = lineEnd + 1;
    if (line === '') continue;
    // The first line counts by its length alone (a headline may end with a full stop).
    if (seen === 0 ? line.length > HEADLINE_LENGTH : !isShortLine(line)) break;
    end = lineEnd;
    seen++;
  }
  return end;
}

/** A line that is no sentence of prose: a headline, a masthead, a section heading. */
export function isShortLine(line: string): boolean {
  return line.length <= HEADLINE_LENGTH && !/[.!?»"”]$/u.test(line);
}

/** "Un avenant signé, un autre attendu": the span is a short line of its own, a headline or a section heading. */
export function isHeading(text: string, span: { readonly start: number; readonly end: number }): boolean {
  // Read out from the span only while blanks last: on a long line the first word around it settles it.
  for (let i = span.start; i > 0 && text[i - 1] !== '\n'; i--) if (!isSpaceCode(text.charCodeAt(i - 1))) return false;
  for (let i = span.end; i < text.length && text[i] !== '\n'; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  let start = span.start;
  let end = span.end;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > start && end - start <= HEADLINE_LENGTH && isShortLine(text.slice(start, end));
}
