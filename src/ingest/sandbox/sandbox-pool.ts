import os from 'node:os';
import { VeilleError } from '../../errors.js';
import type { DocumentSource, ReadLimits } from '../read-document.js';
import type { RawDocument } from '../types.js';
import type { SandboxTask } from './sandbox-protocol.js';
import { SandboxSlot, type PendingTask } from './sandbox-slot.js';

export interface SandboxPoolOptions {
  /** V8 old-generation cap of each worker, in MB. */
  readonly memoryMb: number;
  /** Worker threads kept; defaults to the core count (at most 4). */
  readonly size?: number;
  /** A worker is replaced after this many documents, so leaks in pdf.js or linkedom cannot pile up. */
  readonly maxTasksPerWorker?: number;
}

/**
 * A few worker threads that read documents under a memory cap and a per-document
 * wall-clock limit. A worker that times out or runs out of memory is replaced; the
 * caller only sees a PermanentError (`timeout`, `too_complex`) for that document, and
 * documents queued behind it are read by another worker.
 */
export class SandboxPool {
  readonly #options: Required<SandboxPoolOptions>;
  readonly #slots = new Set<SandboxSlot>();
  readonly #queue: PendingTask[] = [];
  readonly #orphaned = new WeakMap<PendingTask, number>();
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
    this.#rejectQueued(new VeilleError('closed', '[ingest:sandbox] pool closed'));
    await Promise.all([...this.#slots].map((slot) => slot.terminate()));
    this.#slots.clear();
  }

  #dispatch(): void {
    if (this.#closed) return;
    while (this.#queue.length > 0) {
      const slots = [...this.#slots];
      if (!slots.some((slot) => slot.accepts && slot.load === 0)) this.#grow();
      const slot = slots.filter((candidate) => candidate.accepts).sort((a, b) => a.load - b.load)[0];
      if (!slot) return;
      slot.send(this.#queue.shift() as PendingTask);
    }
  }

  #grow(): void {
    const starting = [...this.#slots].filter((slot) => slot.starting).length;
    if (this.#slots.size >= this.#options.size || starting >= this.#queue.length) return;
    const slot: SandboxSlot = new SandboxSlot(
      { memoryMb: this.#options.memoryMb, maxTasks: this.#options.maxTasksPerWorker },
      { onIdle: () => this.#dispatch(), onExit: (orphans) => this.#afterExit(slot, orphans) },
    );
    this.#slots.add(slot);
  }

  #afterExit(slot: SandboxSlot, orphans: PendingTask[]): void {
    this.#slots.delete(slot);
    if (this.#closed) return orphans.forEach((pending) => pending.reject(new VeilleError('closed', '[ingest:sandbox] pool closed')));
    this.#queue.unshift(...orphans.filter((pending) => this.#adopt(pending)));
    if (!slot.wasReady && ![...this.#slots].some((other) => other.wasReady)) return this.#failStart(slot);
    this.#dispatch();
  }

  // A document whose worker died twice before it started is more likely the culprit than a bystander.
  #adopt(pending: PendingTask): boolean {
    const times = (this.#orphaned.get(pending) ?? 0) + 1;
    this.#orphaned.set(pending, times);
    if (times <= 2) return true;
    pending.reject(new VeilleError('sandbox_crash', `[ingest:sandbox] ${pending.label}: reader threads kept dying around it`));
    return false;
  }

  /** A worker that dies before it is ready would die again: fail what waits rather than respawn forever. */
  #failStart(slot: SandboxSlot): void {
    this.#rejectQueued(new VeilleError('sandbox_start', `[ingest:sandbox] reader thread failed to start (${slot.exitReason}); is memoryMb=${this.#options.memoryMb} too small?`));
  }

  #rejectQueued(error: VeilleError): void {
    for (const pending of this.#queue.splice(0)) pending.reject(error);
  }
}
