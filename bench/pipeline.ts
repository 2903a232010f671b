import { createBenchDatabase } from './bench-database.js';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../src/config.js';
import { createStore } from '../src/store/create-store.js';
import type { Store } from '../src/store/store.js';
import { BullmqJobRunner } from '../src/workers/bullmq/bullmq-job-runner.js';
import { registerPipeline } from '../src/workers/handlers/register-pipeline.js';
import { InProcessJobRunner } from '../src/workers/in-process/in-process-job-runner.js';
import { ingestSources } from '../src/workers/ingest-sources.js';
import type { JobRunner } from '../src/workers/job-runner.js';
import type { IngestJob } from '../src/workers/queues.js';
import type { BenchRow } from './bench-row.js';
import { cpuMeter, type CpuSplit } from './server-cpu.js';

/*
 * The whole pipeline (read in the parser sandbox → upsert → queue → extract → save) on a
 * generated corpus, through each JobRunner backend and, as the baseline, through the same
 * stage functions called directly with the same concurrency, in the same run.
 * "Inbox → row" latency runs from the moment a file is offered to the ingest queue to the
 * moment its extraction is saved; the watcher's size-stability wait is not included.
 */

export interface PipelineBenchOptions {
  readonly files: readonly string[];
  readonly concurrency: number;
  readonly redisUrl?: string;
  readonly postgresUrl?: string;
  /** Offered docs/s for the latency run (below capacity); 0 skips it. */
  readonly pacedRate: number;
  readonly pacedCount: number;
  /** Direct and queued runs alternate this many times; the fastest of each counts (load on a shared machine is noisy). */
  readonly rounds?: number;
  /**
   * Per-queue concurrency of the queued runs. Default concurrency / 2: ingest and extract run
   * at once there, so the queued runs hold as many documents in flight as the direct lanes.
   */
  readonly queueConcurrency?: number;
  /** Runner kinds to bench (default both; BullMQ needs both URLs). */
  readonly kinds?: readonly string[];
  readonly log: (line: string) => void;
}

interface Measure {
  readonly docs: number;
  readonly failed: number;
  readonly seconds: number;
  readonly latenciesMs: readonly number[];
  readonly peakRssMb: number;
  readonly cpu: CpuSplit;
}

type Engine = 'pglite' | 'postgres';

interface BenchStore {
  readonly config: Config;
  readonly store: Store;
  dispose(): Promise<void>;
}

async function openBenchStore(engine: Engine, options: PipelineBenchOptions): Promise<BenchStore> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'veille-bench-'));
  const env: Record<string, string> = { VEILLE_DATA_DIR: dir, VEILLE_CONCURRENCY: String(options.concurrency) };
  let drop = async () => {};
  if (engine === 'postgres') {
    const temp = await createBenchDatabase(options.postgresUrl!);
    env.DATABASE_URL = temp.url;
    drop = temp.drop;
  }
  const config = loadConfig(env);
  const store = await createStore(config);
  return {
    config,
    store,
    async dispose() {
      await store.close();
      await drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function databaseName(config: Config): string | undefined {
  return config.databaseUrl ? new URL(config.databaseUrl).pathname.slice(1) : undefined;
}

function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage.rss()) / 2 ** 20);
    },
  };
}

async function measureDirect(bench: BenchStore, files: readonly string[]): Promise<Measure> {
  const sampler = rssSampler();
  const meter = cpuMeter(databaseName(bench.config));
  const started = performance.now();
  const latencies: number[] = [];
  const results = await ingestSources(bench.config, bench.store, files, () => latencies.push(performance.now() - started));
  const seconds = (performance.now() - started) / 1000;
  const failed = results.filter((r) => !r.ok).length;
  return { docs: results.length, failed, seconds, latenciesMs: latencies, peakRssMb: sampler.stop(), cpu: meter.stop() };
}

async function measureQueued(bench: BenchStore, runner: JobRunner, files: readonly string[], rate: number, options: PipelineBenchOptions): Promise<Measure> {
  const { log } = options;
  const offeredAt = new Map<string, number>();
  const latencies: number[] = [];
  let failed = 0;
  registerPipeline(runner, {
    config: { ...bench.config, concurrency: queueConcurrency(options) },
    store: bench.store,
    onExtracted: (report) => latencies.push(performance.now() - (offeredAt.get(report.source) ?? NaN)),
    onFailureRecorded: (line) => {
      failed += 1;
      if (failed <= 3) log(line);
    },
  });
  await runner.start();
  const sampler = rssSampler();
  const meter = cpuMeter(databaseName(bench.config));
  const started = performance.now();
  await offer(runner, files, offeredAt, rate);
  await runner.idle();
  const seconds = (performance.now() - started) / 1000;
  return { docs: files.length, failed, seconds, latenciesMs: latencies, peakRssMb: sampler.stop(), cpu: meter.stop() };
}

async function offer(runner: JobRunner, files: readonly string[], offeredAt: Map<string, number>, rate: number): Promise<void> {
  const adds: Promise<void>[] = [];
  const started = performance.now();
  for (const [i, file] of files.entries()) {
    const wait = rate > 0 ? (i / rate) * 1000 - (performance.now() - started) : 0;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    offeredAt.set(pathToFileURL(path.resolve(file)).href, performance.now());
    adds.push(runner.enqueue<IngestJob>('ingest', { source: file }, { jobId: `bench-${i}` }));
  }
  await Promise.all(adds);
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function rows(name: string, m: Measure, detail: Record<string, string | number | boolean>): BenchRow[] {
  const base = { section: 'pipeline', name, detail: { ...detail, docs: m.docs, failed: m.failed } };
  return [
    { ...base, metric: 'docs_per_s', value: round(m.docs / m.seconds), unit: 'docs/s' },
    { ...base, metric: 'p50_ms', value: round(percentile(m.latenciesMs, 50)), unit: 'ms' },
    { ...base, metric: 'p95_ms', value: round(percentile(m.latenciesMs, 95)), unit: 'ms' },
    { ...base, metric: 'peak_rss_mb', value: m.peakRssMb, unit: 'MiB' },
  ];
}

const round = (n: number) => Math.round(n * 100) / 100;

async function withStore<T>(engine: Engine, options: PipelineBenchOptions, fn: (bench: BenchStore) => Promise<T>): Promise<T> {
  const bench = await openBenchStore(engine, options);
  try {
    return await fn(bench);
  } finally {
    await bench.dispose();
  }
}

function createRunner(kind: 'in-process' | 'bullmq', bench: BenchStore, options: PipelineBenchOptions): JobRunner {
  if (kind === 'in-process') return new InProcessJobRunner({ concurrency: options.concurrency });
  const prefix = `veille_bench_${randomBytes(4).toString('hex')}`;
  return new BullmqJobRunner({ redisUrl: options.redisUrl!, prefix, concurrency: options.concurrency, warn: options.log });
}

async function queued(kind: 'in-process' | 'bullmq', engine: Engine, options: PipelineBenchOptions, files: readonly string[], rate = 0) {
  return withStore(engine, options, async (bench) => {
    const runner = createRunner(kind, bench, options);
    try {
      return await measureQueued(bench, runner, files, rate, options);
    } finally {
      await runner.close();
    }
  });
}

/** Direct and queued runs per available backend pair; returns rows and logs a line per run. */
export async function runPipelineBench(options: PipelineBenchOptions): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  const detail = { concurrency: options.concurrency, queue_concurrency: queueConcurrency(options), corpus: options.files.length, rounds: options.rounds ?? 1 };
  const pairs: Array<{ kind: 'in-process' | 'bullmq'; engine: Engine }> = [{ kind: 'in-process', engine: 'pglite' }];
  if (options.redisUrl && options.postgresUrl) pairs.push({ kind: 'bullmq', engine: 'postgres' });
  const kinds = options.kinds ?? ['in-process', 'bullmq'];
  pairs.splice(0, pairs.length, ...pairs.filter((pair) => kinds.includes(pair.kind)));
  // Warm-up: loads the extractor, the parser sandbox and the JIT before anything is timed.
  await withStore(pairs[0]?.engine ?? 'pglite', options, (bench) => measureDirect(bench, options.files.slice(0, 50)));
  for (const { kind, engine } of pairs) {
    let direct: Measure | undefined;
    let viaQueue: Measure | undefined;
    for (let round = 0; round < (options.rounds ?? 1); round += 1) {
      direct = fastest(direct, await withStore(engine, options, (bench) => measureDirect(bench, options.files)));
      viaQueue = fastest(viaQueue, await queued(kind, engine, options, options.files));
    }
    if (!direct || !viaQueue) continue;
    const directRows = rows(`direct+${engine}`, direct, detail);
    const queuedRows = rows(`${kind}+${engine}`, viaQueue, detail);
    const ratio = round(viaQueue.docs / viaQueue.seconds / (direct.docs / direct.seconds));
    out.push(...directRows, ...queuedRows, { section: 'pipeline', name: `${kind}+${engine}`, metric: 'ratio_vs_direct', value: ratio, unit: 'x', detail: { ...detail, baseline: `direct+${engine}` } });
    options.log(summaryLine(`direct+${engine}`, direct));
    options.log(`${summaryLine(`${kind}+${engine}`, viaQueue)}, ratio to direct ${ratio}`);
    if (options.pacedRate > 0) {
      const files = options.files.slice(0, options.pacedCount);
      const paced = await queued(kind, engine, options, files, options.pacedRate);
      out.push(...rows(`${kind}+${engine}@${options.pacedRate}/s`, paced, { ...detail, offered_per_s: options.pacedRate }));
      options.log(`${summaryLine(`${kind}+${engine} paced at ${options.pacedRate}/s`, paced)}`);
    }
  }
  return out;
}

function queueConcurrency(options: PipelineBenchOptions): number {
  return options.queueConcurrency ?? Math.max(1, Math.round(options.concurrency / 2));
}

function fastest(a: Measure | undefined, b: Measure): Measure {
  return a && a.docs / a.seconds >= b.docs / b.seconds ? a : b;
}

function summaryLine(name: string, m: Measure): string {
  const rate = (m.docs / m.seconds).toFixed(1);
  const p50 = percentile(m.latenciesMs, 50).toFixed(0);
  const p95 = percentile(m.latenciesMs, 95).toFixed(0);
  const perDoc = (s: number) => ((s * 1000) / m.docs).toFixed(1);
  const cpu = `CPU ms/doc: node ${perDoc(m.cpu.node)}, postgres ${perDoc(m.cpu.postgres)}, redis ${perDoc(m.cpu.redis)}`;
  return `pipeline ${name}: ${m.docs} docs (${m.failed} failed) in ${m.seconds.toFixed(2)} s = ${rate} docs/s, p50 ${p50} ms, p95 ${p95} ms, peak RSS ${m.peakRssMb} MiB; ${cpu}`;
}
