import { readDocument, sniffDocumentFormat, type DocumentSource, type ReadLimits } from '../read-document.js';
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

// Plain text is decoded by linear-time code with no third-party parser: up to this size it
// costs under ~10 ms, less than the round trip to a worker, so it is read in place.
const INLINE_TEXT_MAX_BYTES = 1024 * 1024;

const pools = new Map<number, SandboxPool>();

/**
 * readDocument in a worker thread with a heap cap and a timeout, so a pathological HTML
 * or PDF fails that document alone. Workers are pooled per memory cap and reused; small
 * plain-text files are read in the calling thread.
 */
export async function readDocumentSandboxed(bytes: Uint8Array, source: DocumentSource, limits: SandboxLimits): Promise<RawDocument> {
  const { memoryMb, maxBytes, ...rest } = limits;
  const maxInputBytes = rest.maxInputBytes ?? maxBytes;
  const readLimits = { ...rest, ...(maxInputBytes !== undefined ? { maxInputBytes } : {}) };
  if (isSmallText(bytes, source)) return readDocument(bytes, source, readLimits);
  return sandboxPool(memoryMb).read(bytes, source, readLimits);
}

function isSmallText(bytes: Uint8Array, source: DocumentSource): boolean {
  if (bytes.byteLength > INLINE_TEXT_MAX_BYTES) return false;
  try {
    return sniffDocumentFormat(bytes, source) === 'txt';
  } catch {
    return true; // unsupported binary: readDocument refuses it at once, no parser involved
  }
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
