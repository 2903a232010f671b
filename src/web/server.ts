import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { ConfigError, errorMessage } from '../errors.js';
import type { Database } from '../store/database.js';
import { KyselyStore } from '../store/kysely-store.js';
import { KyselyReviewStore } from '../store/review-kysely-store.js';
import { createApp } from './app.js';
import { isLoopbackHost } from './security/loopback.js';

/* Serves the review app on config.webHost:config.webPort; refuses a non-loopback address without a token. */

export interface WebServer {
  /** Where it listens, e.g. http://127.0.0.1:8080. */
  readonly url: string;
  close(): Promise<void>;
}

export interface WebServerDeps {
  readonly config: Pick<Config, 'webHost' | 'webPort' | 'webToken'>;
  readonly db: Kysely<Database>;
}

/** Throws ConfigError when the address is reachable from other machines and no token protects it. */
export function assertSafeBind(config: Pick<Config, 'webHost' | 'webPort' | 'webToken'>): void {
  if (isLoopbackHost(config.webHost) || config.webToken !== undefined) return;
  throw new ConfigError(
    `[web] refusing to listen on ${config.webHost}:${config.webPort} without a token: other machines could read and change records. ` +
      'Set VEILLE_WEB_TOKEN (and put it behind https), or bind to 127.0.0.1 with VEILLE_WEB_HOST.',
  );
}

export async function startWebServer(deps: WebServerDeps): Promise<WebServer> {
  const { config } = deps;
  assertSafeBind(config);
  const app = createApp({ store: new KyselyReviewStore(deps.db), records: new KyselyStore(deps.db), ...(config.webToken ? { token: config.webToken } : {}) });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: config.webHost, port: config.webPort }, () => resolve(started));
    started.once('error', (error) => reject(new ConfigError(`[web] cannot listen on ${config.webHost}:${config.webPort}: ${errorMessage(error)}`, { cause: error })));
  });
  const { port } = server.address() as AddressInfo;
  const host = config.webHost.includes(':') ? `[${config.webHost}]` : config.webHost;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    close: () => (closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ('closeAllConnections' in server) server.closeAllConnections();
    })),
  };
}
