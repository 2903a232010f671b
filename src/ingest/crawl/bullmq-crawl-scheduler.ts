import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { CrawlStore } from '../../store/crawl-store.js';
import { CRAWL_QUEUE, type CrawlJob } from './crawl-jobs.js';
import { schedulerId, type CrawlScheduler } from './crawl-scheduler.js';

/*
 * One BullMQ job scheduler per enabled crawl (`upsertJobScheduler(id, { every })`): Redis
 * holds at most one pending job per scheduler id, so however many processes tick and
 * restart, each due time yields one job (regressions taskforcesh/bullmq#2876, #2988 are
 * covered by the crash-loop test). Schedulers of removed or disabled crawls are removed.
 */

export interface BullmqCrawlSchedulerOptions {
  readonly redisUrl: string;
  /** Same prefix as the BullMQ job runner (config.queuePrefix). */
  readonly prefix: string;
  readonly crawls: CrawlStore;
}

const TEMPLATE_OPTS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { count: 200 },
  removeOnFail: { count: 200 },
} as const;

export class BullmqCrawlScheduler implements CrawlScheduler {
  readonly #connection: Redis;
  readonly #queue: Queue;
  readonly #crawls: CrawlStore;

  constructor(options: BullmqCrawlSchedulerOptions) {
    this.#connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    this.#queue = new Queue(CRAWL_QUEUE, { connection: this.#connection, prefix: options.prefix });
    this.#crawls = options.crawls;
  }

  async tick(): Promise<void> {
    const enabled = (await this.#crawls.listCrawls()).filter((crawl) => crawl.enabled);
    const wanted = new Set(enabled.map((crawl) => schedulerId(crawl.id)));
    for (const crawl of enabled) {
      const data: CrawlJob = { crawlId: crawl.id, trigger: 'schedule' };
      await this.#queue.upsertJobScheduler(schedulerId(crawl.id), { every: crawl.everyMs }, { name: CRAWL_QUEUE, data, opts: TEMPLATE_OPTS });
    }
    for (const scheduler of await this.#queue.getJobSchedulers(0, -1)) {
      const id = scheduler.key;
      if (id.startsWith('crawl-') && !wanted.has(id)) await this.#queue.removeJobScheduler(id);
    }
  }

  /** The scheduler ids Redis holds now (tests, `crawl list`). */
  async schedulerIds(): Promise<string[]> {
    return (await this.#queue.getJobSchedulers(0, -1)).map((scheduler) => scheduler.key);
  }

  async close(): Promise<void> {
    await this.#queue.close();
    await this.#connection.quit().catch(() => this.#connection.disconnect());
  }
}
