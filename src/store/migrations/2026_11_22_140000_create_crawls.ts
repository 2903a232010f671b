import { sql, type Kysely } from 'kysely';

/*
 * Crawl schema: definitions, runs, each run's frontier, what every page looked like last
 * time (conditional GET, content hash), and per-origin politeness shared by all workers
 * (robots.txt cache, next allowed request, one request in flight). Frozen in time.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await createCrawls(db);
  await createRuns(db);
  await createFrontier(db);
  await createPages(db);
  await createHosts(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['crawl_hosts', 'crawl_pages', 'crawl_frontier', 'crawl_runs', 'crawls']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

async function createCrawls(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('crawls')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('start_url', 'text', (col) => col.notNull())
    .addColumn('every_ms', 'bigint', (col) => col.notNull())
    .addColumn('max_depth', 'integer', (col) => col.notNull())
    .addColumn('max_pages', 'integer', (col) => col.notNull())
    .addColumn('include_patterns', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('exclude_patterns', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('enabled', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}

async function createRuns(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('crawl_runs')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('crawl_id', 'integer', (col) => col.notNull().references('crawls.id').onDelete('cascade'))
    .addColumn('trigger', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().defaultTo('running').check(sql`status in ('running', 'finished', 'failed')`),
    )
    .addColumn('started_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('heartbeat_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addColumn('queued', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('pages_fetched', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('new_documents', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('skipped', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('errors', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('crawl_runs_crawl_started_idx').on('crawl_runs').columns(['crawl_id', 'started_at']).execute();
}

async function createFrontier(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('crawl_frontier')
    .addColumn('run_id', 'integer', (col) => col.notNull().references('crawl_runs.id').onDelete('cascade'))
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('depth', 'integer', (col) => col.notNull())
    .addColumn('via', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) =>
      col.notNull().defaultTo('pending').check(sql`state in ('pending', 'claimed', 'done')`),
    )
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('not_before', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('claimed_at', 'timestamptz')
    .addColumn('seq', 'bigint', (col) => col.generatedAlwaysAsIdentity())
    .addPrimaryKeyConstraint('crawl_frontier_pk', ['run_id', 'url'])
    .execute();
  await db.schema.createIndex('crawl_frontier_claim_idx').on('crawl_frontier').columns(['run_id', 'state', 'depth', 'seq']).execute();
}

async function createPages(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('crawl_pages')
    .addColumn('crawl_id', 'integer', (col) => col.notNull().references('crawls.id').onDelete('cascade'))
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('kind', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('content_sha256', 'text')
    .addColumn('last_status', 'integer')
    .addColumn('links', 'jsonb')
    .addColumn('document_id', 'text')
    .addColumn('fetched_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('crawl_pages_pk', ['crawl_id', 'url'])
    .execute();
}

async function createHosts(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('crawl_hosts')
    .addColumn('origin', 'text', (col) => col.primaryKey())
    .addColumn('next_allowed_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('busy_until', 'timestamptz')
    .addColumn('crawl_delay_ms', 'integer')
    .addColumn('robots_status', 'integer')
    .addColumn('robots_txt', 'text')
    .addColumn('robots_fetched_at', 'timestamptz')
    .execute();
}
