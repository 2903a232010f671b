import robotsParser from 'robots-parser';
import { errorCode } from '../../errors.js';
import type { CrawlHostStore } from '../../store/crawl-host-store.js';
import { RetryableHttpError } from '../fetch/retryable-http-error.js';
import type { SafeFetchResult } from '../fetch/safe-fetch.js';

/*
 * robots.txt per origin, cached in crawl_hosts for `ttlMs` (RFC 9309: at most 24 h), read
 * up to 500 KiB. 2xx: obeyed; 4xx: everything allowed; 5xx or unreachable: nothing
 * allowed until the cache expires (RFC 9309 §2.3.1.4).
 */

export const ROBOTS_MAX_BYTES = 500 * 1024;
const DISALLOW_ALL = 'User-agent: *\nDisallow: /\n';

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay for our agent in ms, if the file sets one. */
  readonly crawlDelayMs: number | undefined;
}

interface ParsedRobots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// robots-parser is CommonJS with a default-export typing NodeNext can't call directly.
const parseRobots = robotsParser as unknown as (url: string, text: string) => ParsedRobots;

type RobotsFetch = (url: string) => Promise<SafeFetchResult>;

function rules(origin: string, text: string, agent: string): RobotsRules {
  const robots = parseRobots(`${origin}/robots.txt`, text);
  const delay = robots.getCrawlDelay(agent);
  return {
    isAllowed: (url) => robots.isAllowed(url, agent) !== false,
    crawlDelayMs: delay === undefined ? undefined : delay * 1000,
  };
}

/** What a robots.txt answer means for the crawler: (status, text) to obey. */
async function download(origin: string, fetchRobots: RobotsFetch): Promise<{ status: number; text: string }> {
  try {
    const response = await fetchRobots(`${origin}/robots.txt`);
    if (response.status >= 400) return { status: response.status, text: '' };
    return { status: response.status, text: new TextDecoder().decode(response.body) };
  } catch (error) {
    // RFC 9309 §2.3.1: unreachable (5xx, network) disallows all; a redirect chain too long counts as unavailable (allow).
    if (error instanceof RetryableHttpError) return { status: error.status, text: DISALLOW_ALL };
    const code = errorCode(error);
    if (code === 'timeout' || code === 'network' || code === 'dns') return { status: 599, text: DISALLOW_ALL };
    if (code === 'too_many_redirects') return { status: 404, text: '' };
    throw error;
  }
}

export class RobotsGate {
  readonly #hosts: CrawlHostStore;
  readonly #agent: string;
  readonly #ttlMs: number;
  readonly #memo = new Map<string, Promise<RobotsRules>>();
  readonly #onFetched: (origin: string, rules: RobotsRules) => Promise<void>;

  /**
   * `agent` is the product token matched against User-agent lines (veille); `onFetched`
   * runs after a download (the fetcher applies the new Crawl-delay to the next request).
   */
  constructor(hosts: CrawlHostStore, agent: string, ttlMs: number, onFetched: (origin: string, rules: RobotsRules) => Promise<void>) {
    this.#hosts = hosts;
    this.#agent = agent;
    this.#ttlMs = ttlMs;
    this.#onFetched = onFetched;
  }

  /** The origin's rules, from the cache or fetched with `fetchRobots` (which must be polite itself). */
  rulesFor(origin: string, fetchRobots: RobotsFetch): Promise<RobotsRules> {
    let pending = this.#memo.get(origin);
    if (!pending) {
      pending = this.#load(origin, fetchRobots);
      this.#memo.set(origin, pending);
      pending.catch(() => this.#memo.delete(origin));
    }
    return pending;
  }

  async #load(origin: string, fetchRobots: RobotsFetch): Promise<RobotsRules> {
    const cached = await this.#hosts.robots(origin);
    if (cached.ageMs !== undefined && cached.ageMs < this.#ttlMs && cached.text !== null) {
      return rules(origin, cached.text, this.#agent);
    }
    const { status, text } = await download(origin, fetchRobots);
    const parsed = rules(origin, text, this.#agent);
    await this.#hosts.saveRobots(origin, { status, text, crawlDelayMs: parsed.crawlDelayMs ?? null });
    await this.#onFetched(origin, parsed);
    return parsed;
  }
}
