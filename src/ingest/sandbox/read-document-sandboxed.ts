import type { DocumentSource, ReadLimits } from '../read-document.js';
import type { RawDocument } from '../types.js';
import { SandboxPool } from './sandbox-pool.js';

/** Per-document limits of a sandboxed read. */
export interface SandboxLimits extends ReadLimits {
  /** Wall-clock limit for one document; over it the worker is killed → PermanentError `timeout`. */
  readonly timeoutMs: number;
  /** Heap cap of the worker; over it → PermanentError `too_complex`. */
  readonly memoryMb: number;
  /** Alias of maxInputBytes (the config's name). */
  readonly maxBytes?: number;
}

const pools = new Map<number, SandboxPool>();

/**
 * readDocument in a worker thread with a heap cap and a timeout, so a pathological HTML
 * or PDF fails that document alone. Workers are pooled per memory cap and reused.
 */
export function readDocumentSandboxed(bytes: Uint8Array, source: DocumentSource, limits: SandboxLimits): Promise<RawDocument> {
  const { memoryMb, maxBytes, ...rest } = limits;
  const maxInputBytes = rest.maxInputBytes ?? maxBytes;
  return sandboxPool(memoryMb).read(bytes, source, { ...rest, ...(maxInputBytes !== undefined ? { maxInputBytes } : {}) });
}

function sandboxPool(memoryMb: number): SandboxPool {
  let pool = pools.get(memoryMb);
  if (!pool) {
    pool = new SandboxPool({ memoryMb });
    pools.set(memoryMb, pool);
  }
  return pool;
}

/** Terminates the shared sandbox workers (graceful shutdown, end of a test file). */
export async function closeSandboxes(): Promise<void> {
  const closing = [...pools.values()].map((pool) => pool.close());
  pools.clear();
  await Promise.all(closing);
}
