import type { UpsertResult } from '../../store/store.js';
import type { JobHandler } from '../job-runner.js';
import { acceptDocument, isUrl, readDocumentFromSource, type PipelineDeps } from '../pipeline.js';
import type { IngestJob } from '../queues.js';
import type { InboxFiles } from './inbox-files.js';

export interface IngestHandlerDeps extends PipelineDeps {
  readonly inbox?: InboxFiles;
}

/** `ingest` job: read and parse the source, store the document, queue its extraction, settle the file. */
export function createIngestHandler(deps: IngestHandlerDeps): JobHandler<IngestJob, UpsertResult> {
  return async ({ data, signal }) => {
    const doc = await readDocumentFromSource(deps.config, data.source, signal);
    const result = await acceptDocument(deps, doc);
    if (deps.inbox && !isUrl(data.source)) await deps.inbox.markDone(data.source);
    return result;
  };
}
