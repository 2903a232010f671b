import { describe, expect, it } from 'vitest';
import { CrawlScope } from '../../../src/ingest/crawl/crawl-scope.js';
import { normalizeUrl } from '../../../src/ingest/crawl/normalize-url.js';
import { parseDuration } from '../../../src/ingest/crawl/parse-duration.js';
import { ARTICLE_MIN_CHARS, readHtmlPage } from '../../../src/ingest/crawl/read-html-page.js';
import { readFeedLinks, readSitemapLinks } from '../../../src/ingest/crawl/read-url-list.js';
import { sniffContent } from '../../../src/ingest/fetch/sniff-content.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('normalizeUrl', () => {
  it('drops fragments, tracking parameters, default ports and sorts the query', () => {
    expect(normalizeUrl('HTTP://Example.ORG:80/a?utm_source=x&b=2&a=1&fbclid=z#top')).toBe('http://example.org/a?a=1&b=2');
    expect(normalizeUrl('https://example.org:443')).toBe('https://example.org/');
    expect(normalizeUrl('../c?gclid=1', 'https://example.org/a/b/')).toBe('https://example.org/a/c');
  });

  it('refuses what is not http(s)', () => {
    expect(normalizeUrl('mailto:presse@example.org')).toBeUndefined();
    expect(normalizeUrl('javascript:alert(1)')).toBeUndefined();
    expect(normalizeUrl('http://[bad')).toBeUndefined();
  });
});

describe('CrawlScope', () => {
  const scope = new CrawlScope({ startUrl: 'https://www.example.org/', maxDepth: 2, include: ['/actualites/*', '/communiques'], exclude: ['*?print=1'] });

  it('keeps the same host (www. ignored), the depth and the patterns', () => {
    expect(scope.allows('https://example.org/actualites/x', 1)).toBe(true);
    expect(scope.allows('https://www.example.org/communiques/2026', 2)).toBe(true);
    expect(scope.allows('https://www.example.org/actualites/x', 3)).toBe(false);
    expect(scope.allows('https://other.org/actualites/x', 1)).toBe(false);
    expect(scope.allows('https://example.org/boutique', 1)).toBe(false);
    expect(scope.allows('https://example.org/actualites/x?print=1', 1)).toBe(false);
    expect(scope.allows('https://www.example.org/', 0)).toBe(true);
  });
});

describe('readHtmlPage', () => {
  it('refuses a page nested 10,000 deep as too_complex before building a DOM', () => {
    const deep = `<html><body>${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}</body></html>`;
    expect(() => readHtmlPage(deep, 'https://x.org/deep')).toThrow(expect.objectContaining({ code: 'too_complex' }));
  });

  const prose = 'La coopération entre les deux villes se poursuit avec un nouveau programme. '.repeat(10);

  it('tells an article from an index page', () => {
    expect(prose.length).toBeGreaterThan(ARTICLE_MIN_CHARS);
    const article = readHtmlPage(`<html><body><nav><a href="/">Accueil</a></nav><p>${prose}</p></body></html>`, 'https://x.org/a');
    expect(article.isArticle).toBe(true);
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/n/${i}">Un titre de nouvelle numéro ${i} assez long</a></li>`).join('');
    const index = readHtmlPage(`<html><body><ul>${links}</ul><p>Quelques mots.</p></body></html>`, 'https://x.org/');
    expect(index.isArticle).toBe(false);
    expect(index.links).toHaveLength(40);
  });

  it('finds announced feeds and honours <base> and nofollow', () => {
    const page = readHtmlPage(
      `<html><head><base href="https://x.org/fr/"><link rel="alternate" type="application/atom+xml" href="flux.atom"></head>
       <body><a href="page#x">a</a><a rel="nofollow" href="/secret">b</a></body></html>`,
      'https://x.org/',
    );
    expect(page.feeds).toEqual(['https://x.org/fr/flux.atom']);
    expect(page.links).toEqual(['https://x.org/fr/page']);
  });
});

describe('feeds and sitemaps', () => {
  it('reads RSS and Atom item links', () => {
    expect(readFeedLinks('<rss><channel><item><link>https://x.org/a?utm_medium=rss</link></item></channel></rss>', 'https://x.org/f')).toEqual(['https://x.org/a']);
    expect(readFeedLinks('<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/b"/></entry></feed>', 'https://x.org/f')).toEqual(['https://x.org/b']);
  });

  it('reads urlset and sitemap index locations', () => {
    expect(readSitemapLinks('<urlset><url><loc> https://x.org/a </loc></url></urlset>', 'https://x.org/s')).toEqual(['https://x.org/a']);
    expect(readSitemapLinks('<sitemapindex><sitemap><loc>https://x.org/s2.xml</loc></sitemap></sitemapindex>', 'https://x.org/s')).toEqual(['https://x.org/s2.xml']);
  });
});

describe('sniffContent', () => {
  it('trusts bytes over the declared type', () => {
    expect(sniffContent(bytes('%PDF-1.4 ...'), 'text/html')).toBe('pdf');
    expect(sniffContent(bytes('<?xml version="1.0"?><!-- x --><rss version="2.0">'), 'text/plain')).toBe('feed');
    expect(sniffContent(bytes('<?xml version="1.0"?><sitemapindex>'), 'application/octet-stream')).toBe('sitemap');
    expect(sniffContent(bytes('<!DOCTYPE html><p>x'), 'application/octet-stream')).toBe('html');
    expect(sniffContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]), 'text/html')).toBe('binary');
    expect(sniffContent(new Uint8Array(64).fill(0xa5), 'application/octet-stream')).toBe('binary');
    expect(sniffContent(bytes('Communiqué de presse'), 'text/plain; charset=utf-8')).toBe('text');
  });
});

describe('parseDuration', () => {
  it('reads intervals and refuses nonsense', () => {
    expect(parseDuration('6h')).toBe(6 * 3600_000);
    expect(parseDuration('1h30m')).toBe(90 * 60_000);
    expect(() => parseDuration('6 heures')).toThrow(/not a duration/);
    expect(() => parseDuration('10s')).toThrow(/shorter/);
  });
});
