import { Worker } from 'node:worker_threads';
import { PermanentError, VeilleError } from '../../errors.js';
import type { RawDocument } from '../types.js';
import { deserializeError, type SandboxMessage, type SandboxTask } from './sandbox-protocol.js';

/** A document waiting for, or being read by, a worker. */
export interface PendingTask {
  readonly task: SandboxTask;
  readonly timeoutMs: number;
  readonly label: string;
  readonly resolve: (document: RawDocument) => void;
  readonly reject: (error: unknown) => void;
}

export interface SlotEvents {
  /** The slot can take another document. */
  readonly onIdle: () => void;
  /** The worker is gone; `orphans` were sent to it but never started: read them elsewhere. */
  readonly onExit: (orphans: PendingTask[]) => void;
}

// Two documents per worker: the next one is already there when the current one ends, so a
// worker never waits for the parent thread to wake up (which costs ms on a loaded machine).
const PIPELINE_DEPTH = 2;
// Loading tsx and the readers takes ~0.3–2 s (more on a loaded machine); far longer means a stuck worker.
const START_TIMEOUT_MS = 60_000;
const BOOTSTRAP = new URL('./sandbox-worker-bootstrap.mjs', import.meta.url);

/** One worker thread, the documents sent to it, and the timer of the one it is reading. */
export class SandboxSlot {
  readonly #worker: Worker;
  readonly #events: SlotEvents;
  readonly #memoryMb: number;
  readonly #maxTasks: number;
  readonly #assigned: PendingTask[] = [];
  readonly #startTimer: NodeJS.Timeout;
  #started: PendingTask | undefined;
  #timer: NodeJS.Timeout | undefined;
  #ready = false;
  #tasks = 0;
  wasReady = false;
  exitReason = 'exited';

  constructor(options: { memoryMb: number; maxTasks: number }, events: SlotEvents) {
    this.#memoryMb = options.memoryMb;
    this.#maxTasks = options.maxTasks;
    this.#events = events;
    this.#worker = new Worker(BOOTSTRAP, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, maxYoungGenerationSizeMb: Math.min(32, Math.ceil(options.memoryMb / 8)), stackSizeMb: 4 },
    });
    this.#worker.on('message', (message: SandboxMessage) => this.#onMessage(message));
    this.#worker.on('error', (error: Error) => this.#onError(error));
    this.#worker.on('exit', () => this.#onExit());
    this.#startTimer = setTimeout(() => this.#startTimeout(), START_TIMEOUT_MS);
    this.#startTimer.unref();
  }

  /** Documents sent and not yet answered. */
  get load(): number {
    return this.#assigned.length;
  }

  get starting(): boolean {
    return !this.wasReady;
  }

  get accepts(): boolean {
    return this.#ready && this.#assigned.length < PIPELINE_DEPTH && this.#tasks < this.#maxTasks;
  }

  send(pending: PendingTask): void {
    this.#assigned.push(pending);
    this.#tasks++;
    this.#worker.ref();
    this.#worker.postMessage(pending.task);
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }

  /** Takes no further document and exits; unstarted documents go back to the pool on exit. */
  retire(): void {
    this.#ready = false;
    void this.#worker.terminate();
  }

  #onMessage(message: SandboxMessage): void {
    if (typeof message !== 'object' || message === null) return;
    if (message.type === 'ready') return this.#onReady();
    if (message.type === 'started') return this.#onStarted(message.id);
    // A library inside the worker may post on the same port; only our two answers settle a task.
    if (message.type !== 'done' && message.type !== 'failed') return;
    const pending = this.#settle(message.id);
    if (!pending) return;
    if (message.type === 'done') pending.resolve(message.document);
    else pending.reject(deserializeError(message.error));
    if (this.#tasks >= this.#maxTasks && this.#assigned.length === 0) this.retire();
    this.#events.onIdle();
  }

  #onReady(): void {
    clearTimeout(this.#startTimer);
    this.#ready = true;
    this.wasReady = true;
    this.#worker.unref();
    this.#events.onIdle();
  }

  #onStarted(id: number): void {
    const pending = this.#assigned.find((candidate) => candidate.task.id === id);
    if (!pending) return;
    this.#started = pending;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#timeout(pending), pending.timeoutMs);
  }

  /** Removes an answered (or abandoned) document; unrefs the worker when it has nothing left. */
  #settle(id: number): PendingTask | undefined {
    const index = this.#assigned.findIndex((candidate) => candidate.task.id === id);
    if (index === -1) return undefined;
    const [pending] = this.#assigned.splice(index, 1);
    if (this.#started === pending) {
      clearTimeout(this.#timer);
      this.#started = undefined;
    }
    if (this.#assigned.length === 0) this.#worker.unref();
    return pending;
  }

  #timeout(pending: PendingTask): void {
    this.retire();
    this.#settle(pending.task.id);
    pending.reject(new PermanentError('timeout', `[ingest:sandbox] ${pending.label}: parsing took longer than ${pending.timeoutMs} ms; abandoned`));
  }

  #startTimeout(): void {
    this.exitReason = `not ready after ${START_TIMEOUT_MS} ms`;
    void this.#worker.terminate();
  }

  #onError(error: Error & { code?: string }): void {
    this.#ready = false;
    this.exitReason = error.message;
    const pending = this.#started;
    if (!pending) return;
    this.#settle(pending.task.id);
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      pending.reject(new PermanentError('too_complex', `[ingest:sandbox] ${pending.label}: parsing needed more than ${this.#memoryMb} MB`, { cause: error }));
    } else {
      pending.reject(new VeilleError('sandbox_crash', `[ingest:sandbox] ${pending.label}: reader thread crashed (${error.message})`, { cause: error }));
    }
  }

  #onExit(): void {
    clearTimeout(this.#startTimer);
    this.#ready = false;
    const started = this.#started;
    if (started) {
      this.#settle(started.task.id);
      started.reject(new VeilleError('sandbox_crash', `[ingest:sandbox] ${started.label}: reader thread exited`));
    }
    this.#events.onExit(this.#assigned.splice(0));
  }
}
