import { Hono, type Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { loginPage } from '../pages/login-page.js';
import { endSession, sameSecret, startSession } from '../security/auth.js';
import type { LoginRateLimiter } from '../security/login-rate-limiter.js';
import type { SessionStore } from '../security/session-store.js';

/* Login with the configured token (rate-limited per client address), logout, and the session for scripts. */

export interface AuthRouteDeps {
  readonly token: string | undefined;
  readonly sessions: SessionStore;
  readonly limiter: LoginRateLimiter;
  readonly clientAddress: (c: Context) => string;
}

/** Only a local path: never redirect a login to another site. */
function localPath(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/queue';
}

async function loginFields(c: Context): Promise<{ token: string; next: string; json: boolean }> {
  const json = (c.req.header('content-type') ?? '').startsWith('application/json');
  const body = json ? ((await c.req.json()) as Record<string, unknown>) : await c.req.parseBody();
  return { token: typeof body.token === 'string' ? body.token : '', next: localPath(body.next), json };
}

export function authRoutes(deps: AuthRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/login', (c) => (deps.token === undefined ? c.redirect('/queue') : c.html(loginPage(localPath(c.req.query('next'))).toString())));
  app.post('/login', async (c) => {
    if (deps.token === undefined) return c.redirect('/queue', 303);
    const client = deps.clientAddress(c);
    const decision = deps.limiter.check(client);
    if (!decision.allowed) {
      c.header('retry-after', String(decision.retryAfterS));
      return c.html(loginPage('/queue', `Too many failed attempts; try again in ${decision.retryAfterS} s.`).toString(), 429);
    }
    const fields = await loginFields(c);
    if (!sameSecret(fields.token, deps.token)) {
      deps.limiter.recordFailure(client);
      return fields.json ? c.json({ error: 'unauthorized', message: 'wrong token' }, 401) : c.html(loginPage(fields.next, 'Wrong token.').toString(), 401);
    }
    endSession(c, deps.sessions, { keepCookie: true });
    const session = startSession(c, deps.sessions, 'reviewer');
    return fields.json ? c.json({ actor: session.actor, csrf: session.csrf }) : c.redirect(fields.next, 303);
  });
  app.post('/logout', (c) => {
    endSession(c, deps.sessions);
    return c.redirect(deps.token === undefined ? '/queue' : '/login', 303);
  });
  app.get('/api/session', (c) => c.json({ actor: c.get('actor'), csrf: c.get('page').csrf }));
  return app;
}
