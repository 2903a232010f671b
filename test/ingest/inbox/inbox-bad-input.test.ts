import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readClaimedFile } from '../../../src/ingest/inbox/inbox-files.js';
import { InboxWatcher } from '../../../src/ingest/inbox/inbox-watcher.js';
import { closeSandboxes, readDocumentSandboxed } from '../../../src/ingest/sandbox/read-document-sandboxed.js';
import type { RawDocument } from '../../../src/ingest/types.js';
import { FIXTURES_DIR } from '../support/fixtures.js';
import { waitFor } from '../support/wait-for.js';

const MAX_BYTES = 20 * 1024 * 1024;
let root: string;
let inbox: string;
let watcher: InboxWatcher;
const accepted: RawDocument[] = [];

// What the pipeline does with a claimed file, minus the store: read, parse in the sandbox, settle.
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'veille-bad-input-'));
  inbox = path.join(root, 'inbox');
  await mkdir(inbox);
  watcher = new InboxWatcher({
    inboxDir: inbox,
    stabilityMs: 300,
    onFile: async (claimed) => {
      const bytes = await readClaimedFile(claimed, MAX_BYTES);
      accepted.push(await readDocumentSandboxed(bytes, { sourceUri: `file://${claimed}`, fileName: path.basename(claimed) }, { timeoutMs: 20_000, memoryMb: 256, maxBytes: MAX_BYTES }));
      await watcher.markDone(claimed);
    },
  });
  await watcher.start();
});

afterAll(async () => {
  await watcher.close();
  await closeSandboxes();
  await rm(root, { recursive: true, force: true });
});

const errorCode = (name: string) => /^code: (\w+)/.exec(readFileSync(path.join(inbox, 'failed', `${name}.error.txt`), 'utf8'))?.[1];

describe('bad input dropped in the inbox', () => {
  it('gives each file a clear reason in failed/ and keeps going for the good ones', async () => {
    for (const name of ['empty.txt', 'binary-named.txt', 'truncated.pdf', 'image-only.pdf', 'article-with-navigation.html']) {
      await copyFile(path.join(FIXTURES_DIR, name), path.join(inbox, name));
    }
    await writeFile(path.join(inbox, 'enorme.html'), Buffer.alloc(50 * 1024 * 1024, '<p>bloc</p>'));
    await writeFile(path.join(inbox, 'profond.html'), `<html><body>${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}</body></html>`);
    await writeFile(path.join(inbox, 'Note « été » d\'Anne "v2".txt'), 'Une note avec un nom difficile, lue quand même.');
    const expected = {
      'empty.txt': 'empty',
      'binary-named.txt': 'unsupported',
      'truncated.pdf': 'corrupt_pdf',
      'image-only.pdf': 'needs_ocr',
      'enorme.html': 'too_large',
      'profond.html': 'too_complex',
    };
    await waitFor(() => Object.keys(expected).every((name) => existsSync(path.join(inbox, 'failed', `${name}.error.txt`))), 25_000, 'error files');
    await waitFor(async () => (await readdir(path.join(inbox, 'done'))).length === 2, 25_000, 'good files in done/');
    expect(Object.fromEntries(Object.keys(expected).map((name) => [name, errorCode(name)]))).toEqual(expected);
    expect((await readdir(path.join(inbox, 'done'))).sort()).toEqual(['Note « été » d\'Anne "v2".txt', 'article-with-navigation.html']);
    expect(accepted.map((doc) => doc.format).sort()).toEqual(['html', 'txt']);
  }, 60_000);
});
