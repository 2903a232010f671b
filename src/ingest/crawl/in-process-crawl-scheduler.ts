import type { CrawlStore } from '../../store/crawl-store.js';
import type { JobRunner } from '../../workers/job-runner.js';
import { CRAWL_QUEUE, type CrawlJob } from './crawl-jobs.js';
import type { CrawlScheduler } from './crawl-scheduler.js';

/*
 * Without Redis: each tick reads the crawls that are due from Postgres (no run started
 * within their interval) and queues one job each on the in-process runner. The job id
 * names the due slot, and CrawlStore.claimRun skips a run that comes too soon anyway.
 */

export class InProcessCrawlScheduler implements CrawlScheduler {
  readonly #crawls: CrawlStore;
  readonly #runner: Pick<JobRunner, 'enqueue'>;

  constructor(crawls: CrawlStore, runner: Pick<JobRunner, 'enqueue'>) {
    this.#crawls = crawls;
    this.#runner = runner;
  }

  async tick(): Promise<void> {
    const now = Date.now();
    for (const crawl of await this.#crawls.listDueCrawls()) {
      const slot = Math.floor(now / crawl.everyMs);
      const data: CrawlJob = { crawlId: crawl.id, trigger: 'schedule' };
      await this.#runner.enqueue(CRAWL_QUEUE, data, { jobId: `crawl-${crawl.id}-due-${slot}` });
    }
  }

  async close(): Promise<void> {}
}
