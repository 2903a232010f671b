/* Failed logins per client address in a sliding window: 5 per 15 minutes, then 429 until the oldest expires. */

export interface RateLimitDecision {
  readonly allowed: boolean;
  /** Seconds until one more attempt is allowed (when refused). */
  readonly retryAfterS: number;
}

export class LoginRateLimiter {
  readonly #failures = new Map<string, number[]>();
  readonly #max: number;
  readonly #windowMs: number;
  readonly #now: () => number;

  constructor(options: { max?: number; windowMs?: number; now?: () => number } = {}) {
    this.#max = options.max ?? 5;
    this.#windowMs = options.windowMs ?? 15 * 60 * 1000;
    this.#now = options.now ?? Date.now;
  }

  check(client: string): RateLimitDecision {
    const recent = this.#recent(client);
    if (recent.length < this.#max) return { allowed: true, retryAfterS: 0 };
    const oldest = recent[0] ?? this.#now();
    return { allowed: false, retryAfterS: Math.max(1, Math.ceil((oldest + this.#windowMs - this.#now()) / 1000)) };
  }

  recordFailure(client: string): void {
    this.#failures.set(client, [...this.#recent(client), this.#now()]);
  }

  #recent(client: string): number[] {
    const since = this.#now() - this.#windowMs;
    const recent = (this.#failures.get(client) ?? []).filter((t) => t > since);
    if (recent.length === 0) this.#failures.delete(client);
    else this.#failures.set(client, recent);
    return recent;
  }
}
