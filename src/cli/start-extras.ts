import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../store/database.js';
import type { Store } from '../store/store.js';
import type { JobRunner } from '../workers/job-runner.js';
import { startCrawlScheduler } from '../ingest/crawl/start-crawl-scheduler.js';
import { startWebServer } from '../web/server.js';
import type { CliIo } from './context.js';

export interface ExtrasDeps {
  readonly config: Config;
  readonly db: Kysely<Database>;
  readonly store: Store;
  readonly runner: JobRunner;
  readonly io: CliIo;
}

export interface Extras {
  stop(): Promise<void>;
}

/** The review web app and the crawl scheduler that `veille start` runs beside the workers. */
export async function startExtras(deps: ExtrasDeps): Promise<Extras> {
  const stops: Array<() => Promise<void>> = [];
  const web = await startWebServer({ config: deps.config, db: deps.db });
  stops.push(() => web.close());
  deps.io.err(`veille: review app on ${web.url}`);
  const scheduler = startCrawlScheduler({ config: deps.config, db: deps.db, runner: deps.runner, warn: (line) => deps.io.err(line) });
  stops.push(() => scheduler.stop());
  return {
    async stop() {
      for (const stop of stops.reverse()) await stop();
    },
  };
}
