// C0 controls except \t and \n, DEL, C1 controls, and zero-width/BOM characters.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\ufeff]/g;

/**
 * Text as the extractors want it: NFC, `\n` line endings, no control characters,
 * no trailing spaces, paragraphs separated by exactly one blank line.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(CONTROL, '')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');
}

/** Collapses runs of whitespace (HTML rendering rules) without touching non-breaking spaces' meaning. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}
