import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../../src/config.js';
import type { CrawlDeps, CrawlProgress, CrawlTuning, PageIngest } from '../../../src/ingest/crawl/crawl-deps.js';
import { closeSafeFetchAgents } from '../../../src/ingest/fetch/safe-fetch.js';
import { closeSandboxes, readDocumentSandboxed } from '../../../src/ingest/sandbox/read-document-sandboxed.js';
import { KyselyStore } from '../../../src/store/kysely-store.js';
import { openDatabase, type DatabaseHandle } from '../../../src/store/open-database.js';

/** A real database (PGlite in a temp dir, or `databaseUrl`) and the real ingest pipeline for crawl tests. */
export interface CrawlHarness {
  readonly config: Config;
  readonly handle: DatabaseHandle;
  readonly progress: CrawlProgress[];
  deps(tuning?: Partial<CrawlTuning>, overrides?: Partial<Config>): CrawlDeps;
  documentUris(): Promise<string[]>;
  close(): Promise<void>;
}

export const FAST_TUNING: Partial<CrawlTuning> = { minDelayMs: 0, retryBackoffMs: 200, fetchTimeoutMs: 5_000, leaseMs: 30_000 };

export async function createCrawlHarness(env: Record<string, string> = {}): Promise<CrawlHarness> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'veille-crawl-'));
  const config = loadConfig({ VEILLE_DATA_DIR: dataDir, VEILLE_ALLOW_PRIVATE_NETWORKS: '1', ...env });
  const handle = await openDatabase(config);
  const store = new KyselyStore(handle.db);
  const progress: CrawlProgress[] = [];
  return {
    config,
    handle,
    progress,
    deps(tuning = FAST_TUNING, overrides = {}) {
      const merged = { ...config, ...overrides };
      // The pipeline's acceptDocument minus the extract enqueue: readers in the sandbox, the real store.
      const limits = { timeoutMs: merged.parseTimeoutMs, memoryMb: merged.parseMemoryMb, maxBytes: merged.maxInputBytes };
      const ingest: PageIngest = async (bytes, source) => store.upsertDocument(await readDocumentSandboxed(bytes, source, limits));
      return { db: handle.db, config: merged, ingest, tuning, onProgress: (p) => progress.push(p) };
    },
    async documentUris() {
      const rows = await handle.db.selectFrom('documents').select('source_uri').orderBy('source_uri').execute();
      return rows.map((row) => row.source_uri);
    },
    async close() {
      await closeSandboxes();
      await closeSafeFetchAgents();
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
