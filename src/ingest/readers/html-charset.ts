import { normalizeCharset } from './decode-text.js';

/** Charset parameter of an HTTP Content-Type header (`text/html; charset=ISO-8859-1`). */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return normalizeCharset(match?.[1]);
}

// The WHATWG prescan looks at the first 1024 bytes; real pages put <meta charset> late behind long <head>s.
const PRESCAN_BYTES = 4096;

/** Charset declared by `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">`. */
export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(tag);
    const charset = normalizeCharset(direct?.[1]);
    if (charset !== undefined) return charset === 'utf-16le' || charset === 'utf-16be' ? 'utf-8' : charset;
  }
  return undefined;
}
