import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/store/database.js';
import { openDatabase, type DatabaseHandle } from '../src/store/open-database.js';
import { KyselyReviewStore } from '../src/store/review-kysely-store.js';
import { encodeCursor } from '../src/store/review-queue.js';
import type { QueueFilter } from '../src/store/review-store.js';
import type { BenchRow } from './bench-row.js';

/*
 * Review queue latency at scale: BENCH_REVIEW_DOCS documents (default 1,000,000) generated
 * inside the database with INSERT … SELECT generate_series (one event and two party roles per
 * document), then p50/p95 of the first and deep queue pages, filtered pages and full-text
 * searches through the real ReviewStore. Target: p95 < 200 ms each. DATABASE_URL → a throwaway
 * database on that server; otherwise PGlite in a temp folder. BENCH_REVIEW_RUNS (30) per query.
 */

const DOCS = Number(process.env.BENCH_REVIEW_DOCS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_REVIEW_RUNS ?? 30);
const BATCH = 50_000;
const ENTITIES = 20_000;
const TARGET_MS = 200;

const COMMON = ['coopération', 'entente', 'signée', 'région', 'Québec', 'développement', 'économique', 'délégation', 'mission', 'agreement', 'partnership', 'municipalité', 'énergie', 'université', 'santé', 'échanges', 'innovation', 'territoire', 'culture', 'jeunesse'];
const RARE_TOPICS = 5000;
const SITES = 40;

const log = (line: string) => process.stderr.write(`[bench:review] ${line}\n`);

interface BenchDatabase {
  readonly handle: DatabaseHandle;
  readonly engine: string;
  drop(): Promise<void>;
}

async function openBenchDatabase(): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'veille-bench-review-'));
  const base = process.env.DATABASE_URL;
  if (!base) {
    const handle = await openDatabase(loadConfig({ VEILLE_DATA_DIR: dataDir }));
    return { handle, engine: 'pglite', drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `veille_bench_review_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await dropStaleDatabases(admin);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase(loadConfig({ VEILLE_DATA_DIR: dataDir, DATABASE_URL: url.toString() }));
  return {
    handle,
    engine: 'postgres',
    async drop() {
      // BENCH_REVIEW_KEEP=1 leaves the seeded database for EXPLAIN (the next run drops it).
      if (process.env.BENCH_REVIEW_KEEP === '1') {
        log(`kept ${url.toString()}`);
        return;
      }
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

// A run killed mid-seed (a timeout) leaves its database behind; one still in use refuses the drop and stays.
async function dropStaleDatabases(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'veille_bench_review_%'`);
  for (const { datname } of rows) {
    await admin.query(`DROP DATABASE ${datname}`).catch(() => undefined);
  }
}

const words = sql.lit(`{${COMMON.map((w) => `"${w}"`).join(',')}}`);
// A word of the common list picked by a hash of (i, k); the list is 20 long.
const word = (k: number) => sql`(${words}::text[])[1 + abs(hashint4(i * 16 + ${sql.lit(k)}) % 20)]`;

async function seedEntities(db: Kysely<Database>): Promise<void> {
  await sql`insert into entities (type, name, key)
    select 'ORG', 'Organisme ' || i, 'organisme ' || i from generate_series(1, ${sql.lit(ENTITIES)}) as i`.execute(db);
}

async function seedBatch(db: Kysely<Database>, from: number, to: number): Promise<void> {
  await sql`insert into documents (id, source_uri, content_sha256, format, title, published_at, language, text, status)
    select i, 'https://site' || abs(hashint4(i) % ${sql.lit(SITES)}) || '.example.org/news/' || i, md5(i::text) || md5((i + 1)::text), 'txt',
      'Communiqué ' || i, (date '2010-01-01' + (i % 5000))::text, case when i % 5 = 0 then 'en' else 'fr' end,
      concat_ws(' ', ${word(1)}, ${word(2)}, 'projet' || (i % ${sql.lit(RARE_TOPICS)}), ${word(3)}, ${word(4)},
        'de la ville de Saint-Exemple et du Centre régional', ${word(5)}, ${word(6)}, ${word(7)},
        'annoncé le', (date '2010-01-01' + (i % 5000))::text, ${word(8)}, ${word(9)}), 'extracted'
    from generate_series(${sql.lit(from)}, ${sql.lit(to)}) as i`.execute(db);
  await sql`insert into events (id, document_id, type, status, kind, date_value, confidence, review_status)
    select i, i, case when i % 3 = 0 then 'agreement' else 'mission' end,
      case when i % 3 = 0 then (case when i % 2 = 0 then 'signed' else 'planned' end) end,
      case when i % 3 = 0 then 'entente' else 'mission économique' end,
      (date '2010-01-01' + (i % 5000))::text, 0.7,
      case when i % 10 < 7 then 'pending' when i % 10 < 9 then 'accepted' else 'rejected' end
    from generate_series(${sql.lit(from)}, ${sql.lit(to)}) as i`.execute(db);
  await sql`insert into event_roles (event_id, entity_id, role, position)
    select i, 1 + (i * 7 + p) % ${sql.lit(ENTITIES)}, 'party', p
    from generate_series(${sql.lit(from)}, ${sql.lit(to)}) as i, generate_series(0, 1) as p`.execute(db);
}

async function seed(db: Kysely<Database>): Promise<number> {
  const started = performance.now();
  await seedEntities(db);
  for (let from = 1; from <= DOCS; from += BATCH) {
    const to = Math.min(from + BATCH - 1, DOCS);
    await seedBatch(db, from, to);
    log(`seeded ${to}/${DOCS} documents (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  // Identity columns were given explicit ids: move their sequences past them.
  for (const table of ['documents', 'events']) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), ${sql.lit(DOCS)})`.execute(db);
  }
  // A bulk load is followed by autovacuum on a default server (some test servers turn it off): the
  // visibility map it sets lets the source probe answer from its index alone.
  await sql`vacuum (analyze)`.execute(db);
  return (performance.now() - started) / 1000;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function measure(store: KyselyReviewStore, makeFilter: (run: number) => QueueFilter): Promise<{ p50: number; p95: number; rows: number }> {
  await store.queue(makeFilter(0));
  const times: number[] = [];
  let rows = 0;
  for (let run = 1; run <= RUNS; run++) {
    const started = performance.now();
    rows += (await store.queue(makeFilter(run))).items.length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), rows: rows / RUNS };
}

// A page starting at a random depth of the queue, as a reviewer paging far down would ask for.
const deepCursor = (run: number): string => {
  const doc = Math.max(2, Math.floor(DOCS * ((run * 0.6180339) % 1)));
  return encodeCursor([true, String(doc), String(doc)]);
};

const QUERIES: readonly (readonly [string, (run: number) => QueueFilter])[] = [
  ['queue_first_page', () => ({})],
  ['queue_deep_page', (run) => ({ cursor: deepCursor(run) })],
  ['queue_all_statuses_deep_page', (run) => ({ review: 'all', cursor: deepCursor(run) })],
  ['filtered_type_language_dates', (run) => ({ type: 'agreement', language: 'en', from: `${2010 + (run % 12)}-01-01`, to: `${2010 + (run % 12)}-12-31` })],
  ['filtered_site_prefix_status', (run) => ({ status: 'signed', source: `https://site${run % SITES}.example.org/`, review: 'all' })],
  ['filtered_site_prefix_deep_page', (run) => ({ source: `https://site${run % SITES}.example.org/`, cursor: deepCursor(run) })],
  ['search_common_word_no_accents', (run) => ({ q: ['cooperation', 'economique', 'delegation', 'energie', 'universite'][run % 5] ?? 'cooperation' })],
  ['search_rare_word', (run) => ({ q: `projet${(run * 97) % RARE_TOPICS}` })],
  ['search_two_words_filtered', (run) => ({ q: 'entente signee', language: 'fr', type: run % 2 === 0 ? 'agreement' : 'mission' })],
];

export async function run(): Promise<BenchRow[]> {
  const database = await openBenchDatabase();
  try {
    log(`seeding ${DOCS} documents on ${database.engine}`);
    const seedS = await seed(database.handle.db);
    const store = new KyselyReviewStore(database.handle.db);
    const detail = { docs: DOCS, events: DOCS, engine: database.engine, runs: RUNS, target_ms: TARGET_MS };
    const rows: BenchRow[] = [
      { section: 'review', name: `seed+${database.engine}`, metric: 'seed_s', value: Number(seedS.toFixed(1)), unit: 's', detail },
      { section: 'review', name: `seed+${database.engine}`, metric: 'docs_per_s', value: Math.round(DOCS / seedS), unit: 'docs/s', detail },
    ];
    for (const [name, makeFilter] of QUERIES) {
      const result = await measure(store, makeFilter);
      log(`${name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${result.rows.toFixed(0)} rows/page`);
      rows.push({ section: 'review', name: `${name}+${database.engine}`, metric: 'p95_ms', value: Number(result.p95.toFixed(1)), unit: 'ms', detail: { ...detail, p50_ms: Number(result.p50.toFixed(1)), rows_per_page: result.rows, meets_target: result.p95 < TARGET_MS } });
    }
    return rows;
  } finally {
    await database.handle.close();
    await database.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await run()) process.stdout.write(`${JSON.stringify(row)}\n`);
}
