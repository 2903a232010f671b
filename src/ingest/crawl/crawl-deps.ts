import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { Database } from '../../store/database.js';

/*
 * What a crawl needs from the rest of veille, and its tuning. Article pages leave the
 * crawler through `ingest` (bytes → RawDocument → stored document, see pipeline-ingest.ts).
 */

/** Hands one page to the ingest stage; `created` is false when its content was already stored. */
export type PageIngest = (
  bytes: Uint8Array,
  source: { readonly sourceUri: string; readonly contentType?: string },
) => Promise<{ readonly id: string; readonly created: boolean }>;

export type PageOutcome = 'document' | 'duplicate' | 'index' | 'unchanged' | 'skipped' | 'retry' | 'error';

export interface CrawlProgress {
  readonly runId: number;
  readonly url: string;
  readonly outcome: PageOutcome;
  readonly detail?: string;
}

export interface CrawlTuning {
  /** One request at a time per origin with a minimum delay, robots Crawl-delay included. Off only for benches. */
  readonly politeness: boolean;
  /** Minimum gap between two requests to one origin (robots Crawl-delay may raise it). */
  readonly minDelayMs: number;
  /** A larger Crawl-delay is capped here (Nutch: 30 s). */
  readonly maxCrawlDelayMs: number;
  readonly fetchTimeoutMs: number;
  /** Frontier loops per run in this process. */
  readonly concurrency: number;
  /** Tries per URL on 429/5xx/timeouts; those retries are not counted as errors. */
  readonly maxAttempts: number;
  /** First retry delay without Retry-After; doubles each try. */
  readonly retryBackoffMs: number;
  /** A Retry-After longer than this gives the URL up for this run. */
  readonly maxRetryAfterMs: number;
  /** A frontier claim or host slot older than this is taken over (crashed worker). */
  readonly leaseMs: number;
  readonly robotsTtlMs: number;
  /** Longest wait for the ingest stage on one page (reading + storing, + extraction from the CLI). */
  readonly ingestTimeoutMs: number;
}

export const DEFAULT_TUNING: CrawlTuning = Object.freeze({
  politeness: true,
  minDelayMs: 1_000,
  maxCrawlDelayMs: 30_000,
  fetchTimeoutMs: 30_000,
  concurrency: 2,
  maxAttempts: 4,
  retryBackoffMs: 2_000,
  maxRetryAfterMs: 10 * 60_000,
  leaseMs: 120_000,
  robotsTtlMs: 24 * 3600_000,
  ingestTimeoutMs: 120_000,
});

export interface CrawlDeps {
  readonly db: Kysely<Database>;
  readonly config: Config;
  readonly ingest: PageIngest;
  readonly tuning?: Partial<CrawlTuning>;
  readonly onProgress?: (progress: CrawlProgress) => void;
}
