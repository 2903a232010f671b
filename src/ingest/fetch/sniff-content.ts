/*
 * What a response really is, from its first bytes, with the declared Content-Type only as
 * a tie-break: servers send PDFs as text/html, feeds as text/plain, HTML as octet-stream.
 */

export const CONTENT_KINDS = ['html', 'pdf', 'feed', 'sitemap', 'text', 'binary'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** How many leading bytes the sniffer looks at. */
export const SNIFF_BYTES = 2048;

const BINARY_MAGIC: readonly (readonly number[])[] = [
  [0x1f, 0x8b], // gzip
  [0x50, 0x4b, 0x03, 0x04], // zip, docx, odt
  [0x89, 0x50, 0x4e, 0x47], // png
  [0xff, 0xd8, 0xff], // jpeg
  [0x47, 0x49, 0x46, 0x38], // gif
  [0x7f, 0x45, 0x4c, 0x46], // elf
];

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  return magic.every((byte, index) => bytes[offset + index] === byte);
}

function looksBinary(head: Uint8Array): boolean {
  if (BINARY_MAGIC.some((magic) => startsWith(head, magic))) return true;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return !isUtf16(head);
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return head.length > 0 && control / head.length > 0.1;
}

function isUtf16(head: Uint8Array): boolean {
  return startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]);
}

/** The first element name of a markup document, skipping the prolog, comments and doctype. */
function rootElement(text: string): string | undefined {
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, (doctype) => (/html/i.test(doctype) ? '<html>' : ''));
  return /^\s*<([A-Za-z][\w:.-]*)/.exec(body)?.[1]?.toLowerCase();
}

function markupKind(root: string): ContentKind | undefined {
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'feed';
  if (root === 'urlset' || root === 'sitemapindex') return 'sitemap';
  if (['html', 'head', 'body', 'div', 'p', 'title', 'meta', 'article', 'section'].includes(root)) return 'html';
  return undefined;
}

function declaredKind(contentType: string): 'html' | 'text' | undefined {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type.startsWith('text/') || /^application\/([\w.+-]*\+)?(xml|json)$/.test(type)) return 'text';
  return undefined;
}

/** Classifies a response from its leading bytes; `contentType` only decides what markup-free bytes are. */
export function sniffContent(bytes: Uint8Array, contentType?: string): ContentKind {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (looksBinary(head)) return 'binary';
  const root = rootElement(new TextDecoder('latin1').decode(head));
  const fromMarkup = root === undefined ? undefined : markupKind(root);
  if (fromMarkup) return fromMarkup;
  // Markup-free bytes are text only when nothing says otherwise (no type, or text/*).
  if (contentType === undefined || contentType.trim() === '') return 'text';
  return declaredKind(contentType) ?? 'binary';
}

/** True when the declared type alone says the body can only be binary media (checked before reading it). */
export function isDeclaredMedia(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^(image|audio|video|font)\//.test(type) || /^application\/(zip|x-tar|gzip|x-7z|vnd\.rar|x-msdownload)/.test(type);
}
