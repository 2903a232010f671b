import { isIP } from 'node:net';
import { fetch, type Agent, type Response } from 'undici';
import { PermanentError, VeilleError } from '../../errors.js';
import { addressPolicy, type AddressPolicy } from './address-policy.js';
import { blockedError, createPinnedAgent, systemResolver, type HostResolver } from './pinned-agent.js';
import { isRetryableStatus, parseRetryAfter, RetryableHttpError } from './retryable-http-error.js';
import { isDeclaredMedia, sniffContent, SNIFF_BYTES, type ContentKind } from './sniff-content.js';

/*
 * The one way veille reads the web. Only http(s); every hop of a redirect chain (at most
 * `maxRedirects`, followed by hand) is re-validated; IP literals are refused before any
 * connection and host names at connect time (see pinned-agent.ts); the size cap counts
 * decoded bytes (undici's fetch inflates gzip/br/deflate) and an oversized Content-Length
 * is refused before reading; one deadline covers the whole chain.
 */

export interface SafeFetchOptions {
  readonly userAgent: string;
  readonly allowPrivateNetworks: boolean;
  /** Cap on decoded body bytes. */
  readonly maxBytes: number;
  /** Deadline for the whole redirect chain, body included. */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly headers?: Record<string, string>;
  /** Deadline for opening one connection (default min(timeoutMs, 10 s)). */
  readonly connectTimeoutMs?: number;
  /** Default 5. */
  readonly maxRedirects?: number;
  /** Sniffed kinds accepted from a 2xx body; others throw unsupported_content_type (default: all). */
  readonly accept?: readonly ContentKind[];
  /** Return the first `maxBytes` bytes instead of throwing too_large (robots.txt). */
  readonly truncate?: boolean;
  /** Awaited before following each redirect hop (the crawler's per-host politeness). */
  readonly beforeRedirect?: (nextUrl: string) => Promise<void>;
  /** Replaces the allowPrivateNetworks policy (tests). */
  readonly addressPolicy?: AddressPolicy;
  /** Replaces system DNS (tests). */
  readonly resolve?: HostResolver;
}

export interface SafeFetchResult {
  /** Final URL after redirects. */
  readonly url: string;
  readonly status: number;
  readonly headers: Headers;
  readonly body: Uint8Array;
  /** Sniffed kind of a 2xx body (undefined for other statuses). */
  readonly kind?: ContentKind;
  /** Hops followed, first request excluded. */
  readonly redirects: readonly string[];
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const agents = new Map<string, Agent>();

function agentFor(options: SafeFetchOptions, connectTimeoutMs: number): { agent: Agent; shared: boolean } {
  const custom = options.addressPolicy !== undefined || options.resolve !== undefined;
  const policy = options.addressPolicy ?? addressPolicy(options.allowPrivateNetworks);
  const make = () => createPinnedAgent({ policy, resolve: options.resolve ?? systemResolver, connectTimeoutMs });
  if (custom) return { agent: make(), shared: false };
  const key = `${options.allowPrivateNetworks}:${connectTimeoutMs}`;
  const agent = agents.get(key) ?? make();
  agents.set(key, agent);
  return { agent, shared: true };
}

/** Closes the pooled connections (end of a CLI command, end of a test file). */
export async function closeSafeFetchAgents(): Promise<void> {
  const open = [...agents.values()];
  agents.clear();
  await Promise.all(open.map((agent) => agent.close()));
}

/** Refuses what can be refused from the URL alone: scheme, credentials, IP literals. */
export function checkUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw new PermanentError('invalid_url', `[ingest:fetch] ${raw}: not a URL`, { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PermanentError('unsupported_scheme', `[ingest:fetch] ${raw}: only http and https are fetched`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // WHATWG parsing already turned 2130706433, 0x7f.1, 0177.0.0.1 and 127.1 into 127.0.0.1.
  const literalReason = isIP(host) === 0 ? undefined : policy(host);
  if (literalReason) throw blockedError(host, host, literalReason);
  return url;
}

function deadline(options: SafeFetchOptions): AbortSignal {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  return options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
}

/** The VeilleError inside undici's "fetch failed" TypeError, or a timeout / network error. */
function mapFailure(error: unknown, url: string, signal: AbortSignal, options: SafeFetchOptions): Error {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof VeilleError) return cause;
  }
  if (signal.aborted && !options.signal?.aborted) {
    return new VeilleError('timeout', `[ingest:fetch] ${url}: no complete answer within ${options.timeoutMs} ms`, { cause: error });
  }
  if (options.signal?.aborted) return new VeilleError('aborted', `[ingest:fetch] ${url}: aborted`, { cause: error });
  const code = (error as { cause?: { code?: string } }).cause?.code;
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new VeilleError('timeout', `[ingest:fetch] ${url}: connect timeout`, { cause: error });
  }
  return new VeilleError('network', `[ingest:fetch] ${url}: ${code ?? (error as Error).message}`, { cause: error });
}

function tooLarge(url: string, maxBytes: number): PermanentError {
  return new PermanentError('too_large', `[ingest:fetch] ${url}: body over ${maxBytes} bytes`);
}

function unsupported(url: string, what: string): PermanentError {
  return new PermanentError('unsupported_content_type', `[ingest:fetch] ${url}: ${what} is not fetched`);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Streams the decoded body under the byte cap, checking the sniffed kind as soon as enough bytes arrived. */
async function readBody(response: Response, url: string, options: SafeFetchOptions, checkKind: boolean): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let sniffed = !checkKind;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
      if (!sniffed && total >= SNIFF_BYTES) {
        sniffed = true;
        assertKind(concat(chunks, total), response, url, options);
      }
      if (total > options.maxBytes) {
        if (!options.truncate) throw tooLarge(url, options.maxBytes);
        return concat(chunks, total).subarray(0, options.maxBytes);
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return concat(chunks, total);
}

function assertKind(bytes: Uint8Array, response: Response, url: string, options: SafeFetchOptions): ContentKind {
  const kind = sniffContent(bytes, response.headers.get('content-type') ?? undefined);
  if (options.accept && !options.accept.includes(kind)) throw unsupported(url, `${kind} content`);
  return kind;
}

function checkHeaders(response: Response, url: string, options: SafeFetchOptions): void {
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (!options.truncate && Number.isFinite(length) && length > options.maxBytes) throw tooLarge(url, options.maxBytes);
  const type = response.headers.get('content-type') ?? undefined;
  if (options.accept && !options.accept.includes('binary') && isDeclaredMedia(type)) unsupportedType(url, type);
}

function unsupportedType(url: string, type: string | undefined): never {
  throw unsupported(url, `Content-Type ${type}`);
}

async function finish(response: Response, url: string, redirects: string[], options: SafeFetchOptions): Promise<SafeFetchResult> {
  if (isRetryableStatus(response.status)) {
    await response.body?.cancel().catch(() => undefined);
    throw new RetryableHttpError(url, response.status, parseRetryAfter(response.headers.get('retry-after')));
  }
  const ok = response.status >= 200 && response.status < 300;
  if (ok) checkHeaders(response, url, options);
  const body = await readBody(response, url, options, ok && options.accept !== undefined);
  const kind = ok ? assertKind(body, response, url, options) : undefined;
  return { url, status: response.status, headers: response.headers as unknown as Headers, body, kind, redirects };
}

/** Fetches `url` under the SSRF, size, redirect and time limits above. */
export async function safeFetch(url: string, options: SafeFetchOptions): Promise<SafeFetchResult> {
  const policy = options.addressPolicy ?? addressPolicy(options.allowPrivateNetworks);
  const connectTimeoutMs = options.connectTimeoutMs ?? Math.min(options.timeoutMs, 10_000);
  const { agent, shared } = agentFor(options, connectTimeoutMs);
  const signal = deadline(options);
  const maxRedirects = options.maxRedirects ?? 5;
  const redirects: string[] = [];
  let current = url;
  try {
    for (;;) {
      checkUrl(current, policy);
      const response = await fetch(current, {
        dispatcher: agent,
        redirect: 'manual',
        signal,
        headers: { 'user-agent': options.userAgent, ...options.headers },
      });
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || location === null) {
        return await finish(response, current, redirects, options);
      }
      await response.body?.cancel().catch(() => undefined);
      if (redirects.length >= maxRedirects) {
        throw new PermanentError('too_many_redirects', `[ingest:fetch] ${url}: more than ${maxRedirects} redirects`);
      }
      current = new URL(location, current).toString();
      redirects.push(current);
      checkUrl(current, policy);
      await options.beforeRedirect?.(current);
    }
  } catch (error) {
    throw mapFailure(error, current, signal, options);
  } finally {
    if (!shared) await agent.close().catch(() => undefined);
  }
}
