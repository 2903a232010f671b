import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from './database.js';

/* The crawler's tables (migrations/2026_11_22_140000_create_crawls.ts), next to the core Database. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** int8 columns come back as decimal strings (dialects.ts). */
type Int8 = ColumnType<string, number | string, number | string>;

export interface CrawlsTable {
  id: Generated<number>;
  start_url: string;
  every_ms: Int8;
  max_depth: number;
  max_pages: number;
  include_patterns: Generated<string[]>;
  exclude_patterns: Generated<string[]>;
  enabled: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface CrawlRunsTable {
  id: Generated<number>;
  crawl_id: number;
  trigger: string;
  status: Generated<string>;
  started_at: Generated<Date>;
  heartbeat_at: Generated<Date>;
  finished_at: Date | null;
  queued: Generated<number>;
  pages_fetched: Generated<number>;
  new_documents: Generated<number>;
  skipped: Generated<number>;
  errors: Generated<number>;
  error: string | null;
}

export interface CrawlFrontierTable {
  run_id: number;
  url: string;
  depth: number;
  via: string;
  state: Generated<string>;
  attempts: Generated<number>;
  not_before: Generated<Date>;
  claimed_at: Date | null;
  seq: ColumnType<string, never, never>;
}

export interface CrawlPagesTable {
  crawl_id: number;
  url: string;
  kind: string | null;
  etag: string | null;
  last_modified: string | null;
  content_sha256: string | null;
  last_status: number | null;
  /** jsonb: written as a JSON string, read back parsed. */
  links: ColumnType<unknown, string | null, string | null>;
  document_id: string | null;
  fetched_at: Timestamp;
}

export interface CrawlHostsTable {
  origin: string;
  next_allowed_at: Generated<Date>;
  busy_until: Date | null;
  crawl_delay_ms: number | null;
  robots_status: number | null;
  robots_txt: string | null;
  robots_fetched_at: Date | null;
}

export interface CrawlTables {
  crawls: CrawlsTable;
  crawl_runs: CrawlRunsTable;
  crawl_frontier: CrawlFrontierTable;
  crawl_pages: CrawlPagesTable;
  crawl_hosts: CrawlHostsTable;
}

export type CrawlDatabase = Kysely<Database & CrawlTables>;

/** The cast every crawl store module makes once (see database.ts on extending Database). */
export function crawlDatabase(db: Kysely<Database>): CrawlDatabase {
  return db as unknown as CrawlDatabase;
}
