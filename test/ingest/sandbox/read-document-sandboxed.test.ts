import { afterAll, describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/errors.js';
import { readDocument } from '../../../src/ingest/read-document.js';
import { closeSandboxes, readDocumentSandboxed } from '../../../src/ingest/sandbox/read-document-sandboxed.js';
import { SandboxPool } from '../../../src/ingest/sandbox/sandbox-pool.js';
import { fixtureBytes, fixtureSource } from '../support/fixtures.js';

const PARAGRAPH = `<p>${'La coopération décentralisée entre les deux régions avance à grands pas. '.repeat(5)}</p>\n`;
const bigHtml = (paragraphs: number) => Buffer.from(`<!doctype html><html><body><article>${PARAGRAPH.repeat(paragraphs)}</article></body></html>`);
const pools: SandboxPool[] = [];
const newPool = (memoryMb: number, size = 1, maxTasksPerWorker?: number) => {
  const pool = new SandboxPool({ memoryMb, size, ...(maxTasksPerWorker ? { maxTasksPerWorker } : {}) });
  pools.push(pool);
  return pool;
};

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
  await closeSandboxes();
});

describe('readDocumentSandboxed', () => {
  it('gives the same RawDocument as readDocument, from a worker that loads our TypeScript', async () => {
    const bytes = fixtureBytes('article-with-navigation.html');
    const source = fixtureSource('article-with-navigation.html');
    const sandboxed = await readDocumentSandboxed(bytes, source, { timeoutMs: 20_000, memoryMb: 256, maxBytes: 1_000_000 });
    expect(sandboxed).toEqual(await readDocument(bytes, source));
    expect(sandboxed.text).toContain('Sherbrooke');
  });

  it('passes a reader’s permanent error through with its code', async () => {
    const error = await readDocumentSandboxed(fixtureBytes('script-only.html'), fixtureSource('script-only.html'), { timeoutMs: 20_000, memoryMb: 256 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).toMatchObject({ code: 'empty_extraction', message: expect.stringContaining('script-only.html') });
  });

  it('applies the input cap (config name maxBytes) and the 10,000-deep HTML cap', async () => {
    const limits = { timeoutMs: 20_000, memoryMb: 256, maxBytes: 1024 };
    await expect(readDocumentSandboxed(bigHtml(10), { sourceUri: 'file:///big.html' }, limits)).rejects.toMatchObject({ code: 'too_large' });
    const deep = Buffer.from(`<html><body>${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}</body></html>`);
    await expect(readDocumentSandboxed(deep, { sourceUri: 'file:///deep.html' }, { ...limits, maxBytes: 1_000_000 })).rejects.toMatchObject({ code: 'too_complex' });
  });

  it('reads small plain text in place, without a worker, and sends HTML to the workers', async () => {
    // 2 MB heaps: workers cannot even start, so only what is read in place can succeed.
    const limits = { timeoutMs: 5_000, memoryMb: 2 };
    const doc = await readDocumentSandboxed(fixtureBytes('windows-1252.txt'), fixtureSource('windows-1252.txt'), limits);
    expect(doc.text).toContain('Le cœur de l’entente');
    await expect(readDocumentSandboxed(fixtureBytes('empty.txt'), fixtureSource('empty.txt'), limits)).rejects.toMatchObject({ code: 'empty' });
    const html = readDocumentSandboxed(fixtureBytes('article-with-navigation.html'), fixtureSource('article-with-navigation.html'), limits);
    await expect(html).rejects.toMatchObject({ code: expect.stringMatching(/sandbox_start|too_complex/) });
  }, 60_000);
});

describe('SandboxPool', () => {
  it('kills a document over its time limit with a permanent `timeout`, then keeps serving', async () => {
    const pool = newPool(256);
    await pool.read(Buffer.from('Mise en route du lecteur.'), { sourceUri: 'file:///warm.txt' }, { timeoutMs: 20_000 });
    const error = await pool.read(bigHtml(4_000), { sourceUri: 'file:///slow.html' }, { timeoutMs: 30 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).toMatchObject({ code: 'timeout', message: expect.stringContaining('slow.html') });
    const after = await pool.read(Buffer.from('Toujours là après la coupure.'), { sourceUri: 'file:///after.txt' }, { timeoutMs: 20_000 });
    expect(after.text).toBe('Toujours là après la coupure.');
  });

  it('re-reads elsewhere the document queued behind one that timed out', async () => {
    const pool = newPool(256);
    await pool.read(Buffer.from('<p>Mise en route.</p>'), { sourceUri: 'file:///warm.html' }, { timeoutMs: 20_000 });
    const slow = pool.read(bigHtml(4_000), { sourceUri: 'file:///slow.html' }, { timeoutMs: 30 });
    const behind = pool.read(Buffer.from('<p>Document innocent, lu après la coupure.</p>'), { sourceUri: 'file:///behind.html' }, { timeoutMs: 20_000 });
    await expect(slow).rejects.toMatchObject({ code: 'timeout' });
    expect((await behind).text).toBe('Document innocent, lu après la coupure.');
  });

  it('turns a worker out of memory into a permanent `too_complex`, and the parent keeps going', async () => {
    const pool = newPool(32);
    // 400,000 elements (element cap lifted for the test): the DOM alone needs far more than 32 MB.
    const huge = Buffer.from(`<html><body>${'<p>a</p>'.repeat(400_000)}</body></html>`);
    const html = { maxDepth: 500, maxElements: 1_000_000 };
    const error = await pool.read(huge, { sourceUri: 'file:///huge.html' }, { timeoutMs: 25_000, html }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).toMatchObject({ code: 'too_complex', message: expect.stringContaining('more than 32 MB') });
    const after = await pool.read(Buffer.from('Le lecteur a été remplacé.'), { sourceUri: 'file:///after.txt' }, { timeoutMs: 20_000 });
    expect(after.text).toBe('Le lecteur a été remplacé.');
  }, 40_000);

  it('reads many documents concurrently on a small pool of workers, replacing each after its quota', async () => {
    const pool = newPool(256, 2, 10);
    const texts = Array.from({ length: 24 }, (_, index) => `Document numéro ${index} sur la coopération.`);
    const docs = await Promise.all(texts.map((text, index) => pool.read(Buffer.from(text), { sourceUri: `file:///doc-${index}.txt` }, { timeoutMs: 20_000 })));
    expect(docs.map((doc) => doc.text)).toEqual(texts);
  });

  it('fails waiting documents instead of hanging when workers cannot start', async () => {
    const pool = newPool(2);
    await expect(pool.read(Buffer.from('Rien.'), { sourceUri: 'file:///x.txt' }, { timeoutMs: 5_000 })).rejects.toMatchObject({ code: expect.stringMatching(/sandbox_start|too_complex/) });
  }, 60_000);
});
