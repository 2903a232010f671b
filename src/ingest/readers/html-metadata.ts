import { collapseWhitespace } from './normalize-text.js';
import { toIsoDate } from './to-iso-date.js';

/** What a page says about itself: headline and publication day. */
export interface HtmlMetadata {
  readonly title?: string;
  readonly publishedAt?: string;
}

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created',
  'date', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'article.published',
  'sailthru.date', 'parsely-pub-date', 'citation_publication_date', 'citation_date',
];
const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'headline'];
const ARTICLE_TYPE = /article|posting|report|release/i;

/** Title and publication date from JSON-LD, meta tags, then `<time datetime>` and headings. */
export function findHtmlMetadata(document: Document): HtmlMetadata {
  const jsonLd = readJsonLd(document);
  const meta = readMeta(document);
  const published = jsonLd.published ?? firstOf(meta, DATE_META) ?? timeDatetime(document);
  const title = jsonLd.title ?? firstOf(meta, TITLE_META) ?? text(document.querySelector('h1')) ?? text(document.querySelector('title'));
  return { ...(title ? { title } : {}), ...withDate(toIsoDate(published)) };
}

function withDate(publishedAt: string | undefined): { publishedAt?: string } {
  return publishedAt ? { publishedAt } : {};
}

function text(element: Element | null): string | undefined {
  const value = collapseWhitespace(element?.textContent ?? '').trim();
  return value === '' ? undefined : value;
}

function readMeta(document: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta[content]'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase();
    const content = element.getAttribute('content')?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  return meta;
}

function firstOf(meta: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return undefined;
}

function timeDatetime(document: Document): string | undefined {
  const selectors = ['[itemprop="datePublished"][datetime]', 'time[pubdate][datetime]', 'article time[datetime]', 'time[datetime]'];
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('datetime');
    if (value && toIsoDate(value)) return value;
  }
  return undefined;
}

interface JsonLdFacts { title?: string; published?: string }

function readJsonLd(document: Document): JsonLdFacts {
  const facts: JsonLdFacts = {};
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), facts, 0);
    } catch {
      // Broken JSON-LD is common and not our problem: meta tags and <time> still apply.
    }
  }
  return facts;
}

function visit(value: unknown, facts: JsonLdFacts, depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) return value.forEach((item) => visit(item, facts, depth + 1));
  const node = value as Record<string, unknown>;
  const type = [node['@type']].flat().join(' ');
  if (!facts.published && typeof node.datePublished === 'string') facts.published = node.datePublished;
  const headline = node.headline ?? node.name;
  if (!facts.title && ARTICLE_TYPE.test(type) && typeof headline === 'string' && headline.trim() !== '') {
    facts.title = headline.trim();
  }
  if (node['@graph'] !== undefined) visit(node['@graph'], facts, depth + 1);
  if (node.mainEntity !== undefined) visit(node.mainEntity, facts, depth + 1);
}
