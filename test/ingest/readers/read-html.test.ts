import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/ingest/readers/read-html.js';
import { measureHtml } from '../../../src/ingest/readers/scan-html-complexity.js';
import { fixtureBytes } from '../support/fixtures.js';

const page = (body: string, head = '') => Buffer.from(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const PARAGRAPH = '<p>La coopération entre les deux régions se poursuit avec un nouveau programme de stages et de missions.</p>';

describe('readHtml', () => {
  it('keeps the article and drops navigation, cookie banner, breadcrumb, aside, newsletter and footer', () => {
    const { text } = readHtml(fixtureBytes('article-with-navigation.html'), { label: 'article' });
    expect(text).toContain('La Ville de Sherbrooke et la Métropole de Lyon ont signé jeudi une entente de coopération');
    expect(text).toContain('Le budget de l’initiative atteint 450 000 €');
    expect(text).toContain('jusqu’au 15 décembre.');
    for (const chrome of ['Actualités', 'Nous joindre', 'témoins (cookies)', 'Tout accepter', 'À lire aussi', 'Budget municipal', 'infolettre', 'Tous droits réservés', 'Plan du site', 'dataLayer', 'position: fixed']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('separates paragraphs by one blank line and keeps each paragraph on one line', () => {
    const { text } = readHtml(fixtureBytes('article-with-navigation.html'), { label: 'article' });
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain('Les organismes intéressés peuvent soumettre leur candidature jusqu’au 15 décembre.');
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(text).not.toMatch(/\n{3,}|[ \t]\n/);
  });

  it('takes the title and date from JSON-LD (@graph NewsArticle), as an ISO day', () => {
    const result = readHtml(fixtureBytes('article-with-navigation.html'), { label: 'article' });
    expect(result.title).toBe('Sherbrooke et Lyon lancent un programme d’échanges en économie sociale');
    expect(result.publishedAt).toBe('2025-09-18');
  });

  it('falls back to meta tags, then <time datetime>, for the date', () => {
    const meta = readHtml(page(PARAGRAPH.repeat(3), '<meta property="article:published_time" content="2024-06-03T22:15:00-04:00"><meta property="og:title" content="Titre OG">'), { label: 'meta' });
    expect(meta).toMatchObject({ publishedAt: '2024-06-03', title: 'Titre OG' });
    const time = readHtml(page(`<article><h1>Titre H1</h1><time datetime="2023-12-01">1er décembre</time>${PARAGRAPH.repeat(3)}</article>`), { label: 'time' });
    expect(time).toMatchObject({ publishedAt: '2023-12-01', title: 'Titre H1' });
    const none = readHtml(page(PARAGRAPH.repeat(3), '<title>Seul titre</title>'), { label: 'none' });
    expect(none.publishedAt).toBeUndefined();
    expect(none.title).toBe('Seul titre');
  });

  it('decodes by <meta http-equiv> charset (ISO-8859-1 is windows-1252)', () => {
    const result = readHtml(fixtureBytes('charset-latin1-meta.html'), { label: 'latin1' });
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toContain('coûte 300 € ; c’est « l’œuvre » d’une décennie');
    expect(result.publishedAt).toBe('2024-11-05');
  });

  it('lets the HTTP charset outrank <meta>, and a BOM outrank both', () => {
    const body = `<p>${'Un cœur d’acier coûte 5 €. '.repeat(8)}</p>`;
    const cp1252 = iconv.encode(`<html><head><meta charset="utf-8"></head><body>${body}</body></html>`, 'windows-1252');
    expect(readHtml(cp1252, { label: 'header', contentType: 'text/html; charset=windows-1252' }).text).toContain('Un cœur d’acier coûte 5 €.');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<html><head><meta charset="iso-8859-1"></head><body>${body}</body></html>`, 'utf16le')]);
    const result = readHtml(utf16, { label: 'bom', contentType: 'text/html; charset=iso-8859-1' });
    expect(result).toMatchObject({ encoding: 'utf-16le' });
    expect(result.text).toContain('Un cœur d’acier coûte 5 €.');
  });

  it('finds the text of a short page Readability rejects, via <main>', () => {
    const result = readHtml(page('<nav>Menu</nav><main><p>Bref avis de nomination.</p></main><footer>Pied</footer>'), { label: 'short' });
    expect(result.text).toBe('Bref avis de nomination.');
  });

  it('fails a script-only page with `empty_extraction`', () => {
    expect(() => readHtml(fixtureBytes('script-only.html'), { label: 'app' })).toThrow(expect.objectContaining({ code: 'empty_extraction' }));
  });

  it('rejects HTML nested 10,000 deep with `too_complex` before building a DOM, in well under a second', () => {
    const deep = Buffer.from(`<html><body>${'<div>'.repeat(10_000)}texte${'</div>'.repeat(10_000)}</body></html>`);
    const started = performance.now();
    expect(() => readHtml(deep, { label: 'deep' })).toThrow(expect.objectContaining({ code: 'too_complex' }));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('rejects 200,000 unclosed tags and too many elements with `too_complex`', () => {
    expect(() => readHtml(Buffer.from(`<p>${'<b>'.repeat(200_000)}x`), { label: 'unclosed' })).toThrow(expect.objectContaining({ code: 'too_complex' }));
    const many = page('<span>x</span>'.repeat(1_000));
    expect(() => readHtml(many, { label: 'many', limits: { maxDepth: 500, maxElements: 500 } })).toThrow(expect.objectContaining({ code: 'too_complex' }));
  });
});

describe('measureHtml', () => {
  it('counts real nesting, not siblings, void elements, unclosed <p>/<li> or markup inside scripts and comments', () => {
    const html = `<html><body><ul>${'<li>item'.repeat(2000)}</ul>${'<p>para'.repeat(2000)}<br><img src=x><script>${'<div>'.repeat(5000)}</script><!-- ${'<div>'.repeat(5000)} --></body></html>`;
    const { depth } = measureHtml(html);
    expect(depth).toBeLessThanOrEqual(4);
    expect(measureHtml('<div><div><div><span>x</span></div></div></div>').depth).toBe(4);
  });
});
