import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { crawlDatabase, type CrawlDatabase } from './crawl-tables.js';

/*
 * Politeness shared by every worker through one row per origin: at most one request in
 * flight (`busy_until`, a lease so a crashed worker frees the host) and a minimum gap
 * between the end of one request and the start of the next (`next_allowed_at`). The
 * guarded UPDATE takes the row lock, so two workers can't both win. Times come from the
 * database clock so workers on different machines agree.
 */

export interface HostRobots {
  readonly status: number | null;
  readonly text: string | null;
  readonly crawlDelayMs: number | null;
  /** Age of the cached robots.txt in ms, undefined when never fetched. */
  readonly ageMs: number | undefined;
}

export type HostSlot = { readonly granted: true } | { readonly granted: false; readonly waitMs: number };

export class CrawlHostStore {
  readonly #db: CrawlDatabase;

  constructor(db: Kysely<Database>) {
    this.#db = crawlDatabase(db);
  }

  /** Takes the origin's single request slot if it is free and its delay has passed. */
  async acquire(origin: string, leaseMs: number): Promise<HostSlot> {
    await this.#db.insertInto('crawl_hosts').values({ origin }).onConflict((oc) => oc.doNothing()).execute();
    const taken = await sql<{ origin: string }>`
      UPDATE crawl_hosts SET busy_until = clock_timestamp() + ${leaseMs} * interval '1 millisecond'
       WHERE origin = ${origin}
         AND (busy_until IS NULL OR busy_until < clock_timestamp())
         AND next_allowed_at <= clock_timestamp()
      RETURNING origin`.execute(this.#db);
    if (taken.rows.length > 0) return { granted: true };
    const wait = await sql<{ wait_ms: number; busy: boolean }>`
      SELECT greatest(0, extract(epoch FROM next_allowed_at - clock_timestamp()) * 1000)::float8 AS wait_ms,
             (busy_until IS NOT NULL AND busy_until >= clock_timestamp()) AS busy
        FROM crawl_hosts WHERE origin = ${origin}`.execute(this.#db);
    const row = wait.rows[0];
    const waitMs = row?.busy ? 20 : (row?.wait_ms ?? 20);
    return { granted: false, waitMs: Math.max(5, waitMs) };
  }

  /** Frees the slot; the next request may start `delayMs` from now (or later if deferred). */
  async release(origin: string, delayMs: number): Promise<void> {
    await sql`
      UPDATE crawl_hosts
         SET busy_until = NULL,
             next_allowed_at = greatest(next_allowed_at, clock_timestamp() + ${delayMs} * interval '1 millisecond')
       WHERE origin = ${origin}`.execute(this.#db);
  }

  /** Pushes the origin's next request at least `delayMs` away (429/503 with Retry-After). */
  async defer(origin: string, delayMs: number): Promise<void> {
    await sql`
      UPDATE crawl_hosts
         SET next_allowed_at = greatest(next_allowed_at, clock_timestamp() + ${delayMs} * interval '1 millisecond')
       WHERE origin = ${origin}`.execute(this.#db);
  }

  async robots(origin: string): Promise<HostRobots> {
    const result = await sql<{ robots_status: number | null; robots_txt: string | null; crawl_delay_ms: number | null; age_ms: number | null }>`
      SELECT robots_status, robots_txt, crawl_delay_ms,
             (extract(epoch FROM clock_timestamp() - robots_fetched_at) * 1000)::float8 AS age_ms
        FROM crawl_hosts WHERE origin = ${origin}`.execute(this.#db);
    const row = result.rows[0];
    return {
      status: row?.robots_status ?? null,
      text: row?.robots_txt ?? null,
      crawlDelayMs: row?.crawl_delay_ms ?? null,
      ageMs: row?.age_ms ?? undefined,
    };
  }

  async saveRobots(origin: string, robots: { status: number; text: string; crawlDelayMs: number | null }): Promise<void> {
    await this.#db
      .insertInto('crawl_hosts')
      .values({ origin, robots_status: robots.status, robots_txt: robots.text, crawl_delay_ms: robots.crawlDelayMs, robots_fetched_at: sql`now()` } as never)
      .onConflict((oc) =>
        oc.column('origin').doUpdateSet({
          robots_status: robots.status,
          robots_txt: robots.text,
          crawl_delay_ms: robots.crawlDelayMs,
          robots_fetched_at: sql`now()`,
        } as never),
      )
      .execute();
  }
}
