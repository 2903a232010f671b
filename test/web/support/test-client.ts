import type { Hono } from 'hono';

/* app.request() with a cookie jar and the CSRF token of the session, like a browser tab. */

export interface TestClient {
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Reads the session's CSRF token (starting the session when the app gives one freely). */
  session(): Promise<string>;
  /** A JSON write with the CSRF header. */
  send(method: string, path: string, body?: unknown): Promise<Response>;
  /** A form post with the _csrf field, as the pages send them. */
  form(path: string, fields: Readonly<Record<string, string>>): Promise<Response>;
  readonly cookie: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function testClient(app: Hono<any>, baseHeaders: Readonly<Record<string, string>> = {}): TestClient {
  let cookie = '';
  let csrf = '';
  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(baseHeaders)) if (!headers.has(name)) headers.set(name, value);
    if (cookie !== '') headers.set('cookie', cookie);
    const response = await app.request(path, { ...init, headers });
    // Several Set-Cookie headers apply in order, as in a browser: the last one wins.
    const set = [...(response.headers.get('set-cookie') ?? '').matchAll(/veille_session=([^;]*)/g)].at(-1);
    if (set) cookie = set[1] ? `veille_session=${set[1]}` : '';
    return response;
  }
  return {
    request,
    async session() {
      const response = await request('/api/session');
      csrf = ((await response.json()) as { csrf: string }).csrf;
      return csrf;
    },
    send: (method, path, body) => request(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
    form: (path, fields) => request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
    }),
    get cookie() {
      return cookie;
    },
  };
}
