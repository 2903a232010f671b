import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { Config } from '../config.js';
import { registerCrawlJobs } from '../ingest/crawl/crawl-jobs.js';
import { pipelineIngest } from '../ingest/crawl/pipeline-ingest.js';
import { openDatabase, type DatabaseHandle } from '../store/open-database.js';
import { KyselyStore } from '../store/kysely-store.js';
import type { Store } from '../store/store.js';
import { createJobRunner } from '../workers/create-job-runner.js';
import type { ExtractedReport } from '../workers/handlers/extract-handler.js';
import { claimedInboxFiles } from '../workers/handlers/inbox-files.js';
import { registerPipeline } from '../workers/handlers/register-pipeline.js';
import type { JobRunner } from '../workers/job-runner.js';
import { closePipelineResources } from '../workers/close-pipeline-resources.js';
import { requeueUnfinished } from '../workers/pipeline.js';
import type { IngestJob } from '../workers/queues.js';
import type { CliContext } from './context.js';
import { startExtras, type Extras } from './start-extras.js';
import { startInbox, type InboxHandle } from './start-inbox.js';

export interface PipelineProcessOptions {
  /** Watch the inbox and feed the ingest queue (`start`), or only consume queues (`worker`). */
  readonly watchInbox: boolean;
  /** Also run the review web app and the crawl scheduler (`start`). */
  readonly extras: boolean;
}

const SUMMARY_EVERY_MS = 10_000;
// Catches documents whose job Redis lost mid-run (a flush, a job BullMQ failed for stalling).
const SWEEP_EVERY_MS = 5 * 60_000;
const SHUTDOWN_DEADLINE_MS = 15_000;

/** Job id of an inbox file: stable for one claimed copy, so re-offering it at restart adds no twin. */
export async function ingestJobId(source: string): Promise<string> {
  const info = await stat(source).catch(() => undefined);
  const key = `${source}\u0000${info?.size ?? ''}\u0000${info?.mtimeMs ?? ''}`;
  return `ingest-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

export async function enqueueIngest(runner: Pick<JobRunner, 'enqueue'>, source: string): Promise<void> {
  await runner.enqueue<IngestJob>('ingest', { source }, { jobId: await ingestJobId(source) });
}

class ProcessStats {
  done = 0;
  failed = 0;
  #lastAt = Date.now();
  #lastDone = 0;
  /** Totals since start; the rate is over the time since the previous summary. */
  line(depth: number): string {
    const seconds = (Date.now() - this.#lastAt) / 1000;
    const rate = seconds > 0 ? ((this.done - this.#lastDone) / seconds).toFixed(2) : '0.00';
    this.#lastAt = Date.now();
    this.#lastDone = this.done;
    return `summary: ${this.done} documents done, ${this.failed} failed, queue depth ${depth}, ${rate} docs/s`;
  }
}

function documentLine(report: ExtractedReport): string {
  return `document ${report.source} language=${report.language} entities=${report.entities} events=${report.events} ms=${report.ms}`;
}

/**
 * Opens the database once, runs the pipeline workers (and for `start` the inbox watcher,
 * web app and crawl scheduler) until SIGINT/SIGTERM, then shuts down within a deadline.
 */
export async function runPipelineProcess(ctx: CliContext, options: PipelineProcessOptions): Promise<void> {
  const { config, io } = ctx;
  const stopRequested = nextSignal(io);
  const handle = await openDatabase(config);
  const store = new KyselyStore(handle.db, { close: handle.close });
  const runner = createJobRunner(config, (line) => io.err(line));
  const stats = new ProcessStats();
  let inbox: InboxHandle | undefined;
  let extras: Extras | undefined;
  const summary = setInterval(() => void logSummary(ctx, runner, stats), SUMMARY_EVERY_MS);
  let sweep: NodeJS.Timeout | undefined;
  try {
    registerJobs(ctx, handle, store, runner, stats);
    await runner.start();
    const requeued = await requeueUnfinished({ config, store, runner });
    if (requeued > 0) io.err(`veille: re-queued ${requeued} unfinished documents`);
    if (options.watchInbox) {
      sweep = setInterval(() => void requeueUnfinished({ config, store, runner }).catch(() => {}), SWEEP_EVERY_MS);
      inbox = await startInbox(config, (source) => enqueueIngest(runner, source), io);
    }
    if (options.extras) extras = await startExtras({ config, db: handle.db, store, runner, io });
    io.err(readyLine(config, handle, options));
    await stopRequested;
  } finally {
    clearInterval(summary);
    clearInterval(sweep);
    await shutdown({ inbox, extras, runner, store, io: ctx.io });
    await logSummary(ctx, undefined, stats);
  }
}

/** The pipeline's ingest and extract handlers, the failure recorder and the crawl jobs. */
function registerJobs(ctx: CliContext, handle: DatabaseHandle, store: Store, runner: JobRunner, stats: ProcessStats): void {
  const { config, io } = ctx;
  registerPipeline(runner, {
    config,
    store,
    inbox: claimedInboxFiles,
    onExtracted: (report) => {
      stats.done += 1;
      io.out(documentLine(report));
    },
    onFailureRecorded: (line) => {
      stats.failed += 1;
      io.err(line);
    },
  });
  registerCrawlJobs(runner, { config, db: handle.db, ingest: pipelineIngest({ config, store, runner }) });
}

function readyLine(config: Config, handle: DatabaseHandle, options: PipelineProcessOptions): string {
  const queue = config.redisUrl ? `bullmq (prefix ${config.queuePrefix})` : 'in-process';
  const watching = options.watchInbox ? `, watching ${config.inboxDir}` : '';
  return `veille: ready (${handle.engine}, ${queue}, concurrency ${config.concurrency}${watching})`;
}

async function logSummary(ctx: CliContext, runner: JobRunner | undefined, stats: ProcessStats): Promise<void> {
  const depth = runner ? await runner.depth().catch(() => -1) : 0;
  ctx.io.err(stats.line(depth));
}

/** Resolves on the first SIGINT/SIGTERM; listening starts now, so a signal during start-up is not lost. */
function nextSignal(io: CliContext['io']): Promise<void> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  return new Promise((resolve) => {
    const onSignal = () => {
      for (const signal of signals) process.off(signal, onSignal);
      // A second signal while shutting down ends the process at once.
      for (const signal of signals) process.once(signal, () => process.exit(130));
      io.err('veille: stopping (send the signal again to exit at once)');
      resolve();
    };
    for (const signal of signals) process.on(signal, onSignal);
  });
}

async function shutdown(parts: { inbox?: InboxHandle; extras?: Extras; runner: JobRunner; store: Store; io: CliContext['io'] }) {
  const steps = [() => parts.inbox?.stop(), () => parts.extras?.stop(), () => parts.runner.close(), () => parts.store.close(), closePipelineResources];
  const deadline = new Promise<'timeout'>((resolve) => setTimeout(resolve, SHUTDOWN_DEADLINE_MS, 'timeout').unref());
  const run = (async () => {
    for (const step of steps) await Promise.resolve(step()).catch((error) => parts.io.err(`veille: shutdown: ${String(error)}`));
  })();
  if ((await Promise.race([run, deadline])) === 'timeout') parts.io.err('veille: shutdown deadline passed; exiting anyway');
}
