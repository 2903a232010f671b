import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnVeille, until } from './veille-process.js';

/*
 * `veille start` with nothing configured, as on a fresh clone: PGlite in ./data, the inbox
 * in ./inbox, in-process queues. The seeds dropped into the inbox become rows and move to
 * done/; after a graceful stop, `veille records` prints their events.
 */

const seeds = path.resolve('fixtures/seeds');

describe('veille start on embedded defaults (separate processes)', () => {
  let dir: string | undefined;

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('turns the seeds dropped into ./inbox into documents and events, files into done/', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'veille-fresh-'));
    const cwd = dir;
    let liveRows: string[] = [];
    const start = spawnVeille(['start'], { cwd, env: { VEILLE_WEB_PORT: '0' } });
    try {
      await start.waitFor(/veille: ready \(pglite, in-process/, 30_000);
      const names = (await readdir(seeds)).filter((n) => n.endsWith('.txt'));
      await mkdir(path.join(cwd, 'inbox'), { recursive: true });
      const copied = Date.now();
      for (const name of names) await cp(path.join(seeds, name), path.join(cwd, 'inbox', name));
      await until(() => start.lines.filter((l) => l.startsWith('document ')).length === names.length, 25_000, 'a document line per seed');
      const seconds = (Date.now() - copied) / 1000;
      expect(seconds).toBeLessThan(25);
      await until(async () => (await readdir(path.join(cwd, 'inbox', 'done')).catch((): string[] => [])).length >= names.length, 5_000, 'files in done/');
      const done = (await readdir(path.join(cwd, 'inbox', 'done'))).filter((n) => n.endsWith('.txt'));
      expect(done.sort()).toEqual(names.sort());
      for (const line of start.lines.filter((l) => l.startsWith('document '))) {
        expect(line).toMatch(/language=(fr|en|und) entities=\d+ events=\d+ ms=\d+/);
      }
      // While `start` owns the embedded database, `records` reads through its review app.
      const port = /review app on http:\/\/[^:]+:(\d+)/.exec(await start.waitFor(/review app on /))![1]!;
      const live = spawnVeille(['records', '--format', 'jsonl'], { cwd, env: { VEILLE_WEB_PORT: port } });
      expect(await live.exited).toBe(0);
      expect(live.lines.some((l) => l.includes('in use by a running veille'))).toBe(true);
      liveRows = live.lines.filter((l) => l.startsWith('{'));
      expect(await start.stop('SIGTERM')).toBe(0);
    } finally {
      await start.stop('SIGKILL');
    }
    const records = spawnVeille(['records', '--format', 'jsonl'], { cwd, env: {} });
    expect(await records.exited).toBe(0);
    const rows = records.lines.map((l) => JSON.parse(l));
    expect(rows.filter((r) => r.record === 'event').length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.record === 'entity').length).toBeGreaterThan(0);
    expect(liveRows).toEqual(records.lines);
  }, 120_000);
});
