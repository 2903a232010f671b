import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, PDF_PATH } from '../../../fixtures/crawl-site/articles.js';
import { startCrawlSite, type CrawlSite } from '../../../fixtures/crawl-site/serve-crawl-site.js';
import { loadConfig, type Config } from '../../../src/config.js';
import { BullmqCrawlScheduler } from '../../../src/ingest/crawl/bullmq-crawl-scheduler.js';
import { CRAWL_QUEUE, type CrawlJob } from '../../../src/ingest/crawl/crawl-jobs.js';
import type { CrawlProgress } from '../../../src/ingest/crawl/crawl-deps.js';
import { CrawlStore } from '../../../src/store/crawl-store.js';
import { openDatabase, type DatabaseHandle } from '../../../src/store/open-database.js';
import { createJobRunner } from '../../../src/workers/create-job-runner.js';
import { createTempDatabase, postgresUrl, redisUrl, uniqueName } from '../../support/services.js';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

/* The crawl through BullMQ with two worker processes on node-postgres, and the BullMQ scheduler under a crash loop. */

const WORKER = new URL('./crawl-worker-process.ts', import.meta.url).pathname;

interface Worker {
  child: ChildProcess;
  progress: (CrawlProgress & { pid: number })[];
  ready: Promise<void>;
}

function startWorker(env: NodeJS.ProcessEnv): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const progress: Worker['progress'] = [];
  const ready = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line === 'ready') resolve();
      else if (line.startsWith('{')) progress.push(JSON.parse(line));
    });
  });
  return { child, progress, ready };
}

async function stopWorker(worker: Worker): Promise<void> {
  if (worker.child.exitCode !== null) return;
  const exited = new Promise((resolve) => worker.child.once('exit', resolve));
  worker.child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000).then(() => worker.child.kill('SIGKILL'))]);
}

describe.skipIf(!redisUrl || !postgresUrl)('crawl through BullMQ (node-postgres)', () => {
  let database: { url: string; drop(): Promise<void> };
  let config: Config;
  let handle: DatabaseHandle;
  let crawls: CrawlStore;
  let site: CrawlSite;
  const prefix = uniqueName('crawltest');
  const workers: Worker[] = [];

  beforeAll(async () => {
    database = await createTempDatabase(postgresUrl!);
    const env = { DATABASE_URL: database.url, REDIS_URL: redisUrl!, VEILLE_QUEUE_PREFIX: prefix, VEILLE_ALLOW_PRIVATE_NETWORKS: '1' };
    config = loadConfig(env);
    handle = await openDatabase(config);
    crawls = new CrawlStore(handle.db);
    site = await startCrawlSite({ crawlDelay: 0.05 });
    const tuning = JSON.stringify({ minDelayMs: 0, retryBackoffMs: 200, concurrency: 1 });
    for (let i = 0; i < 2; i += 1) workers.push(startWorker({ ...process.env, ...env, CRAWL_TUNING: tuning }));
    await Promise.all(workers.map((worker) => worker.ready));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(workers.map(stopWorker));
    await site?.close();
    await handle?.close();
    await database?.drop();
    const redis = new Redis(redisUrl!);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  }, 30_000);

  it('two worker processes crawl the site together, each page fetched once', async () => {
    const crawl = await crawls.addCrawl({ startUrl: `${site.url}/`, everyMs: 3600_000, maxDepth: 4, maxPages: 60, include: [], exclude: [] });
    const producer = createJobRunner(config, () => {});
    await producer.enqueue<CrawlJob>(CRAWL_QUEUE, { crawlId: crawl.id, trigger: 'manual' }, { jobId: `manual-${crawl.id}` });
    await producer.close();
    let run = await crawls.lastRun(crawl.id);
    for (let i = 0; i < 240 && run?.status !== 'finished'; i += 1) {
      await sleep(250);
      run = await crawls.lastRun(crawl.id);
    }
    expect(run?.status).toBe('finished');
    expect(run?.newDocuments).toBe(ARTICLES.length + 1);
    const ok = site.log.filter((entry) => entry.status === 200).map((entry) => entry.path);
    expect(new Set(ok).size).toBe(ok.length);
    const processed = workers.flatMap((worker) => worker.progress).filter((p) => p.outcome !== 'retry').map((p) => p.url);
    expect(new Set(processed).size).toBe(processed.length);
    const documents = await handle.db.selectFrom('documents').select('source_uri').execute();
    expect(documents.map((d) => d.source_uri).sort()).toEqual([...ARTICLES.map((a) => `${site.url}/actualites/${a.slug}`), `${site.url}${PDF_PATH}`].sort());
    // Both workers joined the run (the starter queued a join job).
    expect(workers.every((worker) => worker.progress.length > 0)).toBe(true);
  }, 90_000);

  it('a scheduler restarted 20 times in a row leaves one job scheduler and at most one pending job per crawl', async () => {
    const crawl = await crawls.addCrawl({ startUrl: `${site.url}/nulle-part`, everyMs: 3600_000, maxDepth: 0, maxPages: 1, include: [], exclude: [], enabled: true });
    const otherPrefix = uniqueName('crawlsched');
    const restarts = Array.from({ length: 20 }, async (_, i) => {
      await sleep(i * 5);
      const scheduler = new BullmqCrawlScheduler({ redisUrl: redisUrl!, prefix: otherPrefix, crawls });
      await scheduler.tick();
      await scheduler.close();
    });
    await Promise.all(restarts);
    const connection = new Redis(redisUrl!, { maxRetriesPerRequest: null });
    const queue = new Queue(CRAWL_QUEUE, { connection, prefix: otherPrefix });
    try {
      const schedulers = await queue.getJobSchedulers(0, -1);
      const ids = (await crawls.listCrawls()).filter((c) => c.enabled).map((c) => `crawl-${c.id}`).sort();
      expect(schedulers.map((s) => s.key).sort()).toEqual(ids);
      const counts = await queue.getJobCounts('waiting', 'delayed', 'prioritized');
      const pending = Object.values(counts).reduce((a, b) => a + b, 0);
      expect(pending).toBeLessThanOrEqual(ids.length);
      const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized']);
      const perCrawl = jobs.filter((job) => (job.data as CrawlJob).crawlId === crawl.id);
      expect(perCrawl.length).toBeLessThanOrEqual(1);
      // Removing the crawl removes its scheduler at the next tick.
      await crawls.removeCrawl(crawl.id);
      const scheduler = new BullmqCrawlScheduler({ redisUrl: redisUrl!, prefix: otherPrefix, crawls });
      await scheduler.tick();
      await scheduler.close();
      expect((await queue.getJobSchedulers(0, -1)).map((s) => s.key)).not.toContain(`crawl-${crawl.id}`);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
      await connection.quit();
    }
  }, 60_000);
});
