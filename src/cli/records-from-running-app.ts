import type { Config } from '../config.js';
import { VeilleError, errorMessage } from '../errors.js';
import type { RecordsRequest } from '../export/records-format.js';

/*
 * With the embedded PGlite, the running `veille start` owns the database; `veille records`
 * then asks that process's review app for the same lines instead of failing.
 */

function appUrl(config: Pick<Config, 'webHost' | 'webPort'>, request: RecordsRequest): URL {
  const host = config.webHost === '0.0.0.0' || config.webHost === '::' ? '127.0.0.1' : config.webHost;
  const url = new URL(`http://${host.includes(':') ? `[${host}]` : host}:${config.webPort}/api/records`);
  url.searchParams.set('format', request.format);
  if (request.status) url.searchParams.set('status', request.status.join(','));
  if (request.entities) url.searchParams.set('entities', '1');
  return url;
}

/** Yields the export lines served by the running app; throws a VeilleError naming the URL if it can't. */
export async function* recordsFromRunningApp(
  config: Pick<Config, 'webHost' | 'webPort' | 'webToken'>,
  request: RecordsRequest,
): AsyncGenerator<string> {
  const url = appUrl(config, request);
  const headers: Record<string, string> = config.webToken ? { authorization: `Bearer ${config.webToken}` } : {};
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new VeilleError('unreachable', `[records] the running process's review app did not answer at ${url.origin}: ${errorMessage(error)}`, { cause: error });
  }
  if (!response.ok || !response.body) {
    throw new VeilleError('unreachable', `[records] ${url.origin}/api/records answered ${response.status}`);
  }
  let pending = '';
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    pending += decoder.decode(chunk as Uint8Array, { stream: true });
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    yield* lines;
  }
  pending += decoder.decode();
  if (pending !== '') yield pending;
}
