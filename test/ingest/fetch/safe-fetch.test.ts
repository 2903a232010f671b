import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSafeFetchAgents, safeFetch, type SafeFetchOptions } from '../../../src/ingest/fetch/safe-fetch.js';
import { RetryableHttpError } from '../../../src/ingest/fetch/retryable-http-error.js';
import { blockedAddressReason } from '../../../src/ingest/fetch/address-policy.js';

interface CountingServer {
  server: Server;
  port: number;
  connections: number;
  paths: string[];
}

async function listen(host: string, handler: Parameters<typeof createServer>[1]): Promise<CountingServer> {
  const state = { connections: 0, paths: [] as string[] } as CountingServer;
  const server = createServer((req, res) => {
    state.paths.push(req.url ?? '');
    handler?.(req, res);
  });
  server.on('connection', () => (state.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  state.server = server;
  state.port = (server.address() as AddressInfo).port;
  return state;
}

let site: CountingServer;
let other: CountingServer;
const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024));

beforeAll(async () => {
  site = await listen('127.0.0.1', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const n = Number(url.searchParams.get('n') ?? 0);
    switch (url.pathname) {
      case '/loop':
        return void res.writeHead(302, { location: '/loop' }).end();
      case '/chain':
        return void res.writeHead(302, { location: n >= 5 ? '/ok' : `/chain?n=${n + 1}` }).end();
      case '/to-private':
        return void res.writeHead(302, { location: `http://127.0.0.2:${other.port}/secret` }).end();
      case '/to-metadata':
        return void res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      case '/to-file':
        return void res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      case '/bomb':
        return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb);
      case '/big-length':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        return void res.write('<html>');
      case '/binary':
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return void res.end(Buffer.alloc(30 * 1024 * 1024, 7));
      case '/pdf-as-html':
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
      case '/busy':
        return void res.writeHead(503, { 'retry-after': '7' }).end();
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('a');
        return; // never ends
      case '/missing':
        return void res.writeHead(404, { 'content-type': 'text/plain' }).end('nope');
      default:
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body>ok</body></html>');
    }
  });
  other = await listen('127.0.0.2', (_req, res) => res.end('secret'));
});

afterAll(async () => {
  site.server.closeAllConnections();
  other.server.closeAllConnections();
  await Promise.all([site, other].map((s) => new Promise((resolve) => s.server.close(resolve))));
  await closeSafeFetchAgents();
});

const base: SafeFetchOptions = { userAgent: 'veille-test', allowPrivateNetworks: true, maxBytes: 1024 * 1024, timeoutMs: 5_000 };
const publicOnly: SafeFetchOptions = { ...base, allowPrivateNetworks: false };

async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a failure');
}

describe('safeFetch SSRF guard', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['127.1', 'loopback'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['[::1]', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['10.1.2.3', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['[fd00::1]', 'unique-local'],
    ['0.0.0.0', 'this-network'],
    ['224.0.0.1', 'multicast'],
  ])('refuses %s before connecting', async (host, reason) => {
    const before = site.connections;
    const error = await failure(safeFetch(`http://${host}:${site.port}/`, publicOnly));
    expect(error.code).toBe('blocked_ssrf');
    expect(error.message).toContain(reason);
    expect(site.connections).toBe(before);
  });

  it('refuses a host name that resolves to loopback, at connect time and without a connection', async () => {
    const error = await failure(safeFetch(`http://localhost:${site.port}/`, publicOnly));
    expect(error.code).toBe('blocked_ssrf');
    expect(site.connections).toBe(0);
  });

  it('refuses a name whose DNS answer holds one private address (rebinding)', async () => {
    const resolve = async () => ['93.184.215.14', '10.0.0.1'];
    const error = await failure(safeFetch('http://rebind.test/', { ...publicOnly, resolve }));
    expect(error.code).toBe('blocked_ssrf');
    expect(error.message).toContain('10.0.0.1');
  });

  it('resolves a name once and connects to the address it checked (pinned)', async () => {
    let lookups = 0;
    const resolve = async () => (lookups++ === 0 ? ['127.0.0.1'] : ['10.0.0.1']);
    const onlySite = (address: string) => (address === '127.0.0.1' ? undefined : 'private');
    const result = await safeFetch(`http://site.test:${site.port}/`, { ...publicOnly, resolve, addressPolicy: onlySite });
    expect(result.status).toBe(200);
    expect(lookups).toBe(1);
  });

  it('re-checks every redirect hop: a public hop redirecting to another private address is refused', async () => {
    const onlySite = (address: string) => (address === '127.0.0.1' ? undefined : 'private');
    const error = await failure(safeFetch(`http://127.0.0.1:${site.port}/to-private`, { ...publicOnly, addressPolicy: onlySite }));
    expect(error.code).toBe('blocked_ssrf');
    expect(other.connections).toBe(0);
    const metadata = await failure(safeFetch(`http://127.0.0.1:${site.port}/to-metadata`, { ...publicOnly, addressPolicy: onlySite }));
    expect(metadata.code).toBe('blocked_ssrf');
  });

  it('allows private networks only when asked to', async () => {
    const result = await safeFetch(`http://127.0.0.2:${other.port}/`, base);
    expect(new TextDecoder().decode(result.body)).toBe('secret');
  });

  it('classifies ranges', () => {
    expect(blockedAddressReason('8.8.8.8')).toBeUndefined();
    expect(blockedAddressReason('2606:4700::1111')).toBeUndefined();
    expect(blockedAddressReason('::ffff:10.0.0.1')).toContain('private');
    expect(blockedAddressReason('64:ff9b::a9fe:a9fe')).toContain('link-local');
    expect(blockedAddressReason('2002:c0a8:0101::1')).toContain('private');
  });
});

describe('safeFetch limits', () => {
  it('refuses other schemes, also on a redirect hop', async () => {
    expect((await failure(safeFetch('file:///etc/passwd', base))).code).toBe('unsupported_scheme');
    expect((await failure(safeFetch('ftp://127.0.0.1/', base))).code).toBe('unsupported_scheme');
    expect((await failure(safeFetch(`http://127.0.0.1:${site.port}/to-file`, base))).code).toBe('unsupported_scheme');
  });

  it('follows 5 redirects and refuses the sixth', async () => {
    const ok = await safeFetch(`http://127.0.0.1:${site.port}/chain?n=1`, base);
    expect(ok.redirects).toHaveLength(5);
    expect(ok.url).toBe(`http://127.0.0.1:${site.port}/ok`);
    expect((await failure(safeFetch(`http://127.0.0.1:${site.port}/chain?n=0`, base))).code).toBe('too_many_redirects');
    expect((await failure(safeFetch(`http://127.0.0.1:${site.port}/loop`, base))).code).toBe('too_many_redirects');
  });

  it('counts decoded bytes: a 10 KB gzip of 10 MB is too large for a 1 MB cap', async () => {
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect((await failure(safeFetch(`http://127.0.0.1:${site.port}/bomb`, base))).code).toBe('too_large');
  });

  it('refuses an oversized Content-Length before reading', async () => {
    expect((await failure(safeFetch(`http://127.0.0.1:${site.port}/big-length`, base))).code).toBe('too_large');
  });

  it('refuses a binary body from its first bytes when only documents are accepted', async () => {
    const started = Date.now();
    const error = await failure(
      safeFetch(`http://127.0.0.1:${site.port}/binary`, { ...base, maxBytes: 64 * 1024 * 1024, accept: ['html', 'pdf'] }),
    );
    expect(error.code).toBe('unsupported_content_type');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('sniffs a PDF served as text/html', async () => {
    const result = await safeFetch(`http://127.0.0.1:${site.port}/pdf-as-html`, { ...base, accept: ['html', 'pdf'] });
    expect(result.kind).toBe('pdf');
  });

  it('turns 503 + Retry-After into a RetryableHttpError', async () => {
    const error = await failure(safeFetch(`http://127.0.0.1:${site.port}/busy`, base));
    expect(error).toBeInstanceOf(RetryableHttpError);
    expect((error as RetryableHttpError).retryAfterMs).toBe(7_000);
  });

  it('times out a body that never ends', async () => {
    const error = await failure(safeFetch(`http://127.0.0.1:${site.port}/slow`, { ...base, timeoutMs: 300 }));
    expect(error.code).toBe('timeout');
  });

  it('returns a 404 as a status', async () => {
    const result = await safeFetch(`http://127.0.0.1:${site.port}/missing`, base);
    expect(result.status).toBe(404);
    expect(result.kind).toBeUndefined();
  });
});
