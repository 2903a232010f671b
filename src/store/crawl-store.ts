import { sql, type Kysely, type Selectable } from 'kysely';
import { NotFoundError } from '../errors.js';
import type { Database } from './database.js';
import { crawlDatabase, type CrawlDatabase, type CrawlRunsTable, type CrawlsTable } from './crawl-tables.js';

/*
 * Crawl definitions, runs and what each page looked like last time. The frontier and the
 * per-host politeness state have their own modules (crawl-frontier-store.ts,
 * crawl-host-store.ts). Out of this module: fetching, parsing, scheduling.
 */

export interface CrawlDefinition {
  readonly id: number;
  readonly startUrl: string;
  readonly everyMs: number;
  readonly maxDepth: number;
  readonly maxPages: number;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly enabled: boolean;
  readonly createdAt: Date;
}

export type NewCrawl = Omit<CrawlDefinition, 'id' | 'createdAt' | 'enabled'> & { readonly enabled?: boolean };

export const RUN_STATUSES = ['running', 'finished', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface RunCounters {
  readonly pagesFetched: number;
  readonly newDocuments: number;
  readonly skipped: number;
  readonly errors: number;
}

export interface CrawlRun extends RunCounters {
  readonly id: number;
  readonly crawlId: number;
  readonly trigger: string;
  readonly status: RunStatus;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly error: string | null;
}

/** What the previous fetch of a page left: validators for a conditional GET, hash, links of a hub. */
export interface PageRecord {
  readonly url: string;
  readonly kind: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly contentSha256: string | null;
  readonly lastStatus: number | null;
  readonly links: readonly string[];
  readonly documentId: string | null;
}

/** Outcome of asking for a run: a new one, the one already running (joined), or none (too soon after the last). */
export type RunClaim =
  | { readonly kind: 'started' | 'joined'; readonly run: CrawlRun }
  | { readonly kind: 'skipped'; readonly reason: string };

function toDefinition(row: Selectable<CrawlsTable>): CrawlDefinition {
  return {
    id: row.id,
    startUrl: row.start_url,
    everyMs: Number(row.every_ms),
    maxDepth: row.max_depth,
    maxPages: row.max_pages,
    include: row.include_patterns,
    exclude: row.exclude_patterns,
    enabled: row.enabled,
    createdAt: row.created_at,
  };
}

function toRun(row: Selectable<CrawlRunsTable>): CrawlRun {
  return {
    id: row.id,
    crawlId: row.crawl_id,
    trigger: row.trigger,
    status: row.status as RunStatus,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    pagesFetched: row.pages_fetched,
    newDocuments: row.new_documents,
    skipped: row.skipped,
    errors: row.errors,
    error: row.error,
  };
}

export class CrawlStore {
  readonly #db: CrawlDatabase;

  constructor(db: Kysely<Database>) {
    this.#db = crawlDatabase(db);
  }

  async addCrawl(crawl: NewCrawl): Promise<CrawlDefinition> {
    const row = await this.#db
      .insertInto('crawls')
      .values({
        start_url: crawl.startUrl,
        every_ms: crawl.everyMs,
        max_depth: crawl.maxDepth,
        max_pages: crawl.maxPages,
        include_patterns: [...crawl.include],
        exclude_patterns: [...crawl.exclude],
        enabled: crawl.enabled ?? true,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toDefinition(row);
  }

  async listCrawls(): Promise<CrawlDefinition[]> {
    const rows = await this.#db.selectFrom('crawls').selectAll().orderBy('id').execute();
    return rows.map(toDefinition);
  }

  async getCrawl(id: number): Promise<CrawlDefinition> {
    const row = await this.#db.selectFrom('crawls').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('crawl', String(id));
    return toDefinition(row);
  }

  async findCrawlByUrl(startUrl: string): Promise<CrawlDefinition | undefined> {
    const row = await this.#db.selectFrom('crawls').selectAll().where('start_url', '=', startUrl).orderBy('id').executeTakeFirst();
    return row ? toDefinition(row) : undefined;
  }

  /** True when a crawl was removed (its runs and page records go with it). */
  async removeCrawl(id: number): Promise<boolean> {
    const result = await this.#db.deleteFrom('crawls').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Enabled crawls whose last run started at least `everyMs` ago (or never ran). */
  async listDueCrawls(): Promise<CrawlDefinition[]> {
    const rows = await this.#db
      .selectFrom('crawls as c')
      .selectAll('c')
      .where('c.enabled', '=', true)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('crawl_runs as r')
              .select('r.id')
              .whereRef('r.crawl_id', '=', 'c.id')
              .where(sql<boolean>`r.started_at > now() - (c.every_ms * interval '1 millisecond')`),
          ),
        ),
      )
      .orderBy('c.id')
      .execute();
    return rows.map(toDefinition);
  }

  async lastRun(crawlId: number): Promise<CrawlRun | undefined> {
    const row = await this.#db
      .selectFrom('crawl_runs')
      .selectAll()
      .where('crawl_id', '=', crawlId)
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row ? toRun(row) : undefined;
  }

  async getRun(runId: number): Promise<CrawlRun> {
    const row = await this.#db.selectFrom('crawl_runs').selectAll().where('id', '=', runId).executeTakeFirst();
    if (!row) throw new NotFoundError('crawl run', String(runId));
    return toRun(row);
  }

  /**
   * Starts a run, or joins the one already running (heartbeat newer than `staleMs`), under
   * a row lock on the crawl so two workers never start two runs. A `schedule` trigger
   * within `minGapMs` of the last start is skipped: a duplicated scheduler job is harmless.
   */
  async claimRun(crawlId: number, trigger: string, options: { staleMs: number; minGapMs: number }): Promise<RunClaim> {
    return this.#db.transaction().execute(async (trx) => {
      const crawl = await trx.selectFrom('crawls').select('id').where('id', '=', crawlId).forUpdate().executeTakeFirst();
      if (!crawl) throw new NotFoundError('crawl', String(crawlId));
      const fresh = sql<boolean>`heartbeat_at > now() - ${options.staleMs} * interval '1 millisecond'`;
      const running = await trx
        .selectFrom('crawl_runs')
        .selectAll()
        .where('crawl_id', '=', crawlId)
        .where('status', '=', 'running')
        .where(fresh)
        .executeTakeFirst();
      if (running) return { kind: 'joined', run: toRun(running) } as const;
      const abandoned = await trx
        .updateTable('crawl_runs')
        .set({ status: 'failed', finished_at: sql`now()`, error: 'abandoned (no heartbeat)' })
        .where('crawl_id', '=', crawlId)
        .where('status', '=', 'running')
        .returning('id')
        .execute();
      if (abandoned.length > 0) await trx.deleteFrom('crawl_frontier').where('run_id', 'in', abandoned.map((run) => run.id)).execute();
      if (trigger === 'schedule') {
        const recent = await trx
          .selectFrom('crawl_runs')
          .select('id')
          .where('crawl_id', '=', crawlId)
          .where(sql<boolean>`started_at > now() - ${options.minGapMs} * interval '1 millisecond'`)
          .executeTakeFirst();
        if (recent) return { kind: 'skipped', reason: `run ${recent.id} started less than ${options.minGapMs} ms ago` } as const;
      }
      const run = await trx.insertInto('crawl_runs').values({ crawl_id: crawlId, trigger }).returningAll().executeTakeFirstOrThrow();
      return { kind: 'started', run: toRun(run) } as const;
    });
  }

  /** Adds to a run's counters atomically (several workers count into one run) and refreshes its heartbeat. */
  async countRun(runId: number, delta: Partial<RunCounters>): Promise<void> {
    await this.#db
      .updateTable('crawl_runs')
      .set((eb) => ({
        pages_fetched: eb('pages_fetched', '+', delta.pagesFetched ?? 0),
        new_documents: eb('new_documents', '+', delta.newDocuments ?? 0),
        skipped: eb('skipped', '+', delta.skipped ?? 0),
        errors: eb('errors', '+', delta.errors ?? 0),
        heartbeat_at: sql`now()`,
      }))
      .where('id', '=', runId)
      .execute();
  }

  /** Closes a running run; false when another worker already closed it. */
  async finishRun(runId: number, status: Exclude<RunStatus, 'running'>, error?: string): Promise<boolean> {
    const result = await this.#db
      .updateTable('crawl_runs')
      .set({ status, finished_at: sql`now()`, error: error ?? null })
      .where('id', '=', runId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async getPage(crawlId: number, url: string): Promise<PageRecord | undefined> {
    const row = await this.#db
      .selectFrom('crawl_pages')
      .selectAll()
      .where('crawl_id', '=', crawlId)
      .where('url', '=', url)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      url: row.url,
      kind: row.kind,
      etag: row.etag,
      lastModified: row.last_modified,
      contentSha256: row.content_sha256,
      lastStatus: row.last_status,
      links: Array.isArray(row.links) ? (row.links as string[]) : [],
      documentId: row.document_id,
    };
  }

  /** Records a fetch; fields left undefined keep their previous value. */
  async savePage(crawlId: number, page: Partial<PageRecord> & { readonly url: string }): Promise<void> {
    const values = {
      kind: page.kind,
      etag: page.etag,
      last_modified: page.lastModified,
      content_sha256: page.contentSha256,
      last_status: page.lastStatus,
      links: page.links === undefined ? undefined : JSON.stringify(page.links),
      document_id: page.documentId,
    };
    const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
    await this.#db
      .insertInto('crawl_pages')
      .values({ crawl_id: crawlId, url: page.url, ...defined })
      .onConflict((oc) => oc.columns(['crawl_id', 'url']).doUpdateSet({ ...defined, fetched_at: sql`now()` }))
      .execute();
  }
}
