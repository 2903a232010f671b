import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TUNING } from '../../../src/ingest/crawl/crawl-deps.js';
import { PoliteFetcher } from '../../../src/ingest/crawl/polite-fetcher.js';
import { runCrawl } from '../../../src/ingest/crawl/run-crawl.js';
import { CrawlHostStore } from '../../../src/store/crawl-host-store.js';
import { CrawlStore } from '../../../src/store/crawl-store.js';
import { createCrawlHarness, FAST_TUNING, type CrawlHarness } from './crawl-harness.js';

/* RFC 9309 robots.txt outcomes (C1) and a 429 with a long Retry-After (C3). */

interface Site {
  url: string;
  paths: string[];
  close(): Promise<void>;
}

type Handler = (path: string) => { status: number; body?: string; headers?: Record<string, string> };

async function serve(handler: Handler): Promise<Site> {
  const paths: string[] = [];
  const server: Server = createServer((req, res) => {
    paths.push(req.url ?? '');
    const answer = handler(req.url ?? '/');
    res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers }).end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, paths, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

let harness: CrawlHarness;
const sites: Site[] = [];

beforeAll(async () => {
  harness = await createCrawlHarness();
}, 60_000);

afterAll(async () => {
  await Promise.all(sites.map((site) => site.close()));
  await harness?.close();
});

async function robotsOf(handler: Handler) {
  const site = await serve(handler);
  sites.push(site);
  const fetcher = new PoliteFetcher(harness.config, new CrawlHostStore(harness.handle.db), { ...DEFAULT_TUNING, ...FAST_TUNING });
  return { site, rules: await fetcher.robotsFor(`${site.url}/`) };
}

describe('robots.txt outcomes', () => {
  it('5xx disallows everything, and the answer is cached', async () => {
    const { site, rules } = await robotsOf(() => ({ status: 503 }));
    expect(rules.isAllowed(`${site.url}/actualites/x`)).toBe(false);
    const again = new PoliteFetcher(harness.config, new CrawlHostStore(harness.handle.db), { ...DEFAULT_TUNING, ...FAST_TUNING });
    expect((await again.robotsFor(`${site.url}/`)).isAllowed(`${site.url}/a`)).toBe(false);
    expect(site.paths).toEqual(['/robots.txt']);
  });

  it('4xx allows everything', async () => {
    const { site, rules } = await robotsOf(() => ({ status: 404 }));
    expect(rules.isAllowed(`${site.url}/actualites/x`)).toBe(true);
  });

  it('reads only the first 500 KiB of a huge file', async () => {
    const filler = `# ${'x'.repeat(98)}\n`.repeat(6_000); // ~600 KB of comments
    const { site, rules } = await robotsOf(() => ({ status: 200, body: `User-agent: *\nDisallow: /prive/\n${filler}Disallow: /tard/\n` }));
    expect(rules.isAllowed(`${site.url}/prive/a`)).toBe(false);
    expect(rules.isAllowed(`${site.url}/tard/a`)).toBe(true);
  });

  it('follows up to 5 redirects to the file', async () => {
    const { site, rules } = await robotsOf((path) => {
      const hop = Number(/hop=(\d+)/.exec(path)?.[1] ?? 0);
      if (hop < 5) return { status: 301, headers: { location: `/robots.txt?hop=${hop + 1}` } };
      return { status: 200, body: 'User-agent: veille\nDisallow: /\n\nUser-agent: *\nAllow: /\n' };
    });
    expect(rules.isAllowed(`${site.url}/a`)).toBe(false); // the group naming veille applies
    expect(site.paths).toHaveLength(6);
  });
});

describe('redirects to another origin', () => {
  for (const politeness of [true, false]) {
    it(`checks the target's own robots.txt before requesting it (politeness ${politeness ? 'on' : 'off'})`, async () => {
      const target = await serve((path) => (path === '/robots.txt' ? { status: 200, body: 'User-agent: *\nDisallow: /prive/\n' } : { status: 200, body: 'secret' }));
      const source = await serve((path) => (path === '/robots.txt' ? { status: 404 } : { status: 302, headers: { location: `${target.url}/prive/page` } }));
      sites.push(target, source);
      const hosts = new CrawlHostStore(harness.handle.db);
      const fetcher = new PoliteFetcher(harness.config, hosts, { ...DEFAULT_TUNING, ...FAST_TUNING, politeness });
      await expect(fetcher.fetchPage(`${source.url}/moved`, {})).rejects.toMatchObject({ code: 'disallowed', message: expect.stringContaining(`${target.url}/prive/page`) });
      expect(target.paths).toEqual(['/robots.txt']);
      // No slot is left taken: the source origin can be fetched again at once.
      const slot = await hosts.acquire(source.url, 1_000);
      expect(slot.granted).toBe(true);
      await hosts.release(source.url, 0);
    });
  }

  it('follows a redirect the target allows', async () => {
    const target = await serve((path) => (path === '/robots.txt' ? { status: 404 } : { status: 200, body: 'article text' }));
    const source = await serve((path) => (path === '/robots.txt' ? { status: 404 } : { status: 301, headers: { location: `${target.url}/news/a` } }));
    sites.push(target, source);
    const fetcher = new PoliteFetcher(harness.config, new CrawlHostStore(harness.handle.db), { ...DEFAULT_TUNING, ...FAST_TUNING });
    const page = await fetcher.fetchPage(`${source.url}/old`, {});
    expect(page.url).toBe(`${target.url}/news/a`);
    expect(target.paths).toEqual(['/robots.txt', '/news/a']);
  });
});

describe('429 with a long Retry-After', () => {
  it('defers the host for the whole Retry-After and skips the page without counting an error or retrying now', async () => {
    const site = await serve((path) => (path === '/robots.txt' ? { status: 404 } : { status: 429, headers: { 'retry-after': '120' } }));
    sites.push(site);
    const crawls = new CrawlStore(harness.handle.db);
    const crawl = await crawls.addCrawl({ startUrl: `${site.url}/`, everyMs: 3600_000, maxDepth: 1, maxPages: 10, include: [], exclude: [] });
    const result = await runCrawl(harness.deps({ ...FAST_TUNING, maxRetryAfterMs: 5_000 }), { crawlId: crawl.id, trigger: 'manual' });
    expect(result.status).toBe('finished');
    if (result.status !== 'finished') return;
    expect(result.run.errors).toBe(0);
    expect(result.run.skipped).toBe(1);
    expect(site.paths.filter((path) => path === '/')).toHaveLength(1);
    const host = await harness.handle.db
      .selectFrom('crawl_hosts' as never)
      .select(['next_allowed_at' as never])
      .where('origin' as never, '=', site.url as never)
      .executeTakeFirstOrThrow();
    const deferredMs = new Date((host as { next_allowed_at: Date }).next_allowed_at).getTime() - Date.now();
    expect(deferredMs).toBeGreaterThan(100_000);
    // A second run the same minute does not touch the host at all.
    await runCrawl(harness.deps({ ...FAST_TUNING, maxRetryAfterMs: 5_000 }), { crawlId: crawl.id, trigger: 'manual' });
    expect(site.paths.filter((path) => path === '/')).toHaveLength(1);
  }, 30_000);
});
