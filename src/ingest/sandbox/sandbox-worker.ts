import { parentPort } from 'node:worker_threads';
import { readDocument } from '../read-document.js';
import { serializeError, type SandboxMessage, type SandboxTask } from './sandbox-protocol.js';

/* Runs inside a worker thread started by SandboxPool: one task at a time, answers by message. */

const port = parentPort;
if (!port) throw new Error('[ingest:sandbox] sandbox-worker.ts must run in a worker thread');

port.on('message', (task: SandboxTask) => {
  readDocument(task.bytes, task.source, task.limits).then(
    (document) => port.postMessage({ type: 'done', id: task.id, document } satisfies SandboxMessage),
    (error: unknown) => port.postMessage({ type: 'failed', id: task.id, error: serializeError(error) } satisfies SandboxMessage),
  );
});
port.postMessage({ type: 'ready' } satisfies SandboxMessage);
