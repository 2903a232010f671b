import { createHash } from 'node:crypto';
import { errorCode, errorMessage, PermanentError, VeilleError } from '../../errors.js';
import type { CrawlFrontierStore, ClaimedEntry, FrontierEntry } from '../../store/crawl-frontier-store.js';
import type { CrawlStore, PageRecord, RunCounters } from '../../store/crawl-store.js';
import { RetryableHttpError } from '../fetch/retryable-http-error.js';
import type { SafeFetchResult } from '../fetch/safe-fetch.js';
import type { CrawlDeps, CrawlTuning, PageOutcome } from './crawl-deps.js';
import type { CrawlScope } from './crawl-scope.js';
import { normalizeUrl } from './normalize-url.js';
import type { PoliteFetcher } from './polite-fetcher.js';
import { readHtmlPage } from './read-html-page.js';
import { readFeedLinks, readSitemapLinks } from './read-url-list.js';

/*
 * One claimed URL: robots, conditional GET, then by sniffed kind: HTML (follow links and
 * announced feeds; ingest if it reads as an article), feed and sitemap (follow the URLs
 * they list), PDF and text (ingest). Unchanged content (304 or same SHA-256) is skipped.
 */

export interface RunContext {
  readonly deps: CrawlDeps;
  readonly tuning: CrawlTuning;
  readonly crawlId: number;
  readonly runId: number;
  readonly maxPages: number;
  readonly scope: CrawlScope;
  readonly crawls: CrawlStore;
  readonly frontier: CrawlFrontierStore;
  readonly fetcher: PoliteFetcher;
  readonly signal?: AbortSignal;
}

interface Outcome {
  readonly outcome: PageOutcome;
  readonly counts: Partial<RunCounters>;
  readonly detail?: string;
}

const SKIPPED_CODES = new Set(['unsupported_content_type', 'out_of_scope', 'disallowed', 'host_deferred']);

async function enqueue(ctx: RunContext, urls: readonly string[], depth: number, via: string): Promise<void> {
  const entries: FrontierEntry[] = urls.filter((url) => ctx.scope.allows(url, depth)).map((url) => ({ url, depth, via }));
  await ctx.frontier.add(ctx.runId, entries, ctx.maxPages);
}

function conditionalHeaders(previous: PageRecord | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  if (previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
  return headers;
}

/** Follows what the page links to; returns the links worth remembering for a 304 next time. */
async function follow(ctx: RunContext, entry: ClaimedEntry, response: SafeFetchResult, text: string): Promise<{ links: string[]; article: boolean }> {
  if (response.kind === 'html') {
    const page = readHtmlPage(text, response.url);
    await enqueue(ctx, page.feeds, entry.depth, 'feed');
    await enqueue(ctx, page.links, entry.depth + 1, 'link');
    return { links: [...page.feeds, ...page.links], article: page.isArticle };
  }
  if (response.kind === 'feed') {
    const links = readFeedLinks(text, response.url);
    await enqueue(ctx, links, entry.depth + 1, 'feed-item');
    return { links, article: false };
  }
  if (response.kind === 'sitemap') {
    const links = readSitemapLinks(text, response.url);
    // A sitemap index lists sitemaps: they don't cost a level of depth.
    await enqueue(ctx, links, /<sitemapindex/i.test(text) ? entry.depth : entry.depth + 1, 'sitemap');
    return { links, article: false };
  }
  return { links: [], article: true };
}

async function fetched(ctx: RunContext, entry: ClaimedEntry, previous: PageRecord | undefined, response: SafeFetchResult): Promise<Outcome> {
  const validators = { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  if (response.status === 304) {
    await enqueue(ctx, previous?.links ?? [], entry.depth + 1, 'link');
    return { outcome: 'unchanged', counts: { pagesFetched: 1, skipped: 1 }, detail: '304' };
  }
  if (response.status >= 300) {
    await ctx.crawls.savePage(ctx.crawlId, { url: entry.url, lastStatus: response.status });
    return { outcome: 'error', counts: { pagesFetched: 1, errors: 1 }, detail: `HTTP ${response.status}` };
  }
  const finalUrl = normalizeUrl(response.url) ?? response.url;
  if (finalUrl !== entry.url && !ctx.scope.allows(finalUrl, entry.depth)) {
    return { outcome: 'skipped', counts: { pagesFetched: 1, skipped: 1 }, detail: `redirected out of scope to ${finalUrl}` };
  }
  const sha = createHash('sha256').update(response.body).digest('hex');
  const text = response.kind === 'pdf' ? '' : new TextDecoder().decode(response.body);
  const { links, article } = await follow(ctx, entry, response, text);
  const record = { url: entry.url, kind: response.kind ?? null, ...validators, contentSha256: sha, lastStatus: response.status, links };
  if (!article) {
    await ctx.crawls.savePage(ctx.crawlId, record);
    return { outcome: 'index', counts: { pagesFetched: 1 } };
  }
  if (previous?.contentSha256 === sha && previous.documentId) {
    await ctx.crawls.savePage(ctx.crawlId, record);
    return { outcome: 'unchanged', counts: { pagesFetched: 1, skipped: 1 }, detail: 'same content' };
  }
  const contentType = response.headers.get('content-type') ?? undefined;
  const doc = await withDeadline(ctx.deps.ingest(response.body, { sourceUri: finalUrl, contentType }), ctx.tuning.ingestTimeoutMs, finalUrl);
  await ctx.crawls.savePage(ctx.crawlId, { ...record, documentId: doc.id });
  if (!doc.created) return { outcome: 'duplicate', counts: { pagesFetched: 1, skipped: 1 }, detail: `document ${doc.id}` };
  return { outcome: 'document', counts: { pagesFetched: 1, newDocuments: 1 }, detail: `document ${doc.id}` };
}

/** The ingest stage has its own limits; this only keeps a lost answer from stalling the run. */
async function withDeadline<T>(work: Promise<T>, ms: number, url: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PermanentError('ingest_timeout', `[crawl] ${url}: no answer from the ingest stage within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function retryDelay(ctx: RunContext, entry: ClaimedEntry, error: unknown): number | undefined {
  const transient = error instanceof RetryableHttpError || (error instanceof VeilleError && ['timeout', 'network'].includes(error.code));
  if (!transient || entry.attempts >= ctx.tuning.maxAttempts) return undefined;
  const backoff = ctx.tuning.retryBackoffMs * 2 ** (entry.attempts - 1);
  const asked = error instanceof RetryableHttpError ? (error.retryAfterMs ?? 0) : 0;
  return asked > ctx.tuning.maxRetryAfterMs ? undefined : Math.max(backoff, asked);
}

async function failed(ctx: RunContext, entry: ClaimedEntry, error: unknown): Promise<Outcome> {
  const delay = retryDelay(ctx, entry, error);
  if (delay !== undefined) {
    await ctx.frontier.retryLater(ctx.runId, entry.url, delay);
    return { outcome: 'retry', counts: {}, detail: `${errorMessage(error)}; retry in ${delay} ms` };
  }
  const code = errorCode(error);
  // Shutdown is not the page's fault: the claim lapses and another worker (or run) takes the URL.
  if (!(error instanceof VeilleError) || code === 'aborted' || ctx.signal?.aborted) throw error;
  // A server that stays busy (or asks to wait past maxRetryAfterMs) defers the page to a later run: not a document failure.
  if (SKIPPED_CODES.has(code) || error instanceof RetryableHttpError) return { outcome: 'skipped', counts: { skipped: 1 }, detail: errorMessage(error) };
  return { outcome: 'error', counts: { errors: 1 }, detail: errorMessage(error) };
}

/** Runs one claimed URL to its outcome; transient failures put it back in the frontier. */
export async function processEntry(ctx: RunContext, entry: ClaimedEntry): Promise<Outcome & { readonly retried: boolean }> {
  try {
    const rules = await ctx.fetcher.robotsFor(entry.url);
    if (!rules.isAllowed(entry.url)) throw new PermanentError('disallowed', `[crawl] ${entry.url}: disallowed by robots.txt`);
    const previous = await ctx.crawls.getPage(ctx.crawlId, entry.url);
    const response = await ctx.fetcher.fetchPage(entry.url, conditionalHeaders(previous));
    return { ...(await fetched(ctx, entry, previous, response)), retried: false };
  } catch (error) {
    const outcome = await failed(ctx, entry, error);
    return { ...outcome, retried: outcome.outcome === 'retry' };
  }
}
