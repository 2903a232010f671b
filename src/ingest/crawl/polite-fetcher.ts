import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../../config.js';
import { PermanentError, VeilleError } from '../../errors.js';
import type { CrawlHostStore } from '../../store/crawl-host-store.js';
import { RetryableHttpError } from '../fetch/retryable-http-error.js';
import { safeFetch, type SafeFetchOptions, type SafeFetchResult } from '../fetch/safe-fetch.js';
import type { ContentKind } from '../fetch/sniff-content.js';
import type { CrawlTuning } from './crawl-deps.js';
import { originOf } from './normalize-url.js';
import { ROBOTS_MAX_BYTES, RobotsGate, type RobotsRules } from './robots-gate.js';

/*
 * safeFetch behind the per-origin politeness of crawl_hosts: wait for the origin's single
 * slot, fetch, free the slot with the origin's delay (max of our minimum and robots'
 * Crawl-delay, capped). A Retry-After pushes the whole origin back, for every worker.
 */

type Hop = (nextUrl: string) => Promise<void>;

/** The longest Retry-After honoured for a whole host (a later run finds it still deferred). */
const MAX_HOST_DEFER_MS = 6 * 3600_000;

export const CRAWL_ACCEPT: readonly ContentKind[] = ['html', 'pdf', 'feed', 'sitemap', 'text'];

export class PoliteFetcher {
  readonly #config: Config;
  readonly #hosts: CrawlHostStore;
  readonly #tuning: CrawlTuning;
  readonly #robots: RobotsGate;
  readonly #signal: AbortSignal | undefined;

  constructor(config: Config, hosts: CrawlHostStore, tuning: CrawlTuning, signal?: AbortSignal) {
    this.#config = config;
    this.#hosts = hosts;
    this.#tuning = tuning;
    this.#signal = signal;
    // robots.txt was fetched before its Crawl-delay was known: apply it to the next request.
    const afterRobots = async (origin: string, rules: RobotsRules) => {
      if (tuning.politeness) await hosts.defer(origin, this.#delayMs(rules));
    };
    this.#robots = new RobotsGate(hosts, 'veille', tuning.robotsTtlMs, afterRobots);
  }

  robotsFor(url: string): Promise<RobotsRules> {
    const origin = originOf(url);
    return this.#robots.rulesFor(origin, (robotsUrl) =>
      this.#politely(origin, undefined, (beforeRedirect) =>
        safeFetch(robotsUrl, this.#options({ maxBytes: ROBOTS_MAX_BYTES, truncate: true, beforeRedirect })),
      ),
    );
  }

  /**
   * Fetches a page (robots must have been checked) with conditional-GET headers. Each
   * redirect hop is checked against the robots.txt of its own origin before it is requested.
   */
  async fetchPage(url: string, headers: Record<string, string>): Promise<SafeFetchResult> {
    const rules = await this.robotsFor(url);
    const options = this.#options({ maxBytes: this.#config.maxInputBytes, accept: CRAWL_ACCEPT, headers });
    const vetHop: Hop = async (next) => {
      if (!(await this.robotsFor(next)).isAllowed(next)) {
        throw new PermanentError('disallowed', `[crawl] ${url}: redirected to ${next}, which its robots.txt disallows`);
      }
    };
    return this.#politely(originOf(url), rules, (beforeRedirect) => safeFetch(url, { ...options, beforeRedirect }), vetHop);
  }

  #options(extra: Partial<SafeFetchOptions>): SafeFetchOptions {
    return {
      userAgent: this.#config.userAgent,
      allowPrivateNetworks: this.#config.allowPrivateNetworks,
      maxBytes: this.#config.maxInputBytes,
      timeoutMs: this.#tuning.fetchTimeoutMs,
      signal: this.#signal,
      ...extra,
    };
  }

  #delayMs(rules: RobotsRules | undefined): number {
    const robotsDelay = Math.min(rules?.crawlDelayMs ?? 0, this.#tuning.maxCrawlDelayMs);
    return Math.max(this.#tuning.minDelayMs, robotsDelay);
  }

  /**
   * Runs `request` holding the origin's slot; each redirect hop frees it, passes `vetHop`
   * (which may fetch the next origin's robots.txt, so no slot is held then) and waits for
   * the next origin's slot. Only a slot actually held is released.
   */
  async #politely<T>(origin: string, rules: RobotsRules | undefined, request: (beforeRedirect?: Hop) => Promise<T>, vetHop?: Hop): Promise<T> {
    if (!this.#tuning.politeness) return request(vetHop);
    let held: string | undefined;
    let last = origin;
    await this.#waitForSlot(origin);
    held = origin;
    const beforeRedirect: Hop = async (next) => {
      await this.#hosts.release(held!, this.#delayMs(rules));
      held = undefined;
      await vetHop?.(next);
      last = originOf(next);
      await this.#waitForSlot(last);
      held = last;
    };
    try {
      return await request(beforeRedirect);
    } catch (error) {
      if (error instanceof RetryableHttpError && error.retryAfterMs !== undefined) {
        await this.#hosts.defer(last, Math.min(error.retryAfterMs, MAX_HOST_DEFER_MS));
      }
      throw error;
    } finally {
      if (held !== undefined) await this.#hosts.release(held, this.#delayMs(rules));
    }
  }

  async #waitForSlot(origin: string): Promise<void> {
    for (;;) {
      this.#signal?.throwIfAborted();
      const slot = await this.#hosts.acquire(origin, this.#tuning.fetchTimeoutMs + 10_000);
      if (slot.granted) return;
      if (slot.waitMs > this.#tuning.maxRetryAfterMs) {
        throw new VeilleError('host_deferred', `[crawl] ${origin}: deferred for ${Math.round(slot.waitMs / 1000)} s (Retry-After)`);
      }
      await sleep(Math.min(slot.waitMs, 5_000), undefined, { signal: this.#signal });
    }
  }
}
