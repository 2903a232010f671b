/*
 * The JobRunner contract: named queues, handlers, retries. Both backends (BullMQ and
 * in-process) give the same semantics: exponential backoff up to `attempts`, a
 * PermanentError is never retried, `onFailed` fires once after the last attempt, and a
 * job id already known is not run twice while it is known.
 * Out of the contract: where jobs live (Redis or memory), cross-process delivery
 * (BullMQ only), scheduling of repeated jobs (see the crawl scheduler).
 */

export interface JobContext<Data> {
  readonly jobId: string;
  readonly queue: string;
  readonly data: Data;
  /** 1 on the first try. */
  readonly attempt: number;
  /** Aborted when the runner shuts down. */
  readonly signal: AbortSignal;
}

export type JobHandler<Data, Result = unknown> = (ctx: JobContext<Data>) => Promise<Result>;

export interface RetryPolicy {
  readonly attempts: number;
  /** First delay; each retry doubles it. */
  readonly backoffMs: number;
}

export interface HandlerOptions {
  readonly concurrency?: number;
  readonly retry?: RetryPolicy;
}

export interface EnqueueOptions {
  /** Deduplication key: a job with an id the runner already holds is not added again. */
  readonly jobId?: string;
}

export interface JobFailure {
  readonly queue: string;
  readonly jobId: string;
  readonly data: unknown;
  readonly error: Error;
  readonly attempts: number;
  /** True when the error was a PermanentError (not retried). */
  readonly permanent: boolean;
}

export type FailureListener = (failure: JobFailure) => void | Promise<void>;

export interface JobRunner {
  /** Registers the handler of a queue; it consumes jobs once `start` is called. */
  register<Data>(queue: string, handler: JobHandler<Data>, options?: HandlerOptions): void;
  /** Adds a job (producer side; needs no registered handler in this process). */
  enqueue<Data>(queue: string, data: Data, options?: EnqueueOptions): Promise<void>;
  /** Called once per job that failed for good (after its last attempt, or at once if permanent). */
  onFailed(listener: FailureListener): void;
  /** Starts consuming the registered queues. */
  start(): Promise<void>;
  /** Resolves when the given queues (default: all registered) have no waiting, delayed or active job. */
  idle(queues?: readonly string[]): Promise<void>;
  /** Jobs waiting, delayed or active in the given queues (default: all registered), for progress logs. */
  depth(queues?: readonly string[]): Promise<number>;
  /** Stops taking jobs, waits for active ones up to a deadline, releases connections. */
  close(): Promise<void>;
}
