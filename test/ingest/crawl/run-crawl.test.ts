import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, FLAKY_SLUG, PDF_PATH } from '../../../fixtures/crawl-site/articles.js';
import { startCrawlSite, type CrawlSite } from '../../../fixtures/crawl-site/serve-crawl-site.js';
import { registerCrawlJobs } from '../../../src/ingest/crawl/crawl-jobs.js';
import { InProcessCrawlScheduler } from '../../../src/ingest/crawl/in-process-crawl-scheduler.js';
import { runCrawl } from '../../../src/ingest/crawl/run-crawl.js';
import { InProcessJobRunner } from '../../../src/workers/in-process/in-process-job-runner.js';
import { CrawlStore } from '../../../src/store/crawl-store.js';
import { createCrawlHarness, FAST_TUNING, type CrawlHarness } from './crawl-harness.js';

let site: CrawlSite;
let harness: CrawlHarness;
let crawls: CrawlStore;

beforeAll(async () => {
  site = await startCrawlSite({ crawlDelay: 0.15 });
  harness = await createCrawlHarness();
  crawls = new CrawlStore(harness.handle.db);
}, 60_000);

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

function requests(pathPrefix: string) {
  return site.log.filter((entry) => entry.path.startsWith(pathPrefix));
}

describe('a crawl of the fixture site', () => {
  let crawlId: number;
  let firstRunRequests = 0;

  it('stores every allowed article exactly once and nothing else', async () => {
    const crawl = await crawls.addCrawl({ startUrl: `${site.url}/`, everyMs: 6 * 3600_000, maxDepth: 4, maxPages: 60, include: [], exclude: [] });
    crawlId = crawl.id;
    const result = await runCrawl(harness.deps(), { crawlId, trigger: 'manual' });
    firstRunRequests = site.log.length;
    expect(result.status).toBe('finished');
    // The PDF is served as text/html: sniffed, and read by the PDF reader.
    const expected = [...ARTICLES.map((article) => `${site.url}/actualites/${article.slug}`), `${site.url}${PDF_PATH}`].sort();
    expect(await harness.documentUris()).toEqual(expected);
    const pdf = await harness.handle.db.selectFrom('documents').select(['format', 'text']).where('source_uri', '=', `${site.url}${PDF_PATH}`).executeTakeFirstOrThrow();
    expect(pdf.format).toBe('pdf');
    expect(pdf.text).toContain('efficacité énergétique');
    if (result.status !== 'finished') return;
    expect(result.run.newDocuments).toBe(ARTICLES.length + 1);
    // The redirect loop is the one error: the 503 was retried, the binary and /prive/ skipped.
    expect(result.run.errors).toBe(1);
    expect(harness.progress.some((p) => p.outcome === 'skipped' && /binary content/.test(p.detail ?? ''))).toBe(true);
    expect(harness.progress.some((p) => p.outcome === 'error' && /redirects/.test(p.detail ?? ''))).toBe(true);
    expect(harness.progress.some((p) => p.outcome === 'retry' && p.url.endsWith(FLAKY_SLUG))).toBe(true);
  }, 30_000);

  it('never requests a path robots.txt disallows, and names itself', () => {
    expect(requests('/robots.txt').length).toBe(1);
    expect(requests('/prive/')).toEqual([]);
    expect(site.log.every((entry) => entry.userAgent.startsWith('veille/'))).toBe(true);
  });

  it('keeps the Crawl-delay between any two requests', () => {
    const times = site.log.map((entry) => entry.at).sort((a, b) => a - b);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(145);
  });

  it('fetches each page once (tracking parameters and fragments dropped), retries the 503 after Retry-After', () => {
    const pages = site.log.filter((entry) => entry.status === 200).map((entry) => entry.path);
    expect(new Set(pages).size).toBe(pages.length);
    expect(requests('/boucle')).toHaveLength(6); // the first request and 5 redirects, then too_many_redirects
    const flaky = requests(`/actualites/${FLAKY_SLUG}`);
    expect(flaky.map((entry) => entry.status)).toEqual([503, 200]);
    expect((flaky[1]?.at ?? 0) - (flaky[0]?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
  });

  it('bounds the endless calendar by depth', () => {
    expect(requests('/calendrier/').length).toBeGreaterThan(0);
    expect(requests('/calendrier/').length).toBeLessThanOrEqual(4);
  });

  it('stores nothing new on a second run and asks with conditional GETs', async () => {
    const result = await runCrawl(harness.deps(), { crawlId, trigger: 'manual' });
    expect(result.status).toBe('finished');
    if (result.status !== 'finished') return;
    expect(result.run.newDocuments).toBe(0);
    expect(await harness.documentUris()).toHaveLength(ARTICLES.length + 1);
    const second = site.log.slice(firstRunRequests);
    expect(second.filter((entry) => entry.status === 304).length).toBeGreaterThanOrEqual(ARTICLES.length + 1);
    expect(second.filter((entry) => entry.status === 200 && /^\/(actualites|documents)\//.test(entry.path))).toEqual([]);
    expect(second.some((entry) => entry.path === '/robots.txt')).toBe(false); // cached for 24 h
  }, 30_000);

  it('skips a scheduled run that comes less than half an interval after the last one', async () => {
    const result = await runCrawl(harness.deps(), { crawlId, trigger: 'schedule' });
    expect(result.status).toBe('skipped');
  });
});

describe('crawl limits', () => {
  it('stops at the page cap', async () => {
    const before = site.log.length;
    const crawl = await crawls.addCrawl({ startUrl: `${site.url}/calendrier/2030-01`, everyMs: 3600_000, maxDepth: 100, maxPages: 3, include: [], exclude: [] });
    const result = await runCrawl(harness.deps({ ...FAST_TUNING, politeness: false }), { crawlId: crawl.id, trigger: 'manual' });
    expect(result.status).toBe('finished');
    expect(site.log.slice(before).filter((entry) => entry.path !== '/robots.txt')).toHaveLength(3);
  });

  it('refuses the site without opening a connection when private networks are not allowed', async () => {
    const guarded = await startCrawlSite();
    try {
      const crawl = await crawls.addCrawl({ startUrl: `${guarded.url}/`, everyMs: 3600_000, maxDepth: 2, maxPages: 10, include: [], exclude: [] });
      const deps = harness.deps(FAST_TUNING, { allowPrivateNetworks: false });
      const result = await runCrawl(deps, { crawlId: crawl.id, trigger: 'manual' });
      expect(result.status).toBe('finished');
      if (result.status === 'finished') expect(result.run.errors).toBe(1);
      expect(harness.progress.at(-1)?.detail).toContain('loopback');
      expect(guarded.connections).toBe(0);
    } finally {
      await guarded.close();
    }
  });
});

describe('in-process scheduling', () => {
  it('queues a due crawl once however often it ticks, and the crawl job runs it', async () => {
    const slug = ARTICLES[0]?.slug ?? '';
    const crawl = await crawls.addCrawl({ startUrl: `${site.url}/actualites/${slug}`, everyMs: 3600_000, maxDepth: 0, maxPages: 1, include: [], exclude: [] });
    const runner = new InProcessJobRunner({ concurrency: 2 });
    registerCrawlJobs(runner, harness.deps({ ...FAST_TUNING, politeness: false }));
    await runner.start();
    const scheduler = new InProcessCrawlScheduler(crawls, runner);
    try {
      await Promise.all([scheduler.tick(), scheduler.tick(), scheduler.tick()]);
      await runner.idle();
      await scheduler.tick(); // the run just started: not due any more
      await runner.idle();
    } finally {
      await runner.close();
    }
    const due = await crawls.listDueCrawls();
    expect(due.map((c) => c.id)).not.toContain(crawl.id);
    const run = await crawls.lastRun(crawl.id);
    expect(run?.status).toBe('finished');
    expect(run?.id).toBeDefined();
    const runs = await harness.handle.db
      .selectFrom('crawl_runs' as never)
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('crawl_id' as never, '=', crawl.id as never)
      .executeTakeFirstOrThrow();
    expect(Number(runs.n)).toBe(1);
  }, 30_000);
});
