/*
 * The crawl scheduler contract: turns crawl definitions (Postgres) into `crawl` jobs at
 * their interval. Two implementations: BullMQ job schedulers when Redis is configured
 * (bullmq-crawl-scheduler.ts, the only crawl file importing bullmq), an in-process timer
 * otherwise (in-process-crawl-scheduler.ts). Out of the contract: running the jobs (the
 * JobRunner's `crawl` handler) and deduplicating runs (CrawlStore.claimRun does it again
 * in Postgres, so a duplicated trigger costs nothing).
 */

export interface CrawlScheduler {
  /** Brings the schedule in line with the crawl definitions (and queues what is due). Safe to call repeatedly, from any process. */
  tick(): Promise<void>;
  /** Releases connections; queued and scheduled jobs stay where they are. */
  close(): Promise<void>;
}

/** Scheduler id of a crawl (BullMQ job scheduler key; no `:` allowed in BullMQ ids). */
export function schedulerId(crawlId: number): string {
  return `crawl-${crawlId}`;
}
