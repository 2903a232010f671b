import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { extract } from '../../src/extract/extract.js';
import { KyselyStore } from '../../src/store/kysely-store.js';
import { openDatabase, type DatabaseHandle } from '../../src/store/open-database.js';
import { KyselyReviewStore } from '../../src/store/review-kysely-store.js';
import { startWebServer, type WebServer } from '../../src/web/server.js';
import { hostileExtraction, lyonExtraction, readFixture, storeDocument } from './support/web-fixture.js';

/*
 * The review app in Debian's Chromium: the seeds go through the real extractor, then a
 * reviewer corrects and accepts an agreement, merges an acronym, searches without accents.
 * A screenshot of every page lands in test-artifacts/web/.
 */

const CHROMIUM = '/usr/bin/chromium';
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const hasChromium = existsSync(CHROMIUM);
const ROOT = path.resolve(import.meta.dirname, '../..');
const SEEDS = path.join(ROOT, 'fixtures/seeds');
const ARTIFACTS = path.join(ROOT, 'test-artifacts/web');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!hasChromium && !inCi) it.skip(`browser suite: ${CHROMIUM} is absent (apt-get install chromium; under CI=true this suite must run)`, () => undefined);

describe.skipIf(!hasChromium && !inCi)('review app in Chromium', () => {
  let dataDir: string;
  let profile: string;
  let handle: DatabaseHandle;
  let review: KyselyReviewStore;
  let server: WebServer;
  let context: BrowserContext;
  let page: Page;
  const seedIds = new Map<string, string>();
  const problems: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  const open = async (route: string) => {
    const response = await page.goto(`${server.url}${route}`);
    expect(response?.status(), route).toBe(200);
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'veille-browser-'));
    profile = await mkdtemp(path.join(os.tmpdir(), 'veille-chromium-'));
    await mkdir(ARTIFACTS, { recursive: true });
    handle = await openDatabase(loadConfig({ VEILLE_DATA_DIR: dataDir }));
    const store = new KyselyStore(handle.db);
    review = new KyselyReviewStore(handle.db);
    for (const name of (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort()) {
      const bytes = await readFile(path.join(SEEDS, name));
      const text = bytes.toString('utf8');
      const { id } = await store.upsertDocument({ sourceUri: `file://${path.join(SEEDS, name)}`, format: 'txt', contentSha256: createHash('sha256').update(bytes).digest('hex'), byteLength: bytes.length, text, title: name });
      await store.saveExtraction(id, extract(text, {}));
      seedIds.set(name, id);
    }
    for (const [name, make] of [['entente-lyon.txt', lyonExtraction], ['hostile-article.txt', hostileExtraction]] as const) {
      const text = await readFixture(name);
      await store.saveExtraction(await storeDocument(store, name, text), make(text));
    }
    server = await startWebServer({ config: { webHost: '127.0.0.1', webPort: 0, webToken: undefined }, db: handle.db });
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1280, height: 900 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} at ${message.location().url}`);
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await handle?.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  });

  it('opens a seed agreement, changes a party, accepts it and finds it in the export', async () => {
    const seedDocs = new Set(seedIds.values());
    const agreement = (await review.queue({ type: 'agreement', limit: 200 })).items.find((i) => seedDocs.has(i.documentId) && i.parties.length > 0);
    expect(agreement, 'the extractor found no agreement with parties in the seeds').toBeDefined();
    await open('/queue?type=agreement');
    await shot('queue');
    await page.click(`a[href="/events/${agreement?.eventId}"]`);
    await page.waitForURL(`**/events/${agreement?.eventId}`);
    await shot('event-editor');
    const parties = (await page.inputValue('#f-parties')).split('\n');
    const changed = [...parties.slice(0, -1), 'Agence de développement de Sorel-Tracy'];
    await page.fill('#f-parties', changed.join('\n'));
    await page.click('#save');
    await page.waitForURL(/done=edited/);
    expect(await page.textContent('#review-status')).toBe('edited');
    await page.keyboard.press('a');
    await page.waitForURL(/done=accepted/);
    expect(await page.textContent('#review-status')).toBe('accepted');
    await shot('event-accepted');

    await open('/export');
    await shot('export');
    const jsonl = await (await page.request.get(`${server.url}/api/export?format=jsonl`)).text();
    const record = jsonl.trim().split('\n').map((l) => JSON.parse(l) as { id: string; reviewStatus: string; parties: { name: string }[] }).find((r) => r.id === agreement?.eventId);
    expect(record?.reviewStatus).toBe('accepted');
    expect(record?.parties.map((p) => p.name)).toEqual(changed);
    const csv = await (await page.request.get(`${server.url}/api/export?format=csv`)).text();
    expect(csv).toContain('Agence de développement de Sorel-Tracy');
  });

  it('shows the document with its mentions highlighted, and hostile markup inert', async () => {
    await open(`/documents/${seedIds.get('000_d52226f512c9bef0.txt')}`);
    expect(await page.locator('#doc-text a.mention').count()).toBeGreaterThan(5);
    expect(await page.locator('#doc-text mark.evidence, #doc-text .mention.evidence').count()).toBeGreaterThan(0);
    await shot('document');
    const hostile = (await review.queue({ source: 'hostile' })).items[0];
    await open(`/documents/${hostile?.documentId}`);
    await shot('document-hostile');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('#doc-text img, #doc-text script, #doc-text a[href^="javascript:"]').count()).toBe(0);
    expect(await page.textContent('#doc-text')).toContain('<img src=x onerror="window.__pwned=true">');
  });

  it('merges an acronym into its long form from the entity page', async () => {
    await open(`/entities?q=${encodeURIComponent("Centre d'innovation")}`);
    await page.click('ul.entities a');
    await shot('entity-before-merge');
    await page.click('form.suggestion button');
    await page.waitForLoadState();
    await shot('entity-merged');
    expect(await page.textContent('ul.aliases')).toContain('CIR');
    const survivor = await review.findEntityByName("Centre d'innovation régional");
    expect((await review.findEntityByName('CIR', 'ORG'))?.id).toBe(survivor?.id);
    expect(await page.locator('ul.mentions li').count()).toBe(3);
  });

  it('searches a French word typed without its accents', async () => {
    await open('/queue?review=all');
    await page.fill('input[name="q"]', 'ecologie industrielle');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/q=ecologie/);
    await shot('search');
    const links = await page.locator('table.queue tbody tr td:nth-child(6) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set([`/documents/${seedIds.get('000_d52226f512c9bef0.txt')}`]));
  });

  it('moves through the queue with j/k and renders the map, timeline and audit log', async () => {
    await open('/queue?review=all');
    await page.keyboard.press('j');
    expect(await page.locator('tr.row').nth(1).getAttribute('class')).toContain('selected');
    await page.keyboard.press('k');
    expect(await page.locator('tr.row').nth(0).getAttribute('class')).toContain('selected');
    await open('/map');
    expect(await page.locator('svg.world circle.place').count()).toBeGreaterThan(0);
    await shot('map');
    await open('/timeline');
    expect(await page.locator('svg.timeline circle').count()).toBeGreaterThan(0);
    await shot('timeline');
    await open('/audit');
    expect(await page.locator('table.audit tbody tr').count()).toBeGreaterThanOrEqual(3);
    await shot('audit');
    expect(problems).toEqual([]);
  });
});
