import type { Config } from '../config.js';
import { BullmqJobRunner } from './bullmq/bullmq-job-runner.js';
import { InProcessJobRunner } from './in-process/in-process-job-runner.js';
import type { JobRunner } from './job-runner.js';

/** BullMQ when REDIS_URL is set, else in-process: the one place that picks the backend. */
export function createJobRunner(config: Config, warn: (line: string) => void = console.warn): JobRunner {
  if (!config.redisUrl) return new InProcessJobRunner({ concurrency: config.concurrency });
  return new BullmqJobRunner({
    redisUrl: config.redisUrl,
    prefix: config.queuePrefix,
    concurrency: config.concurrency,
    lockDurationMs: config.jobLockMs,
    stalledIntervalMs: config.stalledIntervalMs,
    warn,
  });
}
