import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { PermanentError, VeilleError } from '../../errors.js';
import type { DocumentSource, ReadLimits } from '../read-document.js';
import type { RawDocument } from '../types.js';
import { deserializeError, type SandboxMessage, type SandboxTask } from './sandbox-protocol.js';

export interface SandboxPoolOptions {
  /** V8 old-generation cap of each worker, in MB. */
  readonly memoryMb: number;
  /** Worker threads kept; defaults to the core count (at most 4). */
  readonly size?: number;
  /** A worker is replaced after this many documents, so leaks in pdf.js or linkedom cannot pile up. */
  readonly maxTasksPerWorker?: number;
}

interface PendingTask {
  readonly task: SandboxTask;
  readonly timeoutMs: number;
  readonly label: string;
  readonly resolve: (document: RawDocument) => void;
  readonly reject: (error: unknown) => void;
}

// Loading tsx and the readers takes ~0.3–2 s (more on a loaded machine); far longer means a stuck worker.
const START_TIMEOUT_MS = 60_000;
const BOOTSTRAP = new URL('./sandbox-worker-bootstrap.mjs', import.meta.url);

/**
 * A few worker threads that read documents under a memory cap and a per-document
 * wall-clock limit. A worker that times out or runs out of memory is replaced; the
 * parent only sees a PermanentError (`timeout`, `too_complex`) for that document.
 */
export class SandboxPool {
  readonly #options: Required<SandboxPoolOptions>;
  readonly #slots = new Set<SandboxSlot>();
  readonly #queue: PendingTask[] = [];
  #nextId = 1;
  #closed = false;

  constructor(options: SandboxPoolOptions) {
    const size = options.size ?? Math.max(1, Math.min(os.availableParallelism(), 4));
    this.#options = { memoryMb: options.memoryMb, size, maxTasksPerWorker: options.maxTasksPerWorker ?? 500 };
  }

  /** Reads one document in a worker; rejects with the reader's error or `timeout` / `too_complex`. */
  read(bytes: Uint8Array, source: DocumentSource, limits: ReadLimits & { timeoutMs: number }): Promise<RawDocument> {
    if (this.#closed) return Promise.reject(new VeilleError('closed', '[ingest:sandbox] pool is closed'));
    const { timeoutMs, ...readLimits } = limits;
    return new Promise((resolve, reject) => {
      const task: SandboxTask = { id: this.#nextId++, bytes, source, limits: readLimits };
      this.#queue.push({ task, timeoutMs, label: source.sourceUri, resolve, reject });
      this.#dispatch();
    });
  }

  /** Terminates every worker; queued documents are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const pending of this.#queue.splice(0)) pending.reject(new VeilleError('closed', '[ingest:sandbox] pool closed'));
    await Promise.all([...this.#slots].map((slot) => slot.terminate()));
    this.#slots.clear();
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const slot = [...this.#slots].find((candidate) => candidate.idle);
      if (!slot) return this.#grow();
      slot.run(this.#queue.shift() as PendingTask);
    }
  }

  #grow(): void {
    const starting = [...this.#slots].filter((slot) => !slot.ready).length;
    if (this.#slots.size >= this.#options.size || starting >= this.#queue.length) return;
    const slot = new SandboxSlot(this.#options.memoryMb, {
      onIdle: () => this.#afterTask(slot),
      onExit: () => this.#afterExit(slot),
    });
    this.#slots.add(slot);
  }

  #afterTask(slot: SandboxSlot): void {
    if (slot.tasks >= this.#options.maxTasksPerWorker) slot.retire();
    this.#dispatch();
  }

  #afterExit(slot: SandboxSlot): void {
    this.#slots.delete(slot);
    if (!slot.wasReady) return this.#failStart(slot);
    if (!this.#closed) this.#dispatch();
  }

  /** A worker that dies before it is ready would die again: fail what waits rather than respawn forever. */
  #failStart(slot: SandboxSlot): void {
    if ([...this.#slots].some((other) => other.wasReady)) return this.#dispatch();
    const error = new VeilleError('sandbox_start', `[ingest:sandbox] reader thread failed to start (${slot.exitReason}); is memoryMb=${this.#options.memoryMb} too small?`);
    for (const pending of this.#queue.splice(0)) pending.reject(error);
  }
}

interface SlotEvents {
  readonly onIdle: () => void;
  readonly onExit: () => void;
}

/** One worker thread and the document it is reading. */
class SandboxSlot {
  readonly #worker: Worker;
  readonly #events: SlotEvents;
  readonly #memoryMb: number;
  #current: PendingTask | undefined;
  #timer: NodeJS.Timeout | undefined;
  readonly #startTimer: NodeJS.Timeout;
  ready = false;
  wasReady = false;
  exitReason = 'exited';
  tasks = 0;

  constructor(memoryMb: number, events: SlotEvents) {
    this.#memoryMb = memoryMb;
    this.#events = events;
    this.#worker = new Worker(BOOTSTRAP, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(32, Math.ceil(memoryMb / 8)), stackSizeMb: 4 },
    });
    this.#worker.on('message', (message: SandboxMessage) => this.#onMessage(message));
    this.#worker.on('error', (error: Error) => this.#fail(this.#crashError(error)));
    this.#worker.on('exit', () => this.#onExit());
    this.#startTimer = setTimeout(() => this.#startTimeout(), START_TIMEOUT_MS);
    this.#startTimer.unref();
  }

  get idle(): boolean {
    return this.ready && this.#current === undefined;
  }

  run(pending: PendingTask): void {
    this.#current = pending;
    this.tasks++;
    this.#worker.ref();
    this.#timer = setTimeout(() => this.#timeout(), pending.timeoutMs);
    this.#worker.postMessage(pending.task);
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }

  /** Takes no further document and exits; the pool starts a fresh worker when needed. */
  retire(): void {
    this.ready = false;
    void this.#worker.terminate();
  }

  #onMessage(message: SandboxMessage): void {
    if (message.type === 'ready') {
      clearTimeout(this.#startTimer);
      this.ready = true;
      this.wasReady = true;
      this.#worker.unref();
      return this.#events.onIdle();
    }
    if (this.#current?.task.id !== message.id) return;
    const current = this.#finish() as PendingTask;
    if (message.type === 'done') current.resolve(message.document);
    else current.reject(deserializeError(message.error));
    this.#events.onIdle();
  }

  #timeout(): void {
    const label = this.#current?.label ?? 'document';
    const ms = this.#current?.timeoutMs ?? 0;
    this.retire();
    this.#fail(new PermanentError('timeout', `[ingest:sandbox] ${label}: parsing took longer than ${ms} ms; abandoned`));
  }

  #startTimeout(): void {
    this.exitReason = `not ready after ${START_TIMEOUT_MS} ms`;
    void this.#worker.terminate();
  }

  #crashError(error: Error & { code?: string }): VeilleError {
    this.ready = false;
    this.exitReason = error.message;
    const label = this.#current?.label ?? 'document';
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new PermanentError('too_complex', `[ingest:sandbox] ${label}: parsing needed more than ${this.#memoryMb} MB`, { cause: error });
    }
    return new VeilleError('sandbox_crash', `[ingest:sandbox] ${label}: reader thread crashed (${error.message})`, { cause: error });
  }

  #fail(error: VeilleError): void {
    this.#finish()?.reject(error);
  }

  #finish(): PendingTask | undefined {
    const current = this.#current;
    clearTimeout(this.#timer);
    this.#current = undefined;
    this.#worker.unref();
    return current;
  }

  #onExit(): void {
    clearTimeout(this.#startTimer);
    this.#fail(new VeilleError('sandbox_crash', `[ingest:sandbox] ${this.#current?.label ?? 'document'}: reader thread exited`));
    this.ready = false;
    this.#events.onExit();
  }
}
