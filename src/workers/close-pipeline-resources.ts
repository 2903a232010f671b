import { closeSafeFetchAgents } from '../ingest/fetch/safe-fetch.js';
import { closeSandboxes } from '../ingest/sandbox/read-document-sandboxed.js';

/** Ends the process-wide resources the stages share: parser worker threads and HTTP connections. */
export async function closePipelineResources(): Promise<void> {
  await Promise.allSettled([closeSandboxes(), closeSafeFetchAgents()]);
}
