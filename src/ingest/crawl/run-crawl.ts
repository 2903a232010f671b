import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage } from '../../errors.js';
import { CrawlFrontierStore } from '../../store/crawl-frontier-store.js';
import { CrawlHostStore } from '../../store/crawl-host-store.js';
import { CrawlStore, type CrawlRun, type RunClaim } from '../../store/crawl-store.js';
import { DEFAULT_TUNING, type CrawlDeps, type CrawlTuning } from './crawl-deps.js';
import { CrawlScope } from './crawl-scope.js';
import { PoliteFetcher } from './polite-fetcher.js';
import { processEntry, type RunContext } from './process-page.js';

/*
 * One crawl run, drained from its Postgres frontier by `concurrency` loops here and by
 * any other worker that joins the same run: a URL is claimed once (SKIP LOCKED), each
 * origin serves one request at a time (crawl_hosts). The run ends when its frontier has
 * no pending or claimed URL; whichever worker sees that first closes it.
 */

export interface RunCrawlRequest {
  readonly crawlId: number;
  /** `schedule` runs are skipped within half an interval of the previous run; `manual` runs never are. */
  readonly trigger: 'schedule' | 'manual';
  readonly signal?: AbortSignal;
  /** Only help drain this run (a join job); skipped when it is no longer running. */
  readonly joinRunId?: number;
  /** Called once when this call started a new run (not when it joined one). */
  readonly onStarted?: (runId: number) => Promise<void>;
}

export type RunCrawlResult =
  | { readonly status: 'skipped'; readonly reason: string }
  | { readonly status: 'finished' | 'failed' | 'running'; readonly joined: boolean; readonly run: CrawlRun };

async function drain(ctx: RunContext, signal: AbortSignal | undefined): Promise<void> {
  let idleSince = Date.now();
  for (;;) {
    signal?.throwIfAborted();
    const entry = await ctx.frontier.claim(ctx.runId, ctx.tuning.leaseMs);
    if (!entry) {
      const state = await ctx.frontier.state(ctx.runId);
      if (state.drained) return;
      if (Date.now() - idleSince > 5_000) {
        await ctx.crawls.countRun(ctx.runId, {}); // heartbeat while waiting on retries or other workers
        idleSince = Date.now();
      }
      await sleep(state.waitMs, undefined, { signal });
      continue;
    }
    const result = await processEntry(ctx, entry);
    if (!result.retried) await ctx.frontier.complete(ctx.runId, entry.url);
    await ctx.crawls.countRun(ctx.runId, result.counts);
    ctx.deps.onProgress?.({ runId: ctx.runId, url: entry.url, outcome: result.outcome, detail: result.detail });
    idleSince = Date.now();
  }
}

async function joinRun(crawls: CrawlStore, runId: number): Promise<RunClaim> {
  const run = await crawls.getRun(runId);
  return run.status === 'running' ? { kind: 'joined', run } : { kind: 'skipped', reason: `run ${runId} is ${run.status}` };
}

export async function runCrawl(deps: CrawlDeps, request: RunCrawlRequest): Promise<RunCrawlResult> {
  const tuning: CrawlTuning = { ...DEFAULT_TUNING, ...deps.tuning };
  const crawls = new CrawlStore(deps.db);
  const frontier = new CrawlFrontierStore(deps.db);
  const crawl = await crawls.getCrawl(request.crawlId);
  const claim =
    request.joinRunId === undefined
      ? await crawls.claimRun(crawl.id, request.trigger, { staleMs: tuning.leaseMs * 2, minGapMs: crawl.everyMs / 2 })
      : await joinRun(crawls, request.joinRunId);
  if (claim.kind === 'skipped') return { status: 'skipped', reason: claim.reason };
  const runId = claim.run.id;
  const ctx: RunContext = {
    deps,
    tuning,
    crawlId: crawl.id,
    runId,
    maxPages: crawl.maxPages,
    scope: new CrawlScope({ startUrl: crawl.startUrl, maxDepth: crawl.maxDepth, include: crawl.include, exclude: crawl.exclude }),
    crawls,
    frontier,
    fetcher: new PoliteFetcher(deps.config, new CrawlHostStore(deps.db), tuning, request.signal),
    signal: request.signal,
  };
  if (claim.kind === 'started') {
    await frontier.add(runId, [{ url: crawl.startUrl, depth: 0, via: 'start' }], crawl.maxPages);
    await request.onStarted?.(runId);
  }
  try {
    await Promise.all(Array.from({ length: tuning.concurrency }, () => drain(ctx, request.signal)));
  } catch (error) {
    if (request.signal?.aborted) throw error; // shutdown: another worker (or the next run) takes over
    if (await crawls.finishRun(runId, 'failed', errorMessage(error))) await frontier.clear(runId).catch(() => undefined);
    throw error;
  }
  if (await crawls.finishRun(runId, 'finished')) await frontier.clear(runId);
  const run = await crawls.getRun(runId);
  return { status: run.status, joined: claim.kind === 'joined', run };
}
