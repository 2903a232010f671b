import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.js';
import type { Session, SessionStore } from './session-store.js';

/*
 * Who is calling, and may they write. Without a token (loopback only, see server.ts) every
 * browser gets an anonymous "local" session; with one, a session comes only from /login, or a
 * script sends the bearer token. Every write from a session carries its CSRF token (form field
 * _csrf or header X-CSRF-Token) and, when the browser sends one, a same-origin Origin header.
 */

export const SESSION_COOKIE = 'veille_session';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const OPEN_PATHS = new Set(['/login', '/healthz']);

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function startSession(c: Context, sessions: SessionStore, actor: string): Session {
  const session = sessions.create(actor);
  setCookie(c, SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'Strict', secure: isHttps(c), path: '/' });
  return session;
}

/** Forgets the caller's session; `keepCookie` when a new session cookie replaces it in the same response. */
export function endSession(c: Context, sessions: SessionStore, options: { keepCookie?: boolean } = {}): void {
  const id = getCookie(c, SESSION_COOKIE);
  if (id !== undefined) sessions.destroy(id);
  if (!options.keepCookie) deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

function bearer(c: Context): string | undefined {
  const header = c.req.header('authorization');
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

function refuse(c: Context, status: 401 | 403, message: string): Response {
  if (c.req.path.startsWith('/api/')) return c.json({ error: status === 401 ? 'unauthorized' : 'forbidden', message }, status);
  if (status === 401 && c.req.method === 'GET') return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`);
  return c.text(message, status);
}

async function csrfToken(c: Context): Promise<string | undefined> {
  const header = c.req.header('x-csrf-token');
  if (header !== undefined) return header;
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return undefined;
  const field = (await c.req.parseBody())._csrf;
  return typeof field === 'string' ? field : undefined;
}

// An opaque origin ("null": privacy settings, some redirects) proves nothing either way: the CSRF token decides.
function crossOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined || origin === 'null') return false;
  try {
    return new URL(origin).host !== (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return true;
  }
}

export function authMiddleware(options: { token: string | undefined; sessions: SessionStore }): MiddlewareHandler<AppEnv> {
  const { token, sessions } = options;
  return async (c, next) => {
    if (c.req.path.startsWith('/static/')) return next();
    const write = WRITE_METHODS.has(c.req.method);
    if (write && crossOrigin(c)) return refuse(c, 403, 'cross-origin request refused');
    const scriptToken = token === undefined ? undefined : bearer(c);
    if (token !== undefined && scriptToken !== undefined) {
      if (!sameSecret(scriptToken, token)) return refuse(c, 401, 'invalid bearer token');
      c.set('actor', 'token');
      c.set('page', { csrf: '', actor: 'token', authenticated: true });
      return next();
    }
    let session = sessions.get(getCookie(c, SESSION_COOKIE));
    if (!session && token === undefined) session = startSession(c, sessions, 'local');
    if (!session) return OPEN_PATHS.has(c.req.path) ? next() : refuse(c, 401, 'log in first: /login');
    if (write && !OPEN_PATHS.has(c.req.path)) {
      const given = await csrfToken(c);
      if (given === undefined || !sameSecret(given, session.csrf)) return refuse(c, 403, 'missing or invalid CSRF token');
    }
    c.set('actor', session.actor);
    c.set('page', { csrf: session.csrf, actor: session.actor, authenticated: token !== undefined });
    return next();
  };
}
