import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES } from '../../../fixtures/crawl-site/articles.js';
import { startCrawlSite, type CrawlSite } from '../../../fixtures/crawl-site/serve-crawl-site.js';
import { crawlCommand } from '../../../src/cli/commands/crawl.js';
import { loadConfig, type Config } from '../../../src/config.js';

/* `veille crawl add|list|run|remove` against the fixture site, on PGlite. */

let site: CrawlSite;
let dataDir: string;
let config: Config;

beforeAll(async () => {
  site = await startCrawlSite({ crawlDelay: 0.05 });
  dataDir = await mkdtemp(path.join(tmpdir(), 'veille-crawl-cli-'));
  config = loadConfig({ VEILLE_DATA_DIR: dataDir, VEILLE_ALLOW_PRIVATE_NETWORKS: '1' });
});

afterAll(async () => {
  await site?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function crawl(...args: string[]): Promise<{ out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = { config, io: { out: (line: string) => out.push(line), err: (line: string) => (err.push(line), process.env.DEBUG_CRAWL && console.log(line)) } };
  await crawlCommand(ctx).exitOverride().parseAsync(args, { from: 'user' });
  return { out, err };
}

describe('veille crawl', () => {
  it('adds, runs once with progress and a summary, lists and removes a crawl', async () => {
    const slug = ARTICLES[3]?.slug ?? '';
    const added = await crawl('add', `${site.url}/actualites/${slug}?utm_source=x#top`, '--every', '2h', '--depth', '0', '--max-pages', '5', '--exclude', '/prive/*');
    expect(added.out[0]).toMatch(new RegExp(`^1\\t${site.url}/actualites/${slug}\\tevery 2h\\tdepth 0\\tmax 5 pages\\t-/prive/\\*$`));
    const run = await crawl('run', '1');
    expect(run.err.some((line) => line.startsWith('crawl: document') && line.includes(slug))).toBe(true);
    expect(run.out).toEqual([expect.stringMatching(/^crawl 1 run 1 finished: 1 pages fetched, 1 new documents, 0 skipped, 0 errors$/)]);
    const listed = await crawl('list');
    expect(listed.out[0]).toMatch(/last run .* finished: 1 pages fetched, 1 new documents/);
    expect((await crawl('remove', '1')).out).toEqual(['removed crawl 1']);
    expect((await crawl('list')).out).toEqual([]);
  }, 120_000);

  it('refuses a bad interval before touching the database', async () => {
    await expect(crawl('add', `${site.url}/`, '--every', 'souvent')).rejects.toThrow(/not a duration/);
  });
});
