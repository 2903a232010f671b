import { parentPort } from 'node:worker_threads';
import { readDocument } from '../read-document.js';
import { serializeError, type SandboxMessage, type SandboxTask } from './sandbox-protocol.js';

/*
 * Runs inside a worker thread started by SandboxPool: reads the documents it is sent one
 * after the other, saying when each starts (the parent's timeout counts from there).
 */

const port = parentPort;
if (!port) throw new Error('[ingest:sandbox] sandbox-worker.ts must run in a worker thread');

const queue: SandboxTask[] = [];
let draining = false;

port.on('message', (task: SandboxTask) => {
  queue.push(task);
  if (!draining) void drain();
});
port.postMessage({ type: 'ready' } satisfies SandboxMessage);

async function drain(): Promise<void> {
  draining = true;
  for (let task = queue.shift(); task; task = queue.shift()) await readOne(task);
  draining = false;
}

async function readOne(task: SandboxTask): Promise<void> {
  const send = (message: SandboxMessage) => port?.postMessage(message);
  send({ type: 'started', id: task.id });
  try {
    send({ type: 'done', id: task.id, document: await readDocument(task.bytes, task.source, task.limits) });
  } catch (error) {
    send({ type: 'failed', id: task.id, error: serializeError(error) });
  }
}
