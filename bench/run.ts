import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { BenchRow } from './bench-row.js';
import { generateCorpus } from './corpus.js';
import { runPipelineBench } from './pipeline.js';
import { closePipelineResources } from '../src/workers/close-pipeline-resources.js';

/*
 * `npm run bench`: machine and versions first, then the pipeline section on every backend
 * whose URLs are set, then the optional sections other modules ship (bench/extract.ts,
 * bench/crawl.ts, bench/review.ts, each exporting `run(): Promise<BenchRow[]>`).
 * Env: BENCH_DOCS (2000), BENCH_CONCURRENCY (8), BENCH_PACED_RATE (20 docs/s, 0 = skip),
 * BENCH_PACED_DOCS (300), BENCH_ROUNDS (1), BENCH_QUEUE_CONCURRENCY (per queue; default half of BENCH_CONCURRENCY), BENCH_RUNNERS (in-process,bullmq), BENCH_SECTIONS (all; e.g. pipeline,extract), DATABASE_URL, REDIS_URL.
 * Results: bench/results/latest.jsonl.
 */

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const OPTIONAL_SECTIONS = ['extract', 'crawl', 'review'] as const;
const PACKAGES = ['bullmq', 'ioredis', 'pg', '@electric-sql/pglite', 'kysely', 'franc', 'compromise', 'fr-compromise', 'pdf-parse', 'cheerio', 'linkedom'];

const log = (line: string) => process.stdout.write(`${line}\n`);
const int = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const wanted = (section: string) => !process.env.BENCH_SECTIONS || process.env.BENCH_SECTIONS.split(',').includes(section);

async function packageVersion(name: string): Promise<string> {
  try {
    return JSON.parse(await readFile(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'missing';
  }
}

async function serverVersions(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  if (process.env.REDIS_URL) {
    const redis = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 1 });
    const info = await redis.info('server').catch(() => '');
    out.redis = /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
    await redis.quit();
  }
  if (process.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    out.postgres = (await client.query('SHOW server_version')).rows[0].server_version;
    out.postgres_synchronous_commit = (await client.query('SHOW synchronous_commit')).rows[0].synchronous_commit;
    await client.end();
  }
  return out;
}

async function machine(): Promise<Record<string, string | number>> {
  const cpus = os.cpus();
  const packages = Object.fromEntries(await Promise.all(PACKAGES.map(async (p) => [p, await packageVersion(p)])));
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    vcpus: cpus.length,
    ram_gib: Math.round(os.totalmem() / 2 ** 30),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    icu: process.versions.icu ?? 'none',
    ...(await serverVersions()),
    ...packages,
  };
}

async function optionalSections(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const name of OPTIONAL_SECTIONS) {
    const file = path.join(benchDir, `${name}.ts`);
    if (!existsSync(file) || !wanted(name)) continue;
    log(`\n## ${name}`);
    try {
      const section = (await import(pathToFileURL(file).href)) as { run(): Promise<BenchRow[]> };
      const got = await section.run();
      for (const row of got) log(`${row.section} ${row.name} ${row.metric}: ${row.value} ${row.unit}`);
      rows.push(...got);
    } catch (error) {
      log(`${name}: failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const info = await machine();
  log('# veille bench');
  for (const [key, value] of Object.entries(info)) log(`${key}: ${value}`);
  const rows: BenchRow[] = wanted('pipeline') ? await pipelineSection() : [];
  rows.push(...(await optionalSections()));
  const stamp = new Date().toISOString();
  const lines = [{ section: 'machine', at: stamp, ...info }, ...rows.map((row) => ({ at: stamp, ...row }))];
  await mkdir(path.join(benchDir, 'results'), { recursive: true });
  await writeFile(path.join(benchDir, 'results', 'latest.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  log(`\nwrote ${rows.length} rows to bench/results/latest.jsonl`);
}

async function pipelineSection(): Promise<BenchRow[]> {
  const docs = int('BENCH_DOCS', 2000);
  const corpusDir = path.join(os.tmpdir(), `veille-bench-corpus-${process.pid}`);
  const files = await generateCorpus(corpusDir, docs, path.join(root, 'fixtures/seeds'));
  log(`corpus: ${files.length} generated .txt documents in ${corpusDir}`);
  if (!process.env.REDIS_URL || !process.env.DATABASE_URL) log('(set REDIS_URL and DATABASE_URL to bench BullMQ + Postgres too)');
  log('\n## pipeline');
  try {
    return await runPipelineBench({
      files,
      concurrency: int('BENCH_CONCURRENCY', 8),
      redisUrl: process.env.REDIS_URL,
      postgresUrl: process.env.DATABASE_URL,
      pacedRate: int('BENCH_PACED_RATE', 20),
      pacedCount: int('BENCH_PACED_DOCS', 300),
      kinds: process.env.BENCH_RUNNERS?.split(','),
      rounds: int('BENCH_ROUNDS', 1),
      queueConcurrency: process.env.BENCH_QUEUE_CONCURRENCY ? int('BENCH_QUEUE_CONCURRENCY', 8) : undefined,
      log,
    });
  } finally {
    await closePipelineResources();
    await rm(corpusDir, { recursive: true, force: true });
  }
}

await main();
// Sections may leave pools or timers behind; the results are written, so end here.
process.exit(0);
