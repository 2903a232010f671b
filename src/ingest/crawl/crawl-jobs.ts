import type { JobRunner } from '../../workers/job-runner.js';
import type { CrawlDeps } from './crawl-deps.js';
import { runCrawl, type RunCrawlResult } from './run-crawl.js';

/*
 * The `crawl` queue: one job is one crawl run, drained inside the job from the run's
 * Postgres frontier. To spread a run over several workers, the job that starts it queues
 * `spread - 1` join jobs (job id = run id + index); a join job drains the same frontier
 * while the run lasts, and does nothing once it is over. A URL is claimed by one worker
 * only, and each host still serves one request at a time (crawl_hosts), so N workers
 * never fetch a page twice.
 */

export const CRAWL_QUEUE = 'crawl';

export interface CrawlJob {
  readonly crawlId: number;
  /** Default `schedule` (the scheduler's jobs). */
  readonly trigger?: 'schedule' | 'manual';
  /** Set on join jobs: help drain this run, if still running. */
  readonly joinRunId?: number;
}

export interface CrawlJobDeps extends CrawlDeps {
  /** Jobs (workers) per run: 1 keeps a run in one worker. */
  readonly spread?: number;
}

/** What a crawl job returns (kept by BullMQ as the job's return value). */
export type CrawlJobResult = RunCrawlResult;

export function registerCrawlJobs(runner: JobRunner, deps: CrawlJobDeps): void {
  runner.register<CrawlJob>(
    CRAWL_QUEUE,
    async ({ data, signal }) => {
      const spread = deps.spread ?? 1;
      const onStarted = async (runId: number) => {
        for (let i = 1; i < spread; i += 1) {
          await runner.enqueue<CrawlJob>(CRAWL_QUEUE, { crawlId: data.crawlId, joinRunId: runId }, { jobId: `run-${runId}-join-${i}` });
        }
      };
      return runCrawl(deps, { crawlId: data.crawlId, trigger: data.trigger ?? 'schedule', joinRunId: data.joinRunId, signal, onStarted });
    },
    // A run that dies (database down) is retried; its frontier survives in Postgres and the retry joins it.
    { concurrency: 1, retry: { attempts: 3, backoffMs: 30_000 } },
  );
}
