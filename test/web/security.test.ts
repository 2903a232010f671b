import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { createApp } from '../../src/web/app.js';
import { LoginRateLimiter } from '../../src/web/security/login-rate-limiter.js';
import { isLoopbackHost } from '../../src/web/security/loopback.js';
import { assertSafeBind, startWebServer } from '../../src/web/server.js';
import { createWebFixture, type WebFixture } from './support/web-fixture.js';
import { testClient } from './support/test-client.js';

/* Binding, login, sessions, CSRF, rate limit and body limit (research notes U1–U2). */

const TOKEN = 'correct horse battery staple';

describe('web security', () => {
  let fixture: WebFixture;

  beforeAll(async () => {
    fixture = await createWebFixture();
  });
  afterAll(() => fixture.close());

  it('refuses to listen off loopback without a token, with a clear message', async () => {
    expect(() => assertSafeBind({ webHost: '0.0.0.0', webPort: 8080, webToken: undefined })).toThrow(/VEILLE_WEB_TOKEN/);
    await expect(startWebServer({ config: { webHost: '0.0.0.0', webPort: 0, webToken: undefined }, db: fixture.handle.db })).rejects.toBeInstanceOf(ConfigError);
    expect(() => assertSafeBind({ webHost: '0.0.0.0', webPort: 8080, webToken: TOKEN })).not.toThrow();
    expect(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '192.168.1.10', '::', 'example.org'].some(isLoopbackHost)).toBe(false);
  });

  it('serves on loopback and closes', async () => {
    const server = await startWebServer({ config: { webHost: '127.0.0.1', webPort: 0, webToken: undefined }, db: fixture.handle.db });
    try {
      const response = await fetch(`${server.url}/queue`);
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    } finally {
      await server.close();
    }
  });

  it('with a token: 401 without a session, login page for browsers, bearer token for scripts', async () => {
    const app = createApp({ store: fixture.review, token: TOKEN });
    expect((await app.request('/api/queue')).status).toBe(401);
    const page = await app.request('/queue');
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/login?next=%2Fqueue');
    expect((await app.request('/api/events/1/accept', { method: 'POST' })).status).toBe(401);
    expect((await app.request('/api/queue', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await app.request('/api/queue', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await app.request('/login')).status).toBe(200);
  });

  it('logs in with a fresh HttpOnly SameSite=Strict session (Secure behind https), then needs CSRF for writes', async () => {
    const client = testClient(createApp({ store: fixture.review, token: TOKEN }), { 'x-forwarded-proto': 'https' });
    const login = await client.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token: TOKEN, next: '//evil.example/' }).toString() });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/queue');
    expect(login.headers.get('set-cookie')).toMatch(/veille_session=[\w-]{40,}; Path=\/; HttpOnly; Secure; SameSite=Strict/);
    expect((await client.request('/api/queue')).status).toBe(200);
    const [event] = (await fixture.review.queue({ review: 'all' })).items;
    expect((await client.request(`/api/events/${event?.eventId}/accept`, { method: 'POST' })).status).toBe(403);
    expect((await client.request(`/api/events/${event?.eventId}/accept`, { method: 'POST', headers: { 'x-csrf-token': 'forged' } })).status).toBe(403);
    expect((await client.form(`/events/${event?.eventId}/accept`, {})).status).toBe(403);
    expect((await fixture.review.getEvent(event?.eventId ?? '')).reviewStatus).toBe('pending');
    const csrf = await client.session();
    const cross = await client.request(`/api/events/${event?.eventId}/accept`, { method: 'POST', headers: { 'x-csrf-token': csrf, origin: 'https://evil.example' } });
    expect(cross.status).toBe(403);
    const ok = await client.request(`/api/events/${event?.eventId}/accept`, { method: 'POST', headers: { 'x-csrf-token': csrf } });
    expect(ok.status).toBe(200);
    expect((await fixture.review.auditLog({ subjectType: 'event', subjectId: event?.eventId ?? '' }))[0]?.actor).toBe('reviewer');
    expect((await client.form('/logout', {})).status).toBe(303);
    expect((await client.request('/api/queue')).status).toBe(401);
  });

  it('rate-limits failed logins per client: 5 in 15 minutes, then 429 even with the right token', async () => {
    const app = createApp({ store: fixture.review, token: TOKEN, loginLimiter: new LoginRateLimiter(), clientAddress: (c) => c.req.header('x-test-ip') ?? '' });
    const attempt = (token: string, ip = '203.0.113.7') => app.request('/login', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-test-ip': ip }, body: JSON.stringify({ token }),
    });
    for (let i = 0; i < 5; i++) expect((await attempt('guess')).status).toBe(401);
    const refused = await attempt(TOKEN);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await attempt(TOKEN, '198.51.100.1')).status).toBe(200);
  });

  it('without a token (loopback) still refuses writes without the session CSRF token', async () => {
    const app = createApp({ store: fixture.review });
    const [event] = (await fixture.review.queue({})).items;
    expect((await app.request(`/api/events/${event?.eventId}/reject`, { method: 'POST' })).status).toBe(403);
    expect((await fixture.review.getEvent(event?.eventId ?? '')).reviewStatus).toBe('pending');
  });

  it('refuses oversized bodies with 413 before reading them', async () => {
    const client = testClient(createApp({ store: fixture.review, maxBodyBytes: 1024 }));
    await client.session();
    const [event] = (await fixture.review.queue({})).items;
    const response = await client.send('PATCH', `/api/events/${event?.eventId}`, { kind: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe('too_large');
  });

  it('serves the one script and stylesheet with the CSP that forbids inline code', async () => {
    const app = createApp({ store: fixture.review, token: TOKEN });
    const script = await app.request('/static/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
    expect((await app.request('/static/app.css')).status).toBe(200);
    expect(script.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'self'/);
  });
});
