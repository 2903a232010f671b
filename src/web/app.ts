import { recordsRoutes } from './routes/records.js';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv, WebDeps } from './app-env.js';
import { handleError, notFound } from './error-handler.js';
import { authRoutes } from './routes/auth.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { overviewRoutes } from './routes/overview.js';
import { queueRoutes } from './routes/queue.js';
import { authMiddleware } from './security/auth.js';
import { LoginRateLimiter } from './security/login-rate-limiter.js';
import { SessionStore } from './security/session-store.js';
import { APP_CSS } from './static/app-css.js';
import { APP_JS } from './static/app-js.js';

export type { WebDeps } from './app-env.js';

/*
 * The review app as a Hono app (testable with app.request()): security headers, a body size
 * limit, sessions/CSRF, then one router per resource; errors become responses in error-handler.ts.
 */

const DEFAULT_MAX_BODY = 64 * 1024;

// No inline script or style anywhere: article text is untrusted (research notes, U1).
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('content-security-policy', CSP);
  c.header('x-content-type-options', 'nosniff');
  // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on our own form posts.
  c.header('referrer-policy', 'same-origin');
  c.header('x-frame-options', 'DENY');
  c.header('cross-origin-opener-policy', 'same-origin');
  if (!c.req.path.startsWith('/static/')) c.header('cache-control', 'no-store');
};

function defaultClientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function createApp(deps: WebDeps): Hono<AppEnv> {
  const sessions = deps.sessions ?? new SessionStore();
  const app = new Hono<AppEnv>();
  app.use(securityHeaders);
  // Its default onError throws HTTPException(413), which handleError maps like every other error.
  app.use(bodyLimit({ maxSize: deps.maxBodyBytes ?? DEFAULT_MAX_BODY }));
  app.get('/static/app.js', (c) => c.body(APP_JS, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/static/app.css', (c) => c.body(APP_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.use(authMiddleware({ token: deps.token, sessions }));
  app.route('/', authRoutes({
    token: deps.token,
    sessions,
    limiter: deps.loginLimiter ?? new LoginRateLimiter(),
    clientAddress: deps.clientAddress ?? defaultClientAddress,
  }));
  if (deps.records) app.route('/', recordsRoutes(deps.records));
  for (const routes of [queueRoutes, documentRoutes, eventRoutes, entityRoutes, overviewRoutes, exportRoutes]) app.route('/', routes(deps.store));
  app.onError(handleError);
  app.notFound(notFound);
  return app;
}
