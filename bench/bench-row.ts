/** One measured figure; every bench section returns these and run.ts writes them as JSON lines. */
export interface BenchRow {
  /** Section: pipeline, extract, crawl, review, … */
  readonly section: string;
  /** What ran: e.g. `bullmq+postgres`, `direct+pglite`. */
  readonly name: string;
  /** e.g. docs_per_s, p95_ms, peak_rss_mb, ratio. */
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** Extra context: corpus size, concurrency, baseline name. */
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
}
