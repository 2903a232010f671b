import { existsSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readClaimedFile } from '../../../src/ingest/inbox/inbox-files.js';
import { InboxWatcher, type InboxWatcherOptions } from '../../../src/ingest/inbox/inbox-watcher.js';
import { waitFor } from '../support/wait-for.js';

let inbox: string;
let outside: string;
const watchers: InboxWatcher[] = [];

beforeEach(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'veille-inbox-'));
  inbox = path.join(root, 'inbox');
  outside = path.join(root, 'outside');
  await mkdir(inbox);
  await mkdir(outside);
});

afterEach(async () => {
  await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
  await rm(path.dirname(inbox), { recursive: true, force: true });
});

/** Starts a watcher whose onFile gets the watcher itself (to settle the file). */
async function startWatcher(onFile: (claimed: string, watcher: InboxWatcher) => Promise<void>, options: Partial<InboxWatcherOptions> = {}): Promise<InboxWatcher> {
  const watcher: InboxWatcher = new InboxWatcher({ inboxDir: inbox, onFile: (claimed) => onFile(claimed, watcher), stabilityMs: 300, sweepMs: 200, ...options });
  watchers.push(watcher);
  await watcher.start();
  return watcher;
}

/** A watcher whose onFile reads the claimed file and marks it done, recording what it read. */
function recordingWatcher(seen: Map<string, string>, options: Partial<InboxWatcherOptions> = {}): Promise<InboxWatcher> {
  return startWatcher(async (claimed, watcher) => {
    const bytes = await readClaimedFile(claimed, 1_000_000);
    seen.set(path.basename(claimed), (seen.get(path.basename(claimed)) ?? '') + Buffer.from(bytes).toString('utf8'));
    await watcher.markDone(claimed);
  }, options);
}

const list = async (folder: string) => (await readdir(path.join(inbox, folder)).catch(() => [] as string[])).sort();
const errorFile = (name: string) => readFileSync(path.join(inbox, 'failed', `${name}.error.txt`), 'utf8');

describe('InboxWatcher', () => {
  it('takes a file written slowly in chunks once, with its complete content', async () => {
    const seen = new Map<string, string>();
    await recordingWatcher(seen);
    const file = path.join(inbox, 'lent.txt');
    const chunks = Array.from({ length: 8 }, (_, index) => `Paragraphe ${index} de la dépêche.\n`);
    for (const chunk of chunks) {
      await appendFile(file, chunk);
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
    await waitFor(async () => (await list('done')).includes('lent.txt'), 15_000, 'lent.txt in done/');
    expect(seen.get('lent.txt')).toBe(chunks.join(''));
    expect(seen.size).toBe(1);
    expect(readFileSync(path.join(inbox, 'done', 'lent.txt'), 'utf8')).toBe(chunks.join(''));
  });

  it('lets two watchers on one inbox take each file exactly once', async () => {
    const taken: string[][] = [[], []];
    for (const index of [0, 1]) {
      await startWatcher(async (claimed, watcher) => {
        taken[index]?.push(path.basename(claimed));
        await new Promise((resolve) => setTimeout(resolve, 10));
        await watcher.markDone(claimed);
      }, { concurrency: 2 });
    }
    const names = Array.from({ length: 30 }, (_, index) => `communique-${String(index).padStart(2, '0')}.txt`);
    await Promise.all(names.map((name) => writeFile(path.join(inbox, name), `Texte ${name}`)));
    await waitFor(async () => (await list('done')).length === names.length, 20_000, 'all files in done/');
    const all = [...(taken[0] ?? []), ...(taken[1] ?? [])].sort();
    expect(all).toEqual(names);
    expect(await list('done')).toEqual(names);
    expect((await readdir(inbox)).filter((name) => name.endsWith('.txt'))).toEqual([]);
  });

  it('handles names with spaces, accents and quotes', async () => {
    const seen = new Map<string, string>();
    await recordingWatcher(seen);
    const name = 'L’entente "Québec–Bretagne" d\'été (v2).txt';
    await writeFile(path.join(inbox, name), 'Contenu intact.');
    await waitFor(async () => (await list('done')).includes(name), 15_000, 'quoted name in done/');
    expect(seen.get(name)).toBe('Contenu intact.');
  });

  it('refuses a symlink pointing outside the inbox without reading its target', async () => {
    const seen = new Map<string, string>();
    await recordingWatcher(seen);
    const secret = path.join(outside, 'secret.txt');
    await writeFile(secret, 'ne pas lire');
    await symlink(secret, path.join(inbox, 'raccourci.txt'));
    await symlink(path.join(outside, 'absent.txt'), path.join(inbox, 'pendant.txt'));
    await waitFor(() => existsSync(path.join(inbox, 'failed', 'raccourci.txt.error.txt')), 15_000, 'symlink refused');
    await waitFor(() => existsSync(path.join(inbox, 'failed', 'pendant.txt.error.txt')), 15_000, 'dangling symlink refused');
    expect(errorFile('raccourci.txt')).toMatch(/^code: unsafe_path\nreason: .*symlink/);
    expect(seen.size).toBe(0);
    expect(readFileSync(secret, 'utf8')).toBe('ne pas lire');
    expect(await list('done')).toEqual([]);
  });

  it('quarantines a file whose name holds a newline', async () => {
    const seen = new Map<string, string>();
    await recordingWatcher(seen);
    await writeFile(path.join(inbox, 'ligne\nneuve.txt'), 'nom piégé');
    await waitFor(() => existsSync(path.join(inbox, 'failed', 'ligne\nneuve.txt.error.txt')), 15_000, 'newline name refused');
    expect(errorFile('ligne\nneuve.txt')).toMatch(/^code: unsafe_path\n/);
    expect(seen.size).toBe(0);
  });

  it('skips quietly a file deleted before it is claimed', async () => {
    const seen = new Map<string, string>();
    await recordingWatcher(seen, { stabilityMs: 800 });
    await writeFile(path.join(inbox, 'ephemere.txt'), 'bientôt supprimé');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await unlink(path.join(inbox, 'ephemere.txt'));
    await writeFile(path.join(inbox, 'temoin.txt'), 'reste');
    await waitFor(async () => (await list('done')).includes('temoin.txt'), 15_000, 'temoin.txt in done/');
    expect([...seen.keys()]).toEqual(['temoin.txt']);
    expect(await list('failed')).toEqual([]);
  });

  it('records `vanished` for a file deleted after it was claimed and queued', async () => {
    await startWatcher(async (claimed, watcher) => {
      await unlink(claimed); // someone removes it from processing/ before the reader gets to it
      await readClaimedFile(claimed, 1_000_000).catch((error: unknown) => watcher.markFailed(claimed, error));
    });
    await writeFile(path.join(inbox, 'disparu.txt'), 'x');
    await waitFor(() => existsSync(path.join(inbox, 'failed', 'disparu.txt.error.txt')), 15_000, 'vanished error file');
    expect(errorFile('disparu.txt')).toMatch(/^code: vanished\n/);
  });

  it('moves a file whose handler throws to failed/ with the error’s code and reason', async () => {
    await startWatcher(async () => {
      const { PermanentError } = await import('../../../src/errors.js');
      throw new PermanentError('needs_ocr', '[ingest:pdf] scan.pdf: no text layer (scanned?)');
    });
    await writeFile(path.join(inbox, 'scan.pdf'), '%PDF-1.4');
    await waitFor(() => existsSync(path.join(inbox, 'failed', 'scan.pdf.error.txt')), 15_000, 'error file');
    expect(await list('failed')).toEqual(['scan.pdf', 'scan.pdf.error.txt']);
    expect(errorFile('scan.pdf')).toMatch(/^code: needs_ocr\nreason: \[ingest:pdf\] scan\.pdf: no text layer/);
  });

  it('ignores partial downloads and temp files until they get their final name', async () => {
    const seen = new Map<string, string>();
    await recordingWatcher(seen);
    for (const name of ['rapport.pdf.part', '~$brouillon.docx', 'page.html.crdownload', '.cache']) await writeFile(path.join(inbox, name), 'partiel');
    await writeFile(path.join(inbox, 'final.txt.part'), 'complet');
    await rename(path.join(inbox, 'final.txt.part'), path.join(inbox, 'final.txt'));
    await waitFor(async () => (await list('done')).includes('final.txt'), 15_000, 'final.txt in done/');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect([...seen.keys()]).toEqual(['final.txt']);
    expect((await readdir(inbox)).sort()).toEqual(['.cache', 'done', 'failed', 'page.html.crdownload', 'processing', 'rapport.pdf.part', '~$brouillon.docx']);
  });

  it('offers again at start the files already waiting and those a crashed run left in processing/', async () => {
    await writeFile(path.join(inbox, 'en-attente.txt'), 'attendait');
    const host = os.hostname().replace(/[^\w.-]/g, '_');
    const abandoned = path.join(inbox, 'processing', `${host}~${deadPid()}~dead0001`);
    await mkdir(abandoned, { recursive: true });
    await writeFile(path.join(abandoned, 'orphelin.txt'), 'abandonné');
    const alive = path.join(inbox, 'processing', `${host}~${process.pid}~alive001`);
    await mkdir(alive, { recursive: true });
    await writeFile(path.join(alive, 'en-cours.txt'), 'pris par un watcher vivant');
    const seen = new Map<string, string>();
    await recordingWatcher(seen);
    await waitFor(async () => (await list('done')).length === 2, 15_000, 'two files in done/');
    expect(await list('done')).toEqual(['en-attente.txt', 'orphelin.txt']);
    expect(seen.get('orphelin.txt')).toBe('abandonné');
    expect(existsSync(abandoned)).toBe(false);
    expect(await readFile(path.join(alive, 'en-cours.txt'), 'utf8')).toBe('pris par un watcher vivant');
  });

  it('watches an inbox reached through a symlinked folder', async () => {
    const linked = path.join(path.dirname(inbox), 'inbox-link');
    await symlink(inbox, linked);
    const seen = new Map<string, string>();
    await recordingWatcher(seen, { inboxDir: linked });
    await writeFile(path.join(linked, 'par-le-lien.txt'), 'via le lien');
    await waitFor(async () => (await list('done')).includes('par-le-lien.txt'), 15_000, 'file in done/');
    expect(seen.get('par-le-lien.txt')).toBe('via le lien');
  });

  it('keeps both files when two with the same name end in done/', async () => {
    const seen = new Map<string, string>();
    await recordingWatcher(seen);
    await writeFile(path.join(inbox, 'doublon.txt'), 'premier');
    await waitFor(async () => (await list('done')).includes('doublon.txt'), 15_000, 'first copy');
    await writeFile(path.join(inbox, 'doublon.txt'), 'second');
    await waitFor(async () => (await list('done')).includes('doublon (2).txt'), 15_000, 'second copy');
    expect(readFileSync(path.join(inbox, 'done', 'doublon (2).txt'), 'utf8')).toBe('second');
  });
});

function deadPid(): number {
  for (let pid = 4_000_000; pid > 3_000_000; pid -= 7919) {
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return pid;
    }
  }
  throw new Error('no free pid found');
}
