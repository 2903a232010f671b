import { errorCode, errorMessage } from '../../errors.js';
import type { Store } from '../../store/store.js';
import type { FailureListener, JobFailure } from '../job-runner.js';
import { failureLine } from '../failure-line.js';
import { isUrl, sourceLabel } from '../pipeline.js';
import type { ExtractJob, IngestJob } from '../queues.js';
import type { InboxFiles } from './inbox-files.js';

export interface FailureRecorderDeps {
  readonly store: Store;
  readonly inbox?: InboxFiles;
  readonly onRecorded?: (line: string) => void;
}

/** After a job's last attempt: a failures row, the inbox file to failed/, the document marked failed. */
export function createFailureRecorder(deps: FailureRecorderDeps): FailureListener {
  return async (failure) => {
    const reason = errorMessage(failure.error);
    const source = await failureSource(deps.store, failure);
    const label = sourceLabel(source);
    await deps.store.recordFailure({ source: label, stage: failure.queue, code: errorCode(failure.error), reason, attempts: failure.attempts });
    if (failure.queue === 'ingest' && deps.inbox && !isUrl(source)) await deps.inbox.markFailed(source, failure.error);
    if (failure.queue === 'extract') await deps.store.markDocumentFailed((failure.data as ExtractJob).documentId);
    deps.onRecorded?.(failureLine(failure.queue, label, failure.error));
  };
}

async function failureSource(store: Store, failure: JobFailure): Promise<string> {
  if (failure.queue === 'ingest') return (failure.data as IngestJob).source;
  const { documentId } = failure.data as ExtractJob;
  const doc = await store.getDocument(documentId).catch(() => undefined);
  return doc?.sourceUri ?? documentId;
}
