import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { PermanentError } from '../../errors.js';
import { decodeText } from './decode-text.js';
import { blockText, type TextNodeLike } from './html-block-text.js';
import { charsetFromContentType, charsetFromMeta } from './html-charset.js';
import { findHtmlMetadata } from './html-metadata.js';
import { normalizeText } from './normalize-text.js';
import type { ReadResult } from './read-result.js';
import { assertHtmlComplexity, DEFAULT_HTML_LIMITS, type HtmlComplexityLimits } from './scan-html-complexity.js';

export interface ReadHtmlOptions {
  /** Name used in error messages (file path or URL). */
  readonly label: string;
  /** HTTP Content-Type, whose charset outranks `<meta charset>`. */
  readonly contentType?: string;
  readonly limits?: HtmlComplexityLimits;
}

// Boilerplate Readability keeps too often: cookie/consent banners and page chrome.
const BOILERPLATE = [
  'nav', 'aside', 'footer', 'form', 'noscript', 'dialog', '[role="navigation"]', '[role="contentinfo"]',
  '[role="complementary"]', '[role="dialog"]', '[aria-modal="true"]', '[id*="cookie" i]', '[class*="cookie" i]',
  '[id*="consent" i]', '[class*="consent" i]', '[class*="gdpr" i]', '[id*="newsletter" i]', '[class*="newsletter" i]',
  '[class*="share" i]', '[class*="breadcrumb" i]', '[hidden]', '[aria-hidden="true"]',
].join(', ');

/** Main article text of an HTML page (no navigation, banners, asides or footer), with its title and date. */
export function readHtml(bytes: Uint8Array, options: ReadHtmlOptions): ReadResult {
  const declared = charsetFromContentType(options.contentType) ?? charsetFromMeta(bytes);
  const decoded = decodeText(bytes, declared);
  assertHtmlComplexity(decoded.text, options.label, options.limits ?? DEFAULT_HTML_LIMITS);
  const html = asFullDocument(decoded.text);
  const { document } = parseHTML(html);
  const metadata = findHtmlMetadata(document as unknown as Document);
  const text = readabilityText(document as unknown as Document) ?? fallbackText(html);
  if (text === '') {
    throw new PermanentError('empty_extraction', `[ingest:html] ${options.label}: no article text found (script-only page?)`);
  }
  return { text, ...metadata, encoding: decoded.encoding, notes: decoded.notes };
}

// linkedom makes the first element of a fragment the document element; give fragments a body.
function asFullDocument(html: string): string {
  if (/<body[\s>]/i.test(html.slice(0, 65_536)) || /<html[\s>]/i.test(html.slice(0, 4096))) return html;
  return `<!doctype html><html><head></head><body>${html}</body></html>`;
}

function removeBoilerplate(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(BOILERPLATE))) element.remove();
}

function readabilityText(document: Document): string | undefined {
  removeBoilerplate(document);
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const content = article?.content;
  if (!content) return undefined;
  const text = normalizeText(blockText(content as unknown as TextNodeLike));
  return text === '' ? undefined : text;
}

/** When Readability finds nothing: `<article>`, `<main>` or the body, stripped of page chrome. */
function fallbackText(html: string): string {
  const { document } = parseHTML(html);
  const page = document as unknown as Document;
  removeBoilerplate(page);
  for (const element of Array.from(page.querySelectorAll('header'))) element.remove();
  const root = page.querySelector('article') ?? page.querySelector('main, [role="main"]') ?? page.body;
  return root ? normalizeText(blockText(root as unknown as TextNodeLike)) : '';
}
