import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempDatabase, postgresUrl, redisUrl, uniqueName } from '../support/services.js';
import { spawnVeille, until, type VeilleProcess } from './veille-process.js';

/*
 * The distributed set-up as separate processes: `veille start` (watcher + its own workers)
 * and two `veille worker` processes sharing one Postgres and one Redis.
 */

describe.skipIf(!(postgresUrl && redisUrl))('start + two workers on Postgres + Redis (DATABASE_URL and REDIS_URL unset: skipped)', () => {
  const processes: VeilleProcess[] = [];
  let db: { url: string; drop(): Promise<void> } | undefined;
  let dir: string | undefined;
  const prefix = uniqueName('veille_e2e_dist');

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await db?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
    const redis = new Redis(redisUrl!);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('the seeds dropped into the inbox are extracted into Postgres, files in done/', async () => {
    db = await createTempDatabase(postgresUrl!);
    dir = await mkdtemp(path.join(os.tmpdir(), 'veille-dist-'));
    const env = { DATABASE_URL: db.url, REDIS_URL: redisUrl!, VEILLE_QUEUE_PREFIX: prefix, VEILLE_WEB_PORT: '0', VEILLE_CONCURRENCY: '2' };
    const spawn = (args: string[]) => {
      const p = spawnVeille(args, { cwd: dir!, env });
      processes.push(p);
      return p;
    };
    const watcher = spawn(['start']);
    await watcher.waitFor(/veille: ready \(postgres, bullmq/, 30_000);
    const workers = [spawn(['worker']), spawn(['worker'])];
    await Promise.all(workers.map((w) => w.waitFor(/veille: ready \(postgres, bullmq/, 30_000)));
    const seeds = path.resolve('fixtures/seeds');
    const names = (await readdir(seeds)).filter((n) => n.endsWith('.txt'));
    await mkdir(path.join(dir, 'inbox'), { recursive: true });
    for (const name of names) await cp(path.join(seeds, name), path.join(dir, 'inbox', name));
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const extracted = async () => (await client.query(`SELECT count(*)::int AS n FROM documents WHERE status = 'extracted'`)).rows[0].n;
      await until(async () => (await extracted()) === names.length, 30_000, 'every seed extracted');
      const events = (await client.query('SELECT count(*)::int AS n FROM events')).rows[0].n;
      expect(events).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
    await until(async () => (await readdir(path.join(dir!, 'inbox', 'done')).catch((): string[] => [])).length >= names.length, 5_000, 'files in done/');
    // Each process prints its "document …" line on its own stdout, which may reach us after the row is saved
    // and the file moved: wait for the lines, then check there is exactly one per seed.
    const documentLines = () => [watcher, ...workers].flatMap((p) => p.lines.filter((l) => l.startsWith('document ')));
    await until(async () => documentLines().length >= names.length, 5_000, 'a document line per seed');
    expect(documentLines()).toHaveLength(names.length);
    for (const p of [...workers, watcher]) expect(await p.stop('SIGTERM')).toBe(0);
  }, 120_000);
});
