import { collapseWhitespace } from './normalize-text.js';

/** The few DOM members the walker needs; linkedom nodes have them. */
export interface TextNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<TextNodeLike>;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'button', 'select', 'head']);
const CELL = new Set(['td', 'th']);

/** Visible text of a DOM subtree with paragraphs (block elements) separated by blank lines. */
export function blockText(root: TextNodeLike): string {
  const parts: string[] = [];
  walk(root, parts);
  return parts
    .join('')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()).filter(Boolean).join('\n'))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function walk(node: TextNodeLike, parts: string[]): void {
  if (node.nodeType === 3) {
    parts.push(collapseWhitespace(node.nodeValue ?? ''));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toLowerCase();
  if (SKIP.has(name)) return;
  if (name === 'br') return void parts.push('\n');
  const block = BLOCK.has(name);
  if (block) parts.push('\n\n');
  for (const child of Array.from(node.childNodes)) walk(child, parts);
  if (block) parts.push('\n\n');
  else if (CELL.has(name)) parts.push(' ');
}
