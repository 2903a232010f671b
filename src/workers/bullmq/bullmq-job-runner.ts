import { createHash, randomUUID } from 'node:crypto';
import { DelayedError, Queue, UnrecoverableError, Worker, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { PermanentError, errorMessage } from '../../errors.js';
import type {
  EnqueueOptions,
  FailureListener,
  HandlerOptions,
  JobFailure,
  JobHandler,
  JobRunner,
  RetryPolicy,
} from '../job-runner.js';
import { DEFAULT_RETRY } from '../in-process/in-process-job-runner.js';
import { checkEvictionPolicy, createRedis } from './redis-connection.js';

export interface BullmqJobRunnerOptions {
  readonly redisUrl: string;
  /** BullMQ key prefix: deployments and test files sharing one Redis use different ones. */
  readonly prefix: string;
  readonly concurrency?: number;
  readonly retry?: RetryPolicy;
  /**
   * A worker holds a job's lock this long and renews it at half that; a worker that dies
   * (SIGKILL, lost machine) leaves the lock to expire, then the stalled check of any live
   * worker, every `stalledIntervalMs`, puts the job back in wait. Recovery therefore takes
   * between lockDurationMs and lockDurationMs + stalledIntervalMs (BullMQ defaults: 30 s each).
   */
  readonly lockDurationMs?: number;
  readonly stalledIntervalMs?: number;
  /** Stalls a job survives before BullMQ fails it (default 1). */
  readonly maxStalledCount?: number;
  /** How long `close` waits for active jobs before forcing. */
  readonly closeTimeoutMs?: number;
  /**
   * Failed jobs kept in Redis for inspection (default 0: the failures table is the record).
   * A kept job blocks its id, so a document whose job BullMQ failed for stalling too often
   * could not be re-queued at start; keep some only while debugging.
   */
  readonly keepFailed?: number;
  readonly warn?: (line: string) => void;
}

interface Registration {
  readonly handler: JobHandler<unknown>;
  readonly options: HandlerOptions;
}

interface PendingAdd {
  readonly name: string;
  readonly data: unknown;
  readonly opts: JobsOptions;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** Carries a PermanentError through BullMQ so the failure listener sees the original. */
class PermanentJobError extends UnrecoverableError {
  readonly original: PermanentError;
  constructor(original: PermanentError) {
    super(original.message);
    this.original = original;
  }
}

/** BullMQ refuses custom ids containing ':' or made of digits only. */
export function toBullmqJobId(id: string): string {
  if (!id.includes(':') && !/^\d+$/.test(id)) return id;
  return `h${createHash('sha256').update(id).digest('hex').slice(0, 32)}`;
}

/** A BullMQ Queue and Worker per queue name; at-least-once, so handlers must be idempotent. */
export class BullmqJobRunner implements JobRunner {
  readonly #options: BullmqJobRunnerOptions;
  readonly #connection: Redis;
  readonly #registrations = new Map<string, Registration>();
  readonly #queues = new Map<string, Queue>();
  readonly #workers: Worker[] = [];
  readonly #listeners: FailureListener[] = [];
  readonly #notifications = new Set<Promise<void>>();
  readonly #abort = new AbortController();
  #pendingAdds: PendingAdd[] = [];
  #flushScheduled = false;
  #ready: Promise<void> | undefined;
  #closed = false;

  constructor(options: BullmqJobRunnerOptions) {
    this.#options = options;
    this.#connection = createRedis(options.redisUrl);
    this.#connection.on('error', (error) => this.#warn(`[workers:redis] ${errorMessage(error)}`));
  }

  register<Data>(queue: string, handler: JobHandler<Data>, options: HandlerOptions = {}): void {
    this.#registrations.set(queue, { handler: handler as JobHandler<unknown>, options });
  }

  async enqueue<Data>(queue: string, data: Data, options: EnqueueOptions = {}): Promise<void> {
    if (this.#closed) throw new Error(`[workers] cannot enqueue on ${queue}: the runner is closed`);
    await this.#checkRedis();
    const retry = this.#retry(queue);
    const opts: JobsOptions = {
      jobId: toBullmqJobId(options.jobId ?? randomUUID()),
      attempts: retry.attempts,
      backoff: { type: 'exponential', delay: retry.backoffMs },
      removeOnComplete: true,
      removeOnFail: this.#options.keepFailed ? { count: this.#options.keepFailed } : true,
    };
    return new Promise((resolve, reject) => {
      this.#pendingAdds.push({ name: queue, data, opts, resolve, reject });
      this.#scheduleFlush();
    });
  }

  onFailed(listener: FailureListener): void {
    this.#listeners.push(listener);
  }

  async start(): Promise<void> {
    await this.#checkRedis();
    for (const [name, registration] of this.#registrations) this.#workers.push(this.#createWorker(name, registration));
    await Promise.all(this.#workers.map((worker) => worker.waitUntilReady()));
  }

  async idle(queues?: readonly string[]): Promise<void> {
    const names = queues ?? [...this.#registrations.keys()];
    // Redis shows a job settled a moment before its worker's 'failed' event reaches this process
    // (the event follows the reply to moveToFailed): idle is two idle readings a poll apart.
    for (let quiet = 0; quiet < 2; ) {
      quiet = (await this.#isIdle(names)) ? quiet + 1 : 0;
      if (quiet < 2) await new Promise((r) => setTimeout(r, 50));
    }
  }

  async depth(queues?: readonly string[]): Promise<number> {
    let total = this.#pendingAdds.length;
    for (const name of queues ?? [...this.#registrations.keys()]) {
      const counts = await this.#queue(name).getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      total += Object.values(counts).reduce((sum, count) => sum + count, 0);
    }
    return total;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#abort.abort();
    await this.#flush();
    const timeoutMs = this.#options.closeTimeoutMs ?? 10_000;
    await Promise.all(this.#workers.map((worker) => closeWithin(worker, timeoutMs)));
    await Promise.allSettled([...this.#notifications]);
    await Promise.all([...this.#queues.values()].map((queue) => queue.close()));
    await this.#connection.quit().catch(() => this.#connection.disconnect());
  }

  #retry(queue: string): RetryPolicy {
    return this.#registrations.get(queue)?.options.retry ?? this.#options.retry ?? DEFAULT_RETRY;
  }

  #checkRedis(): Promise<void> {
    this.#ready ??= checkEvictionPolicy(this.#connection, (line) => this.#warn(line));
    return this.#ready;
  }

  #queue(name: string): Queue {
    let queue = this.#queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.#connection, prefix: this.#options.prefix });
      queue.on('error', (error) => this.#warn(`[workers:${name}] ${errorMessage(error)}`));
      this.#queues.set(name, queue);
    }
    return queue;
  }

  // Adds made in the same tick go to Redis as one addBulk per queue (one round trip).
  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => void this.#flush());
  }

  async #flush(): Promise<void> {
    this.#flushScheduled = false;
    const batch = this.#pendingAdds;
    this.#pendingAdds = [];
    const byQueue = new Map<string, PendingAdd[]>();
    for (const add of batch) {
      const adds = byQueue.get(add.name);
      if (adds) adds.push(add);
      else byQueue.set(add.name, [add]);
    }
    await Promise.all(
      [...byQueue].map(async ([name, adds]) => {
        try {
          await this.#queue(name).addBulk(adds.map(({ name: jobName, data, opts }) => ({ name: jobName, data, opts })));
          for (const add of adds) add.resolve();
        } catch (error) {
          for (const add of adds) add.reject(error);
        }
      }),
    );
  }

  #createWorker(name: string, registration: Registration): Worker {
    const processor = async (job: Job, token?: string) => {
      const ctx = { jobId: job.id ?? '', queue: name, data: job.data, attempt: job.attemptsMade + 1, signal: this.#abort.signal };
      try {
        return await registration.handler(ctx);
      } catch (error) {
        if (error instanceof PermanentError) throw new PermanentJobError(error);
        if (this.#abort.signal.aborted && token) {
          // Interrupted by shutdown: hand the job back at once, without spending an attempt.
          await job.moveToDelayed(Date.now(), token);
          throw new DelayedError();
        }
        throw error instanceof Error ? error : new Error(errorMessage(error));
      }
    };
    const worker = new Worker(name, processor, {
      connection: this.#connection,
      prefix: this.#options.prefix,
      concurrency: registration.options.concurrency ?? this.#options.concurrency ?? 4,
      lockDuration: this.#options.lockDurationMs ?? 30_000,
      stalledInterval: this.#options.stalledIntervalMs ?? 30_000,
      maxStalledCount: this.#options.maxStalledCount ?? 1,
    });
    worker.on('failed', (job, error) => job && this.#onJobFailed(name, job, error));
    worker.on('stalled', (jobId) => this.#warn(`[workers:${name}] job ${jobId} stalled (its worker died or blocked); re-queued`));
    worker.on('error', (error) => this.#warn(`[workers:${name}] ${errorMessage(error)}`));
    return worker;
  }

  #onJobFailed(queue: string, job: Job, error: Error): void {
    const permanent = error instanceof UnrecoverableError;
    if (!permanent && job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const original = error instanceof PermanentJobError ? error.original : error;
    const failure: JobFailure = { queue, jobId: job.id ?? '', data: job.data, error: original, attempts: job.attemptsMade, permanent };
    const notification = this.#notify(failure).finally(() => this.#notifications.delete(notification));
    this.#notifications.add(notification);
  }

  async #notify(failure: JobFailure): Promise<void> {
    for (const listener of this.#listeners) {
      try {
        await listener(failure);
      } catch (error) {
        this.#warn(`[workers:${failure.queue}] failure listener: ${errorMessage(error)}`);
      }
    }
  }

  async #isIdle(names: readonly string[]): Promise<boolean> {
    if (this.#pendingAdds.length > 0 || this.#notifications.size > 0) return false;
    if ((await this.depth(names)) > 0) return false;
    return this.#notifications.size === 0;
  }

  #warn(line: string): void {
    (this.#options.warn ?? console.warn)(line);
  }
}

async function closeWithin(worker: Worker, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const outcome = await Promise.race([worker.close().then(() => 'closed' as const), deadline]);
  clearTimeout(timer);
  // Jobs still running are abandoned: their lock expires and another worker takes them.
  if (outcome === 'timeout') await worker.close(true);
}
