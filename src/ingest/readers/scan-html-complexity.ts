import { PermanentError } from '../../errors.js';

/** Caps checked on raw HTML before any DOM is built (deep nesting crashes or stalls the parsers). */
export interface HtmlComplexityLimits {
  readonly maxDepth: number;
  readonly maxElements: number;
}

// WebKit caps DOM depth at 512; Readability on linkedom is ~cubic in depth (0.7 s at 500, 38 s at 2000).
export const DEFAULT_HTML_LIMITS: HtmlComplexityLimits = { maxDepth: 500, maxElements: 100_000 };

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound', 'command', 'isindex', 'image']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'template']);
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp']);
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'figure']);
const TAG_NAME = /\/?([a-zA-Z][^\s/>]*)/y;

/** Maximum open-element depth and element count of `html`, by a streaming scan of its tags. */
export function measureHtml(html: string, limits: HtmlComplexityLimits = DEFAULT_HTML_LIMITS): { depth: number; elements: number } {
  const stack: string[] = [];
  let elements = 0;
  let maxDepth = 0;
  let index = html.indexOf('<');
  while (index !== -1 && index < html.length) {
    const tag = readTag(html, index);
    index = tag.end;
    if (tag.name !== undefined) {
      if (tag.closing) closeTag(stack, tag.name);
      else {
        elements++;
        if (!tag.selfClosing && !VOID.has(tag.name)) openTag(stack, tag.name);
        if (RAW_TEXT.has(tag.name)) index = skipRawText(html, index, tag.name);
        maxDepth = Math.max(maxDepth, stack.length);
        if (maxDepth > limits.maxDepth || elements > limits.maxElements) break;
      }
    }
    index = html.indexOf('<', index);
  }
  return { depth: maxDepth, elements };
}

/** Throws PermanentError `too_complex` when `html` is nested deeper or has more elements than allowed. */
export function assertHtmlComplexity(html: string, label: string, limits: HtmlComplexityLimits = DEFAULT_HTML_LIMITS): void {
  const { depth, elements } = measureHtml(html, limits);
  if (depth > limits.maxDepth) {
    throw new PermanentError('too_complex', `[ingest:html] ${label}: elements nested deeper than ${limits.maxDepth}`);
  }
  if (elements > limits.maxElements) {
    throw new PermanentError('too_complex', `[ingest:html] ${label}: more than ${limits.maxElements} elements`);
  }
}

interface Tag { readonly name?: string; readonly closing: boolean; readonly selfClosing: boolean; readonly end: number }

function readTag(html: string, start: number): Tag {
  if (html.startsWith('<!--', start)) return skipTo(html, start + 4, '-->');
  if (html[start + 1] === '!' || html[start + 1] === '?') return skipTo(html, start + 2, '>');
  TAG_NAME.lastIndex = start + 1;
  const match = TAG_NAME.exec(html);
  if (!match?.[1]) return { closing: false, selfClosing: false, end: start + 1 };
  const close = html.indexOf('>', TAG_NAME.lastIndex);
  const end = close === -1 ? html.length : close + 1;
  return {
    name: match[1].toLowerCase(),
    closing: match[0].startsWith('/'),
    selfClosing: html[end - 2] === '/',
    end,
  };
}

function skipTo(html: string, from: number, marker: string): Tag {
  const found = html.indexOf(marker, from);
  return { closing: false, selfClosing: false, end: found === -1 ? html.length : found + marker.length };
}

function skipRawText(html: string, from: number, name: string): number {
  const close = new RegExp(`</${name}`, 'gi');
  close.lastIndex = from;
  return close.exec(html)?.index ?? html.length;
}

function openTag(stack: string[], name: string): void {
  const top = stack[stack.length - 1];
  if (top !== undefined && ((top === name && SELF_CLOSING_SIBLINGS.has(name)) || (top === 'p' && CLOSES_P.has(name)))) {
    stack.pop();
  }
  stack.push(name);
}

function closeTag(stack: string[], name: string): void {
  const at = stack.lastIndexOf(name);
  if (at !== -1) stack.length = at;
}
