import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../src/errors.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { fixtureBytes, fixtureSource } from './support/fixtures.js';

const source = (fileName: string, contentType?: string) => ({ sourceUri: `file:///inbox/${fileName}`, fileName, ...(contentType ? { contentType } : {}) });

describe('readDocument', () => {
  it('returns a RawDocument with the SHA-256 of the original bytes', async () => {
    const bytes = fixtureBytes('windows-1252.txt');
    const doc = await readDocument(bytes, fixtureSource('windows-1252.txt'));
    expect(doc).toMatchObject({ format: 'txt', byteLength: bytes.byteLength, encoding: 'windows-1252', sourceUri: expect.stringMatching(/^file:\/\/\/.*windows-1252\.txt$/) });
    expect(doc.contentSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('sniffs the format from the bytes before the name or content type', async () => {
    const pdf = fixtureBytes('text-two-pages.pdf');
    expect((await readDocument(pdf, source('communique.html', 'text/html'))).format).toBe('pdf');
    const html = fixtureBytes('article-with-navigation.html');
    const doc = await readDocument(html, source('article.txt', 'text/plain'));
    expect(doc).toMatchObject({ format: 'html', publishedAt: '2025-09-18' });
    expect(doc.text).not.toContain('Nous joindre');
  });

  it('recognizes XHTML behind an XML declaration and a comment', async () => {
    const xhtml = Buffer.from('<?xml version="1.0" encoding="utf-8"?>\n<!-- généré -->\n<html xmlns="http://www.w3.org/1999/xhtml"><body><main><p>Accord signé à Dakar.</p></main></body></html>');
    expect(await readDocument(xhtml, source('page'))).toMatchObject({ format: 'html', text: 'Accord signé à Dakar.' });
  });

  it('uses the extension or content type when the bytes do not say', async () => {
    const fragment = Buffer.from('Texte &amp; <em>mis en valeur</em> sans balise html au début.');
    expect((await readDocument(fragment, source('fragment.htm'))).text).toBe('Texte & mis en valeur sans balise html au début.');
    expect((await readDocument(fragment, source('fragment.txt'))).text).toContain('&amp; <em>');
  });

  it.each([
    ['empty.txt', 'empty'],
    ['binary-named.txt', 'unsupported'],
    ['truncated.pdf', 'corrupt_pdf'],
    ['image-only.pdf', 'needs_ocr'],
    ['script-only.html', 'empty_extraction'],
  ])('fails %s with a permanent `%s`', async (name, code) => {
    const error = await readDocument(fixtureBytes(name), fixtureSource(name)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).toMatchObject({ code, message: expect.stringContaining(name) });
  });

  it('fails a zip named .txt and a .pdf without a PDF header', async () => {
    await expect(readDocument(Buffer.from('PK\u0003\u0004rest-of-zip'), source('rapport.txt'))).rejects.toMatchObject({ code: 'unsupported' });
    await expect(readDocument(Buffer.from('pas un pdf'), source('rapport.pdf'))).rejects.toMatchObject({ code: 'corrupt_pdf' });
  });

  it('refuses a 50 MB HTML file with `too_large` at once', async () => {
    const bytes = Buffer.alloc(50 * 1024 * 1024, '<p>bloc</p>');
    const started = performance.now();
    await expect(readDocument(bytes, source('enorme.html'))).rejects.toMatchObject({ code: 'too_large' });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('honours a smaller configured cap', async () => {
    await expect(readDocument(Buffer.from('Un texte de quarante octets environ !!'), source('a.txt'), { maxInputBytes: 10 })).rejects.toMatchObject({ code: 'too_large' });
  });

  it('refuses HTML nested 10,000 deep with `too_complex`', async () => {
    const bytes = Buffer.from(`<!doctype html><html><body>${'<div>'.repeat(10_000)}profond${'</div>'.repeat(10_000)}</body></html>`);
    await expect(readDocument(bytes, source('profond.html'))).rejects.toMatchObject({ code: 'too_complex' });
  });
});
