/*
 * A `veille worker`-like process for the multi-process crawl test: BullMQ runner, the real
 * pipeline hand-off (store + extract queue), `crawl` jobs spread over 2 workers. Prints one
 * JSON line per page outcome on stdout, and `ready` once consuming.
 */
import { loadConfig } from '../../../src/config.js';
import type { CrawlTuning } from '../../../src/ingest/crawl/crawl-deps.js';
import { registerCrawlJobs } from '../../../src/ingest/crawl/crawl-jobs.js';
import { crawlDepsForPipeline } from '../../../src/ingest/crawl/pipeline-ingest.js';
import { KyselyStore } from '../../../src/store/kysely-store.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { closePipelineResources } from '../../../src/workers/close-pipeline-resources.js';
import { createJobRunner } from '../../../src/workers/create-job-runner.js';

const config = loadConfig();
const tuning = JSON.parse(process.env.CRAWL_TUNING ?? '{}') as Partial<CrawlTuning>;
const handle = await openDatabase(config);
const store = new KyselyStore(handle.db);
const runner = createJobRunner(config, (line) => process.stderr.write(`${line}\n`));
const deps = crawlDepsForPipeline({ config, store, runner, db: handle.db }, 2);
registerCrawlJobs(runner, {
  ...deps,
  tuning,
  onProgress: (progress) => process.stdout.write(`${JSON.stringify({ pid: process.pid, ...progress })}\n`),
});
await runner.start();
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void (async () => {
    await runner.close();
    await closePipelineResources();
    await handle.close();
    process.exit(0);
  })();
});
