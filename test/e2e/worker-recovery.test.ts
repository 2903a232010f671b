import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createStore } from '../../src/store/create-store.js';
import type { Store } from '../../src/store/store.js';
import { BullmqJobRunner } from '../../src/workers/bullmq/bullmq-job-runner.js';
import { acceptDocument } from '../../src/workers/pipeline.js';
import type { RawDocument } from '../../src/ingest/types.js';
import { createTempDatabase, postgresUrl, redisUrl, uniqueName } from '../support/services.js';
import { spawnVeille, until, type VeilleProcess } from './veille-process.js';

/*
 * Separate `veille worker` processes on Postgres + Redis: a worker SIGKILLed mid-job
 * leaves its job to another worker (stalled-job recovery, lock shortened through env),
 * and a flushed Redis loses nothing because start-up re-queues unfinished documents.
 * "FLUSHALL" deletes only this file's key prefix: other suites share the Redis server.
 */

const enabled = Boolean(postgresUrl && redisUrl);

describe.skipIf(!enabled)('worker processes on Postgres + Redis (DATABASE_URL and REDIS_URL unset: skipped)', () => {
  let db: { url: string; drop(): Promise<void> };
  let dir: string;
  let store: Store;
  const prefix = uniqueName('veille_e2e_workers');
  const processes: VeilleProcess[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    db = await createTempDatabase(postgresUrl!);
    dir = await mkdtemp(path.join(os.tmpdir(), 'veille-e2e-'));
    env = {
      DATABASE_URL: db.url,
      REDIS_URL: redisUrl!,
      VEILLE_QUEUE_PREFIX: prefix,
      VEILLE_DATA_DIR: path.join(dir, 'data'),
      VEILLE_INBOX: path.join(dir, 'inbox'),
      VEILLE_JOB_LOCK_MS: '1500',
      VEILLE_STALLED_INTERVAL_MS: '1000',
      VEILLE_CONCURRENCY: '1',
    };
    store = await createStore(loadConfig(env));
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await store?.close();
    await deletePrefix(prefix);
    await db?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const worker = (extra: Record<string, string> = {}) => {
    const p = spawnVeille(['worker'], { cwd: dir, env: { ...env, ...extra } });
    processes.push(p);
    return p;
  };

  const status = async (id: string) => (await store.getDocument(id)).status;

  it('a job whose worker is killed with SIGKILL mid-job is finished by another worker, once', async () => {
    const id = await queueDocument(store, env, 'Une entente de collaboration a été signée à Montréal par la Ville de Québec.');
    const slow = worker({ VEILLE_TEST_EXTRACT_DELAY_MS: '60000' });
    await slow.waitFor(/veille: ready/);
    await until(async () => (await activeCount(prefix)) === 1, 40_000, 'the slow worker to take the job');
    expect(await slow.stop('SIGKILL')).toBe('SIGKILL');
    expect(await status(id)).toBe('pending');
    const rescuer = worker();
    await until(async () => (await status(id)) === 'extracted', 40_000, 'the second worker to finish the job');
    // Its "document …" line may reach us just after the row is saved.
    await until(() => rescuer.lines.some((l) => l.startsWith('document ')), 5_000, "the second worker's document line");
    expect(await countRows(db.url, 'documents')).toBe(1);
    await rescuer.stop('SIGTERM');
  }, 90_000);

  it('SIGTERM mid-job: the worker exits 0 at once and hands the job back, which another worker finishes', async () => {
    const id = await queueDocument(store, env, 'Le Conseil régional de Bretagne et la Province de Québec renouvellent leur protocole de coopération.');
    const slow = worker({ VEILLE_TEST_EXTRACT_DELAY_MS: '60000' });
    await slow.waitFor(/veille: ready/);
    await until(async () => (await activeCount(prefix)) === 1, 40_000, 'the slow worker to take the job');
    const stopping = Date.now();
    expect(await slow.stop('SIGTERM')).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(30_000);
    expect(await status(id)).toBe('pending');
    const next = worker();
    await until(async () => (await status(id)) === 'extracted', 40_000, 'the next worker to finish the job');
    // Handed back, not recovered as stalled, and no attempt recorded as failed.
    expect(next.lines.join('\n')).not.toMatch(/stalled|veille: \[extract\]/);
    expect(await next.stop('SIGTERM')).toBe(0);
  }, 90_000);

  it('after Redis loses the queue, a restarted worker re-queues unfinished documents from Postgres', async () => {
    const ids = await Promise.all(
      ['La délégation de Lyon est en mission à Sherbrooke.', 'Un protocole sera signé entre Bordeaux et Trois-Rivières.', 'The City of Laval signed an agreement with Angers.']
        .map((text) => queueDocument(store, env, text)),
    );
    await deletePrefix(prefix);
    expect(await queueDepth(prefix)).toBe(0);
    const restarted = worker();
    await restarted.waitFor(/re-queued 3 unfinished documents/);
    await until(async () => (await Promise.all(ids.map(status))).every((s) => s === 'extracted'), 40_000, 'all documents extracted');
    expect(await restarted.stop('SIGTERM')).toBe(0);
  }, 90_000);

  it('a file a crashed `start` had claimed, whose ingest job Redis lost, is ingested after restart', async () => {
    const inbox = path.join(dir, 'inbox');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const ownerDir = path.join(inbox, 'processing', `${os.hostname().replace(/[^\w.-]/g, '_')}~${dead}~dead`);
    await mkdir(ownerDir, { recursive: true });
    const seed = (await readdir(path.resolve('fixtures/seeds')))[1]!;
    await copyFile(path.join('fixtures/seeds', seed), path.join(ownerDir, seed));
    await deletePrefix(prefix);
    const start = spawnVeille(['start'], { cwd: dir, env: { ...env, VEILLE_WEB_PORT: '0' } });
    processes.push(start);
    await start.waitFor(new RegExp(`^document .*${seed}`), 60_000);
    await until(async () => (await readdir(path.join(inbox, 'done')).catch((): string[] => [])).includes(seed), 10_000, 'the file in done/');
    expect(await start.stop('SIGTERM')).toBe(0);
  }, 90_000);
});

async function queueDocument(store: Store, env: Record<string, string>, text: string): Promise<string> {
  const runner = new BullmqJobRunner({ redisUrl: env.REDIS_URL!, prefix: env.VEILLE_QUEUE_PREFIX! });
  const sha = createHash('sha256').update(`${text}\u0000${uniqueName('doc')}`).digest('hex');
  const doc: RawDocument = { sourceUri: `file:///tmp/${sha}.txt`, format: 'txt', contentSha256: sha, byteLength: text.length, text };
  const result = await acceptDocument({ config: loadConfig(env), store, runner }, doc);
  await runner.close();
  return result.id;
}

async function withQueue<T>(prefix: string, fn: (queue: Queue) => Promise<T>): Promise<T> {
  const queue = new Queue('extract', { connection: { url: redisUrl! }, prefix });
  try {
    return await fn(queue);
  } finally {
    await queue.close();
  }
}

const activeCount = (prefix: string) => withQueue(prefix, (q) => q.getActiveCount());
const queueDepth = (prefix: string) => withQueue(prefix, async (q) => (await q.getWaitingCount()) + (await q.getActiveCount()) + (await q.getDelayedCount()));

async function deletePrefix(prefix: string): Promise<void> {
  const redis = new Redis(redisUrl!);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}

async function countRows(url: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
  await client.end();
  return rows[0].n;
}
