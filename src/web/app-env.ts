import type { Store } from '../store/store.js';
import type { Context } from 'hono';
import type { ReviewStore } from '../store/review-store.js';
import type { LoginRateLimiter } from './security/login-rate-limiter.js';
import type { SessionStore } from './security/session-store.js';
import type { PageContext } from './pages/layout.js';

/** What createApp needs; everything but the store has a default. */
export interface WebDeps {
  readonly store: ReviewStore;
  /** Serves GET /api/records (the `veille records` export) when given. */
  readonly records?: Store;
  /** VEILLE_WEB_TOKEN: when set, every request needs a login session or `Authorization: Bearer <token>`. */
  readonly token?: string;
  readonly sessions?: SessionStore;
  readonly loginLimiter?: LoginRateLimiter;
  /** Client address for the login rate limit (default: the socket's remote address). */
  readonly clientAddress?: (c: Context) => string;
  /** Largest request body accepted, in bytes (default 64 KiB); more gets 413. */
  readonly maxBodyBytes?: number;
}

export interface AppEnv {
  Variables: {
    /** Who makes the change, for the audit log: local, reviewer or token. */
    actor: string;
    page: PageContext;
  };
}

export type AppContext = Context<AppEnv>;
