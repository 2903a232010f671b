import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { crawlDatabase, type CrawlDatabase } from './crawl-tables.js';

/*
 * A run's frontier in Postgres, so any number of workers drain one run without fetching
 * a URL twice: (run, url) is the primary key, and a URL is claimed with
 * `FOR UPDATE SKIP LOCKED`. A claim older than the lease is taken over (crashed worker).
 */

export interface FrontierEntry {
  readonly url: string;
  readonly depth: number;
  /** How the URL was found: start, link, feed, sitemap, redirect. */
  readonly via: string;
}

export interface ClaimedEntry extends FrontierEntry {
  /** 1 on the first try. */
  readonly attempts: number;
}

/** Why nothing was claimed: the run is drained, or entries wait (retry delay or another worker's claim). */
export type FrontierState = { readonly drained: true } | { readonly drained: false; readonly waitMs: number };

export class CrawlFrontierStore {
  readonly #db: CrawlDatabase;

  constructor(db: Kysely<Database>) {
    this.#db = crawlDatabase(db);
  }

  /**
   * Adds entries not seen in this run, up to `cap` entries per run in all; returns those
   * added. One statement: the run row's lock serializes concurrent adders, so the cap holds.
   */
  async add(runId: number, entries: readonly FrontierEntry[], cap: number): Promise<string[]> {
    const unique = [...new Map(entries.map((entry) => [entry.url, entry])).values()];
    if (unique.length === 0) return [];
    const result = await sql<{ url: string }>`
      WITH run AS (SELECT queued FROM crawl_runs WHERE id = ${runId} FOR UPDATE),
      added AS (
        INSERT INTO crawl_frontier (run_id, url, depth, via)
        SELECT ${runId}, u.url, u.depth, u.via
          FROM unnest(${unique.map((e) => e.url)}::text[], ${unique.map((e) => e.depth)}::int[], ${unique.map((e) => e.via)}::text[])
               WITH ORDINALITY AS u(url, depth, via, ord)
         WHERE NOT EXISTS (SELECT 1 FROM crawl_frontier f WHERE f.run_id = ${runId} AND f.url = u.url)
         ORDER BY u.ord
         LIMIT (SELECT greatest(0, ${cap} - queued) FROM run)
        ON CONFLICT DO NOTHING
        RETURNING url),
      counted AS (UPDATE crawl_runs SET queued = queued + (SELECT count(*) FROM added) WHERE id = ${runId})
      SELECT url FROM added`.execute(this.#db);
    return result.rows.map((row) => row.url);
  }

  /** Claims the shallowest ready entry, or undefined when none is ready now. */
  async claim(runId: number, leaseMs: number): Promise<ClaimedEntry | undefined> {
    const result = await sql<{ url: string; depth: number; via: string; attempts: number }>`
      UPDATE crawl_frontier f
         SET state = 'claimed', claimed_at = clock_timestamp(), attempts = f.attempts + 1
       WHERE f.run_id = ${runId}
         AND f.url = (
           SELECT url FROM crawl_frontier
            WHERE run_id = ${runId}
              AND not_before <= clock_timestamp()
              AND (state = 'pending'
                   OR (state = 'claimed' AND claimed_at < clock_timestamp() - ${leaseMs} * interval '1 millisecond'))
            ORDER BY depth, seq
            LIMIT 1
            FOR UPDATE SKIP LOCKED)
      RETURNING f.url, f.depth, f.via, f.attempts`.execute(this.#db);
    return result.rows[0];
  }

  /** Whether the run still has work, and how long until some may be ready. */
  async state(runId: number): Promise<FrontierState> {
    const result = await sql<{ open: number; wait_ms: number | null }>`
      SELECT count(*)::int AS open,
             greatest(0, extract(epoch FROM min(not_before) - clock_timestamp()) * 1000)::float8 AS wait_ms
        FROM crawl_frontier
       WHERE run_id = ${runId} AND state <> 'done'`.execute(this.#db);
    const row = result.rows[0];
    if (!row || row.open === 0) return { drained: true };
    return { drained: false, waitMs: Math.max(25, Math.min(row.wait_ms ?? 100, 1_000)) };
  }

  async complete(runId: number, url: string): Promise<void> {
    await this.#db.updateTable('crawl_frontier').set({ state: 'done' }).where('run_id', '=', runId).where('url', '=', url).execute();
  }

  /** Puts a claimed entry back for a later try (429/5xx), not before `delayMs` from now. */
  async retryLater(runId: number, url: string, delayMs: number): Promise<void> {
    await this.#db
      .updateTable('crawl_frontier')
      .set({ state: 'pending', claimed_at: null, not_before: sql`clock_timestamp() + ${delayMs} * interval '1 millisecond'` })
      .where('run_id', '=', runId)
      .where('url', '=', url)
      .execute();
  }

  /** Frees a finished run's frontier (its outcome lives in crawl_runs and crawl_pages). */
  async clear(runId: number): Promise<void> {
    await this.#db.deleteFrom('crawl_frontier').where('run_id', '=', runId).execute();
  }
}
