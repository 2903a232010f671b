import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { InboxWatcher } from '../../../src/ingest/inbox/inbox-watcher.js';

/* A separate process watching an inbox: logs "<pid> <name>" for every file it takes, then marks it done. */

const [inboxDir, logFile] = process.argv.slice(2) as [string, string];
const watcher: InboxWatcher = new InboxWatcher({
  inboxDir,
  stabilityMs: 200,
  concurrency: 2,
  onFile: async (claimed) => {
    appendFileSync(logFile, `${process.pid} ${path.basename(claimed)}\n`);
    await watcher.markDone(claimed);
  },
});
await watcher.start();
process.stdout.write('ready\n');
process.on('SIGTERM', () => void watcher.close().then(() => process.exit(0)));
