import { PermanentError } from '../../errors.js';

/*
 * Which URLs a crawl may visit. Same host as the start URL (a leading `www.` ignored);
 * `--include` / `--exclude` patterns are globs on the URL path and query when they start
 * with `/`, else on the whole URL; `*` matches anything, and a pattern without `*` is a
 * prefix. With includes, a URL must match one of them (the start URL always passes).
 */

export interface ScopeRules {
  readonly startUrl: string;
  readonly maxDepth: number;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

function bareHost(hostname: string): string {
  return hostname.replace(/^www\./, '');
}

function globToRegExp(pattern: string): RegExp {
  const body = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}${pattern.includes('*') ? '$' : ''}`);
}

export function validatePattern(pattern: string): string {
  if (pattern.trim() === '') throw new PermanentError('invalid_pattern', '[crawl] empty include/exclude pattern');
  return pattern;
}

export class CrawlScope {
  readonly #rules: ScopeRules;
  readonly #host: string;
  readonly #include: readonly RegExp[];
  readonly #exclude: readonly RegExp[];

  constructor(rules: ScopeRules) {
    this.#rules = rules;
    this.#host = bareHost(new URL(rules.startUrl).hostname);
    this.#include = rules.include.map(globToRegExp);
    this.#exclude = rules.exclude.map(globToRegExp);
  }

  /** True when `url` (normalized) at `depth` may be fetched. */
  allows(url: string, depth: number): boolean {
    if (depth > this.#rules.maxDepth) return false;
    const parsed = new URL(url);
    if (bareHost(parsed.hostname) !== this.#host) return false;
    if (url === this.#rules.startUrl) return true;
    const matches = (pattern: RegExp, source: string) => pattern.test(source.startsWith('/') ? parsed.pathname + parsed.search : url);
    const included = this.#include.length === 0 || this.#include.some((re, i) => matches(re, this.#rules.include[i] ?? ''));
    return included && !this.#exclude.some((re, i) => matches(re, this.#rules.exclude[i] ?? ''));
  }
}
