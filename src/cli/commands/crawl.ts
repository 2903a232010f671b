import { Command, Option } from 'commander';
import { errorMessage, PermanentError } from '../../errors.js';
import { cliPageIngest } from '../../ingest/crawl/cli-page-ingest.js';
import type { CrawlProgress } from '../../ingest/crawl/crawl-deps.js';
import { normalizeUrl } from '../../ingest/crawl/normalize-url.js';
import { formatDuration, parseDuration } from '../../ingest/crawl/parse-duration.js';
import { runCrawl } from '../../ingest/crawl/run-crawl.js';
import { CrawlStore, type CrawlDefinition } from '../../store/crawl-store.js';
import { KyselyStore } from '../../store/kysely-store.js';
import { openDatabase } from '../../store/open-database.js';
import { closePipelineResources } from '../../workers/close-pipeline-resources.js';
import type { CliContext } from '../context.js';

/*
 * `veille crawl add|list|remove|run`: crawl definitions in Postgres, and one run now.
 * Scheduled runs happen in `veille start` / `veille worker` (crawl scheduler + `crawl` jobs).
 */

const DEFAULTS = { every: '6h', depth: 3, maxPages: 500 } as const;

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new PermanentError('invalid_argument', `--${name} must be a whole number, got "${value}"`);
    return n;
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function withCrawls<T>(ctx: CliContext, work: (crawls: CrawlStore, handle: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const handle = await openDatabase(ctx.config);
  try {
    return await work(new CrawlStore(handle.db), handle);
  } finally {
    await handle.close();
  }
}

function describe(crawl: CrawlDefinition): string {
  const patterns = [...crawl.include.map((p) => `+${p}`), ...crawl.exclude.map((p) => `-${p}`)].join(' ');
  const state = crawl.enabled ? '' : ' (run-once, not scheduled)';
  return `${crawl.id}\t${crawl.startUrl}\tevery ${formatDuration(crawl.everyMs)}\tdepth ${crawl.maxDepth}\tmax ${crawl.maxPages} pages${patterns ? `\t${patterns}` : ''}${state}`;
}

function startUrl(raw: string): string {
  const url = normalizeUrl(raw);
  if (!url) throw new PermanentError('invalid_url', `[crawl] ${raw}: not an http(s) URL`);
  return url;
}

function addCommand(ctx: CliContext): Command {
  return new Command('add')
    .description('add a crawl: start page, RSS/Atom feed or sitemap.xml, re-crawled at an interval')
    .argument('<url>', 'http(s) start URL')
    .option('--every <duration>', 'interval between runs (30m, 6h, 1d)', DEFAULTS.every)
    .addOption(new Option('--depth <n>', 'link depth from the start URL').argParser(positiveInt('depth')).default(DEFAULTS.depth))
    .addOption(new Option('--max-pages <n>', 'pages per run').argParser(positiveInt('max-pages')).default(DEFAULTS.maxPages))
    .option('--include <pattern>', 'only URLs matching (repeatable; glob on the path when it starts with /)', collect, [])
    .option('--exclude <pattern>', 'skip URLs matching (repeatable)', collect, [])
    .action(async (url: string, opts: { every: string; depth: number; maxPages: number; include: string[]; exclude: string[] }) => {
      const definition = { startUrl: startUrl(url), everyMs: parseDuration(opts.every), maxDepth: opts.depth, maxPages: opts.maxPages, include: opts.include, exclude: opts.exclude };
      const crawl = await withCrawls(ctx, (crawls) => crawls.addCrawl(definition));
      ctx.io.out(describe(crawl));
    });
}

function listCommand(ctx: CliContext): Command {
  return new Command('list').description('list crawls and their last run').action(async () => {
    await withCrawls(ctx, async (crawls) => {
      for (const crawl of await crawls.listCrawls()) {
        const last = await crawls.lastRun(crawl.id);
        const run = last ? `\tlast run ${last.startedAt.toISOString()} ${last.status}: ${summary(last)}` : '\tnever run';
        ctx.io.out(describe(crawl) + run);
      }
    });
  });
}

function removeCommand(ctx: CliContext): Command {
  return new Command('remove')
    .description('remove a crawl (its documents stay)')
    .argument('<id>', 'crawl id (see crawl list)')
    .action(async (id: string) => {
      const removed = await withCrawls(ctx, (crawls) => crawls.removeCrawl(positiveInt('id')(id)));
      if (!removed) throw new PermanentError('not_found', `crawl not found: ${id}`);
      ctx.io.out(`removed crawl ${id}`);
    });
}

function summary(counts: { pagesFetched: number; newDocuments: number; skipped: number; errors: number }): string {
  return `${counts.pagesFetched} pages fetched, ${counts.newDocuments} new documents, ${counts.skipped} skipped, ${counts.errors} errors`;
}

function progressLine(progress: CrawlProgress): string {
  return `crawl: ${progress.outcome.padEnd(9)} ${progress.url}${progress.detail ? `  (${progress.detail})` : ''}`;
}

async function findOrCreate(crawls: CrawlStore, target: string): Promise<CrawlDefinition> {
  if (/^\d+$/.test(target)) return crawls.getCrawl(Number(target));
  const url = startUrl(target);
  const known = await crawls.findCrawlByUrl(url);
  if (known) return known;
  // A URL never added: a definition that is not scheduled, so its page records still make the next run incremental.
  return crawls.addCrawl({ startUrl: url, everyMs: parseDuration(DEFAULTS.every), maxDepth: DEFAULTS.depth, maxPages: DEFAULTS.maxPages, include: [], exclude: [], enabled: false });
}

function runCommand(ctx: CliContext): Command {
  return new Command('run')
    .description('run a crawl once, now, and wait for it: progress lines, then a summary')
    .argument('<id|url>', 'crawl id, or a start URL (added unscheduled if unknown)')
    .action(async (target: string) => {
      await withCrawls(ctx, async (crawls, handle) => {
        const crawl = await findOrCreate(crawls, target);
        const store = new KyselyStore(handle.db);
        const controller = new AbortController();
        const stop = () => controller.abort();
        process.once('SIGINT', stop);
        try {
          ctx.io.err(`crawl: run of crawl ${crawl.id} (${crawl.startUrl})`);
          const deps = { db: handle.db, config: ctx.config, ingest: cliPageIngest(ctx.config, store), onProgress: (p: CrawlProgress) => ctx.io.err(progressLine(p)) };
          const result = await runCrawl(deps, { crawlId: crawl.id, trigger: 'manual', signal: controller.signal });
          if (result.status === 'skipped') return ctx.io.out(`crawl ${crawl.id}: skipped (${result.reason})`);
          ctx.io.out(`crawl ${crawl.id} run ${result.run.id} ${result.run.status}${result.joined ? ' (joined a run in progress)' : ''}: ${summary(result.run)}`);
          if (result.run.errors > 0) process.exitCode = 1;
        } catch (error) {
          throw new PermanentError('crawl_failed', `[crawl] ${crawl.startUrl}: ${errorMessage(error)}`, { cause: error });
        } finally {
          process.off('SIGINT', stop);
          await closePipelineResources();
        }
      });
    });
}

/** `veille crawl …` */
export function crawlCommand(ctx: CliContext): Command {
  return new Command('crawl')
    .description('scheduled web crawls: sites, RSS/Atom feeds and sitemaps')
    .addCommand(addCommand(ctx))
    .addCommand(listCommand(ctx))
    .addCommand(removeCommand(ctx))
    .addCommand(runCommand(ctx));
}
