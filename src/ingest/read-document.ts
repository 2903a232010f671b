import { createHash } from 'node:crypto';
import path from 'node:path';
import { errorMessage, PermanentError, VeilleError } from '../errors.js';
import type { ReadResult } from './readers/read-result.js';
import { readHtml } from './readers/read-html.js';
import { DEFAULT_MAX_PDF_PAGES, readPdf } from './readers/read-pdf.js';
import { readText } from './readers/read-text.js';
import { DEFAULT_HTML_LIMITS, type HtmlComplexityLimits } from './readers/scan-html-complexity.js';
import { sniffFormat } from './sniff-format.js';
import type { DocumentFormat, RawDocument } from './types.js';

/** Where the bytes came from; the hints matter only when the bytes themselves are ambiguous. */
export interface DocumentSource {
  /** file:///abs/path or http(s) URL. */
  readonly sourceUri: string;
  readonly fileName?: string;
  /** HTTP Content-Type, when fetched. */
  readonly contentType?: string;
}

/** Caps on untrusted input; the defaults match loadConfig's. */
export interface ReadLimits {
  readonly maxInputBytes?: number;
  readonly maxPdfPages?: number;
  readonly html?: HtmlComplexityLimits;
}

export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Reads one txt/HTML/PDF document: sniffs its format, decodes it and returns its text with
 * its identity (SHA-256 of the original bytes). Throws PermanentError for bad input:
 * `empty`, `unsupported`, `too_large`, `too_complex`, `empty_extraction`, `needs_ocr`,
 * `corrupt_pdf`, `encrypted`.
 */
export async function readDocument(bytes: Uint8Array, source: DocumentSource, limits: ReadLimits = {}): Promise<RawDocument> {
  const label = labelOf(source);
  assertInputSize(bytes.byteLength, limits.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES, label);
  if (bytes.byteLength === 0) throw new PermanentError('empty', `[ingest] ${label}: empty file`);
  const format = sniffDocumentFormat(bytes, source);
  const result = await readAs(format, bytes, source, label, limits).catch((error: unknown) => {
    throw asReaderError(error, label);
  });
  return toRawDocument(bytes, source, format, result);
}

/** A reader's own failure on these bytes is deterministic: never worth a retry. */
function asReaderError(error: unknown, label: string): VeilleError {
  if (error instanceof VeilleError) return error;
  if (error instanceof RangeError) {
    return new PermanentError('too_complex', `[ingest] ${label}: too complex to parse (${error.message})`, { cause: error });
  }
  return new PermanentError('unreadable', `[ingest] ${label}: reader failed (${errorMessage(error)})`, { cause: error });
}

/** The format readDocument will read `bytes` as; throws PermanentError for unsupported binary content. */
export function sniffDocumentFormat(bytes: Uint8Array, source: DocumentSource): DocumentFormat {
  return sniffFormat(bytes, { label: labelOf(source), fileName: source.fileName ?? fileNameOf(source.sourceUri), contentType: source.contentType });
}

/** Throws `too_large` for inputs over the cap; callers check a file's size with it before reading it. */
export function assertInputSize(byteLength: number, maxInputBytes: number, label: string): void {
  if (byteLength > maxInputBytes) {
    throw new PermanentError('too_large', `[ingest] ${label}: ${byteLength} bytes, over the ${maxInputBytes}-byte input cap`);
  }
}

async function readAs(format: DocumentFormat, bytes: Uint8Array, source: DocumentSource, label: string, limits: ReadLimits): Promise<ReadResult> {
  switch (format) {
    case 'pdf':
      return readPdf(bytes, { label, maxPages: limits.maxPdfPages ?? DEFAULT_MAX_PDF_PAGES });
    case 'html':
      return readHtml(bytes, { label, contentType: source.contentType, limits: limits.html ?? DEFAULT_HTML_LIMITS });
    case 'txt':
      return readText(bytes, label);
  }
}

function toRawDocument(bytes: Uint8Array, source: DocumentSource, format: DocumentFormat, result: ReadResult): RawDocument {
  return {
    sourceUri: source.sourceUri,
    format,
    contentSha256: createHash('sha256').update(bytes).digest('hex'),
    byteLength: bytes.byteLength,
    text: result.text,
    ...(result.title !== undefined ? { title: result.title } : {}),
    ...(result.publishedAt !== undefined ? { publishedAt: result.publishedAt } : {}),
    ...(result.encoding !== undefined ? { encoding: result.encoding } : {}),
    ...(result.notes !== undefined && result.notes.length > 0 ? { notes: result.notes } : {}),
  };
}

function labelOf(source: DocumentSource): string {
  if (!source.sourceUri.startsWith('file:')) return source.sourceUri;
  try {
    return decodeURIComponent(new URL(source.sourceUri).pathname);
  } catch {
    return source.sourceUri;
  }
}

function fileNameOf(sourceUri: string): string | undefined {
  try {
    return path.posix.basename(decodeURIComponent(new URL(sourceUri).pathname));
  } catch {
    return undefined;
  }
}
