import { PermanentError, VeilleError, errorMessage } from '../../errors.js';
import type { DocumentSource, ReadLimits } from '../read-document.js';
import type { RawDocument } from '../types.js';

/** Parent → worker: read one document. */
export interface SandboxTask {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly source: DocumentSource;
  readonly limits: ReadLimits;
}

/** An error as it crosses the thread boundary. */
export interface SerializedError {
  readonly code: string;
  readonly message: string;
  readonly permanent: boolean;
}

/** Worker → parent. */
export type SandboxMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'started'; readonly id: number }
  | { readonly type: 'done'; readonly id: number; readonly document: RawDocument }
  | { readonly type: 'failed'; readonly id: number; readonly error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof VeilleError) {
    return { code: error.code, message: error.message, permanent: error instanceof PermanentError };
  }
  return { code: 'error', message: errorMessage(error), permanent: false };
}

export function deserializeError(error: SerializedError | undefined): VeilleError {
  if (!error) return new VeilleError('sandbox_protocol', '[ingest:sandbox] the reader thread failed without saying why');
  return error.permanent ? new PermanentError(error.code, error.message) : new VeilleError(error.code, error.message);
}
