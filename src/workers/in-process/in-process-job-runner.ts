import { randomUUID } from 'node:crypto';
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

export interface InProcessJobRunnerOptions {
  /** Concurrency of a queue whose handler gives none. */
  readonly concurrency?: number;
  /** Retry policy of a queue whose handler gives none. */
  readonly retry?: RetryPolicy;
  /** How long `close` waits for active jobs. */
  readonly closeTimeoutMs?: number;
  /** Where errors thrown by failure listeners go. */
  readonly onListenerError?: (error: unknown) => void;
}

interface PendingJob {
  readonly id: string;
  readonly data: unknown;
  readonly attempt: number;
}

interface QueueState {
  readonly name: string;
  handler: JobHandler<unknown> | undefined;
  concurrency: number;
  retry: RetryPolicy;
  readonly waiting: PendingJob[];
  active: number;
  readonly timers: Set<NodeJS.Timeout>;
}

export const DEFAULT_RETRY: RetryPolicy = Object.freeze({ attempts: 3, backoffMs: 1_000 });

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(errorMessage(error));
}

/**
 * Runs jobs in this process with bounded concurrency per queue and the same retry
 * semantics as the BullMQ runner. Jobs live in memory only: Postgres and the inbox are
 * the record, and unfinished work is re-enqueued at start.
 */
export class InProcessJobRunner implements JobRunner {
  readonly #queues = new Map<string, QueueState>();
  readonly #held = new Set<string>();
  readonly #listeners: FailureListener[] = [];
  readonly #abort = new AbortController();
  readonly #idleChecks = new Set<() => void>();
  readonly #options: InProcessJobRunnerOptions;
  #started = false;
  #closed = false;

  constructor(options: InProcessJobRunnerOptions = {}) {
    this.#options = options;
  }

  register<Data>(queue: string, handler: JobHandler<Data>, options: HandlerOptions = {}): void {
    const state = this.#queue(queue);
    state.handler = handler as JobHandler<unknown>;
    state.concurrency = options.concurrency ?? this.#options.concurrency ?? 4;
    state.retry = options.retry ?? this.#options.retry ?? DEFAULT_RETRY;
    this.#pump(state);
  }

  async enqueue<Data>(queue: string, data: Data, options: EnqueueOptions = {}): Promise<void> {
    if (this.#closed) throw new Error(`[workers] cannot enqueue on ${queue}: the runner is closed`);
    const id = options.jobId ?? randomUUID();
    const key = `${queue}\u0000${id}`;
    if (this.#held.has(key)) return;
    this.#held.add(key);
    const state = this.#queue(queue);
    state.waiting.push({ id, data, attempt: 1 });
    this.#pump(state);
  }

  onFailed(listener: FailureListener): void {
    this.#listeners.push(listener);
  }

  async start(): Promise<void> {
    this.#started = true;
    for (const state of this.#queues.values()) this.#pump(state);
  }

  idle(queues?: readonly string[]): Promise<void> {
    const names = queues ?? [...this.#queues.values()].filter((s) => s.handler).map((s) => s.name);
    const isIdle = () => names.every((name) => this.#isIdle(name));
    if (isIdle()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!isIdle()) return;
        this.#idleChecks.delete(check);
        resolve();
      };
      this.#idleChecks.add(check);
    });
  }

  async depth(queues?: readonly string[]): Promise<number> {
    const names = queues ?? [...this.#queues.keys()];
    let total = 0;
    for (const name of names) {
      const state = this.#queues.get(name);
      if (state) total += state.waiting.length + state.active + state.timers.size;
    }
    return total;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#abort.abort();
    for (const state of this.#queues.values()) {
      for (const timer of state.timers) clearTimeout(timer);
      state.timers.clear();
      state.waiting.length = 0;
    }
    await this.#drainActive(this.#options.closeTimeoutMs ?? 10_000);
  }

  async #drainActive(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const busy = () => [...this.#queues.values()].some((s) => s.active > 0);
    while (busy() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  }

  #queue(name: string): QueueState {
    let state = this.#queues.get(name);
    if (!state) {
      const retry = this.#options.retry ?? DEFAULT_RETRY;
      state = { name, handler: undefined, concurrency: 1, retry, waiting: [], active: 0, timers: new Set() };
      this.#queues.set(name, state);
    }
    return state;
  }

  #isIdle(name: string): boolean {
    const state = this.#queues.get(name);
    return !state || (state.waiting.length === 0 && state.active === 0 && state.timers.size === 0);
  }

  #pump(state: QueueState): void {
    while (this.#started && !this.#closed && state.handler && state.active < state.concurrency) {
      const job = state.waiting.shift();
      if (!job) break;
      state.active += 1;
      void this.#run(state, state.handler, job).finally(() => {
        state.active -= 1;
        this.#pump(state);
        this.#notifyIdle();
      });
    }
  }

  async #run(state: QueueState, handler: JobHandler<unknown>, job: PendingJob): Promise<void> {
    const ctx = { jobId: job.id, queue: state.name, data: job.data, attempt: job.attempt, signal: this.#abort.signal };
    try {
      await handler(ctx);
      this.#release(state, job);
    } catch (caught) {
      const error = asError(caught);
      const permanent = error instanceof PermanentError;
      if (this.#closed && !permanent) {
        // Abandoned at shutdown: the store and the inbox still hold it, so start-up re-enqueues it.
        this.#release(state, job);
      } else if (permanent || job.attempt >= state.retry.attempts) {
        await this.#fail({ queue: state.name, jobId: job.id, data: job.data, error, attempts: job.attempt, permanent });
        this.#release(state, job);
      } else {
        this.#retryLater(state, job);
      }
    }
  }

  #retryLater(state: QueueState, job: PendingJob): void {
    const delay = state.retry.backoffMs * 2 ** (job.attempt - 1);
    const timer = setTimeout(() => {
      state.timers.delete(timer);
      state.waiting.push({ ...job, attempt: job.attempt + 1 });
      this.#pump(state);
    }, delay);
    state.timers.add(timer);
  }

  #release(state: QueueState, job: PendingJob): void {
    this.#held.delete(`${state.name}\u0000${job.id}`);
  }

  async #fail(failure: JobFailure): Promise<void> {
    for (const listener of this.#listeners) {
      try {
        await listener(failure);
      } catch (error) {
        (this.#options.onListenerError ?? console.error)(error);
      }
    }
  }

  #notifyIdle(): void {
    for (const check of [...this.#idleChecks]) check();
  }
}
