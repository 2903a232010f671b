import path from 'node:path';
import { PermanentError } from '../errors.js';
import type { DocumentFormat } from './types.js';
import { sniffBom } from './readers/decode-text.js';

const BINARY_MAGIC: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'zip archive (docx/odt?)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' },
  { bytes: [0x1f, 0x8b], name: 'gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'OLE document (doc/xls?)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF executable' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'RAR archive' },
  { bytes: [0x25, 0x21, 0x50, 0x53], name: 'PostScript' },
];
const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|h1|section|script|link|style)\b/i;
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml', '.php', '.asp', '.aspx']);

export interface FormatHints {
  readonly label: string;
  readonly fileName?: string;
  readonly contentType?: string;
}

/** Format of a document by its bytes first (magic numbers, markup), then by extension and content type. */
export function sniffFormat(bytes: Uint8Array, hints: FormatHints): DocumentFormat {
  const head = headText(bytes);
  if (head.slice(0, 1024).includes('%PDF-')) return 'pdf';
  const binary = BINARY_MAGIC.find((magic) => magic.bytes.every((byte, index) => bytes[index] === byte));
  if (binary) throw new PermanentError('unsupported', `[ingest] ${hints.label}: binary content (${binary.name})`);
  if (HTML_START.test(head)) return 'html';
  return formatFromHints(hints);
}

function formatFromHints(hints: FormatHints): DocumentFormat {
  const extension = path.extname(hints.fileName ?? '').toLowerCase();
  const type = (hints.contentType ?? '').toLowerCase();
  if (extension === '.pdf' || type.includes('application/pdf')) {
    throw new PermanentError('corrupt_pdf', `[ingest:pdf] ${hints.label}: named PDF but has no %PDF header`);
  }
  if (HTML_EXTENSIONS.has(extension) || type.includes('html')) return 'html';
  // Anything else is tried as text: the text reader refuses binary content itself.
  return 'txt';
}

/** First 2 KB as text, UTF-16 aware, for markup sniffing. */
function headText(bytes: Uint8Array): string {
  const bom = sniffBom(bytes);
  const sample = bytes.subarray(0, 2048);
  if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be') {
    return new TextDecoder(bom.encoding).decode(sample);
  }
  return Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
}
