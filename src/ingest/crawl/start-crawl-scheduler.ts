import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import { errorMessage } from '../../errors.js';
import type { Database } from '../../store/database.js';
import { CrawlStore } from '../../store/crawl-store.js';
import type { JobRunner } from '../../workers/job-runner.js';
import type { CrawlScheduler } from './crawl-scheduler.js';
import { InProcessCrawlScheduler } from './in-process-crawl-scheduler.js';

export interface CrawlSchedulerDeps {
  readonly config: Config;
  readonly db: Kysely<Database>;
  /** Where the in-process scheduler queues due crawls (unused with Redis: BullMQ queues them). */
  readonly runner: Pick<JobRunner, 'enqueue'>;
  /** How often definitions are re-read (crawls added or removed from the CLI); default 30 s. */
  readonly tickMs?: number;
  readonly warn?: (line: string) => void;
}

async function createScheduler(deps: CrawlSchedulerDeps): Promise<CrawlScheduler> {
  const crawls = new CrawlStore(deps.db);
  if (!deps.config.redisUrl) return new InProcessCrawlScheduler(crawls, deps.runner);
  // Imported lazily so a Redis-less install never loads bullmq for the scheduler.
  const { BullmqCrawlScheduler } = await import('./bullmq-crawl-scheduler.js');
  return new BullmqCrawlScheduler({ redisUrl: deps.config.redisUrl, prefix: deps.config.queuePrefix, crawls });
}

/**
 * Starts scheduling crawls (BullMQ job schedulers with REDIS_URL, else an in-process
 * timer): a first tick now, then every `tickMs`. Failures are reported through `warn`.
 */
export function startCrawlScheduler(deps: CrawlSchedulerDeps): { stop(): Promise<void> } {
  const warn = deps.warn ?? console.warn;
  const scheduler = createScheduler(deps);
  let ticking: Promise<void> = Promise.resolve();
  const tick = () => {
    ticking = ticking
      .then(async () => (await scheduler).tick())
      .catch((error) => warn(`[crawl:scheduler] ${errorMessage(error)}`));
  };
  tick();
  const timer = setInterval(tick, deps.tickMs ?? 30_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await ticking;
      await scheduler.then((s) => s.close(), () => undefined);
    },
  };
}
