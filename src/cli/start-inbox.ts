import type { Config } from '../config.js';
import { errorMessage } from '../errors.js';
import { InboxWatcher } from '../ingest/inbox/inbox-watcher.js';
import type { CliIo } from './context.js';

export interface InboxHandle {
  stop(): Promise<void>;
}

/**
 * Watches the inbox (created if missing); each claimed file goes to `offer`, which queues
 * an ingest job. Files a crashed run left in processing/ are offered again at start.
 */
export async function startInbox(config: Config, offer: (claimedPath: string) => Promise<void>, io: CliIo): Promise<InboxHandle> {
  const watcher = new InboxWatcher({
    inboxDir: config.inboxDir,
    onFile: offer,
    concurrency: Math.max(4, config.concurrency),
    onError: (error) => io.err(`veille: [ingest:inbox] ${errorMessage(error)}`),
  });
  await watcher.start();
  return { stop: () => watcher.close() };
}
