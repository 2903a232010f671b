import { VeilleError } from '../../errors.js';

/** A 429 or 5xx answer: worth retrying later, never a fault of the document. */
export class RetryableHttpError extends VeilleError {
  readonly status: number;
  /** What Retry-After asked for, in milliseconds, when the server sent one. */
  readonly retryAfterMs: number | undefined;
  constructor(url: string, status: number, retryAfterMs: number | undefined) {
    const after = retryAfterMs === undefined ? '' : ` (retry after ${Math.ceil(retryAfterMs / 1000)} s)`;
    super('retryable_http', `[ingest:fetch] ${url}: HTTP ${status}${after}`);
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Parses Retry-After (delta seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status <= 599);
}
