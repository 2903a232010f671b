import { PermanentError, VeilleError, errorMessage } from '../../errors.js';
import { normalizeText } from './normalize-text.js';
import type { ReadResult } from './read-result.js';
import { toIsoDate } from './to-iso-date.js';

export interface ReadPdfOptions {
  /** Name used in error messages (file path or URL). */
  readonly label: string;
  /** Page cap: longer documents are refused as `too_large`. */
  readonly maxPages?: number;
}

export const DEFAULT_MAX_PDF_PAGES = 500;
// Titles that word processors put in Info by themselves: the file name, not the document's title.
const JUNK_TITLE = /^$|^(?:microsoft (?:word|powerpoint) - |untitled|sans titre|document\d*$)|\.(?:docx?|odt|pdf|pptx?|indd)$/i;
// Fewer letters than this per page means the pages are images (a scan): OCR is out of scope.
const MIN_LETTERS_PER_PAGE = 16;

/** Text layer of a PDF with its Info title and creation date. */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions): Promise<ReadResult> {
  assertComplete(bytes, options.label);
  // Loaded on first use: pdf.js is the heaviest module by far, and most documents are HTML or text.
  const { PDFParse } = await import('pdf-parse');
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: bytes.slice(), verbosity: 0 });
  try {
    const info = await parser.getInfo();
    assertPageCount(info.total, options);
    const result = await parser.getText({ pageJoiner: '\n\n' });
    const text = normalizeText(result.text);
    assertTextLayer(text, info.total, options.label);
    return { text, ...pdfMetadata(info.info, info.getDateNode()) };
  } catch (error) {
    throw classifyPdfError(error, options.label);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** A truncated download lacks the trailing `%%EOF`; pdf.js would otherwise guess at what is left. */
function assertComplete(bytes: Uint8Array, label: string): void {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-2048).toString('latin1');
  if (!tail.includes('%%EOF')) throw new PermanentError('corrupt_pdf', `[ingest:pdf] ${label}: truncated (no %%EOF marker)`);
}

function assertPageCount(pages: number, options: ReadPdfOptions): void {
  const max = options.maxPages ?? DEFAULT_MAX_PDF_PAGES;
  if (pages > max) throw new PermanentError('too_large', `[ingest:pdf] ${options.label}: ${pages} pages, over the ${max}-page cap`);
}

function assertTextLayer(text: string, pages: number, label: string): void {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS_PER_PAGE * Math.max(1, Math.min(pages, 3))) {
    throw new PermanentError('needs_ocr', `[ingest:pdf] ${label}: no text layer (scanned?); OCR is not supported`);
  }
}

function pdfMetadata(info: unknown, dates: { CreationDate?: Date | null }): { title?: string; publishedAt?: string } {
  const raw = (info as { Title?: unknown } | undefined)?.Title;
  const title = typeof raw === 'string' && !JUNK_TITLE.test(raw.trim()) ? raw.trim() : undefined;
  const publishedAt = toIsoDate(dates.CreationDate);
  return { ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}) };
}

function classifyPdfError(error: unknown, label: string): VeilleError {
  if (error instanceof VeilleError) return error;
  if ((error as Error | undefined)?.name === 'PasswordException') {
    return new PermanentError('encrypted', `[ingest:pdf] ${label}: encrypted (password required)`, { cause: error });
  }
  const reason = errorMessage(error);
  return new PermanentError('corrupt_pdf', `[ingest:pdf] ${label}: unreadable PDF (${reason})`, { cause: error });
}
