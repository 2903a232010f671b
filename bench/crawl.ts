import { createBenchDatabase } from './bench-database.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startCrawlSite } from '../fixtures/crawl-site/serve-crawl-site.js';
import { loadConfig } from '../src/config.js';
import type { PageIngest } from '../src/ingest/crawl/crawl-deps.js';
import { runCrawl } from '../src/ingest/crawl/run-crawl.js';
import { closeSafeFetchAgents } from '../src/ingest/fetch/safe-fetch.js';
import { closeSandboxes, readDocumentSandboxed } from '../src/ingest/sandbox/read-document-sandboxed.js';
import { CrawlStore } from '../src/store/crawl-store.js';
import { KyselyStore } from '../src/store/kysely-store.js';
import { openDatabase } from '../src/store/open-database.js';
import type { BenchRow } from './bench-row.js';

/*
 * Crawl section: a synthetic site of BENCH_CRAWL_PAGES pages (default 10,000; each an
 * article) on 127.0.0.1, started from a sitemap listing all of them, so the first fetch
 * puts the whole site in the run's Postgres frontier. Then BENCH_CRAWL_CONCURRENCY loops
 * (default 8) crawl with politeness off, every page read in the sandbox and stored
 * (PGlite, or DATABASE_URL), for at most BENCH_CRAWL_SECONDS (default 60). Reports pages/s
 * and the process's peak RSS with the 10,000-page frontier.
 */

const int = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

function sampleRss(): { stop(): { peakMb: number; baseMb: number } } {
  const baseMb = process.memoryUsage().rss / 2 ** 20;
  let peakMb = baseMb;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, process.memoryUsage().rss / 2 ** 20)), 50);
  return {
    stop() {
      clearInterval(timer);
      return { peakMb: Math.max(peakMb, process.memoryUsage().rss / 2 ** 20), baseMb };
    },
  };
}

export async function run(): Promise<BenchRow[]> {
  const pages = int('BENCH_CRAWL_PAGES', 10_000);
  const concurrency = int('BENCH_CRAWL_CONCURRENCY', 8);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'veille-bench-crawl-'));
  const database = process.env.DATABASE_URL ? await createBenchDatabase(process.env.DATABASE_URL) : undefined;
  const config = loadConfig({ ...process.env, DATABASE_URL: database?.url, VEILLE_DATA_DIR: dataDir, VEILLE_ALLOW_PRIVATE_NETWORKS: '1' });
  const site = await startCrawlSite({ genPages: pages });
  const handle = await openDatabase(config);
  try {
    const store = new KyselyStore(handle.db);
    const limits = { timeoutMs: config.parseTimeoutMs, memoryMb: config.parseMemoryMb, maxBytes: config.maxInputBytes };
    const ingest: PageIngest = async (bytes, source) => store.upsertDocument(await readDocumentSandboxed(bytes, source, limits));
    const crawls = new CrawlStore(handle.db);
    const crawl = await crawls.addCrawl({ startUrl: `${site.url}/gen-sitemap`, everyMs: 3600_000, maxDepth: 1, maxPages: pages + 1, include: [], exclude: [] });
    const tuning = { politeness: false, concurrency, minDelayMs: 0 };
    (globalThis as { gc?: () => void }).gc?.();
    const rss = sampleRss();
    const started = performance.now();
    const signal = AbortSignal.timeout(int('BENCH_CRAWL_SECONDS', 60) * 1000);
    await runCrawl({ db: handle.db, config, ingest, tuning }, { crawlId: crawl.id, trigger: 'manual', signal }).catch((error: unknown) => {
      if (!signal.aborted) throw error;
    });
    const seconds = (performance.now() - started) / 1000;
    const { peakMb, baseMb } = rss.stop();
    const run = await crawls.lastRun(crawl.id);
    const fetched = run?.pagesFetched ?? 0;
    const detail = { pages: fetched, frontier: pages, new_documents: run?.newDocuments ?? 0, errors: run?.errors ?? 0, concurrency, engine: handle.engine, seconds: Number(seconds.toFixed(1)) };
    return [
      { section: 'crawl', name: `politeness-off+${handle.engine}`, metric: 'pages_per_s', value: Number((fetched / seconds).toFixed(1)), unit: 'pages/s', detail },
      { section: 'crawl', name: `frontier-${pages}+${handle.engine}`, metric: 'peak_rss_mb', value: Math.round(peakMb), unit: 'MiB', detail: { ...detail, base_rss_mb: Math.round(baseMb) } },
      { section: 'crawl', name: `frontier-${pages}+${handle.engine}`, metric: 'rss_growth_mb', value: Math.round(peakMb - baseMb), unit: 'MiB', detail },
    ];
  } finally {
    await site.close();
    await closeSandboxes();
    await closeSafeFetchAgents();
    await handle.close();
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) process.stdout.write(`${JSON.stringify(row)}\n`);
}
