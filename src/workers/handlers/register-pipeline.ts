import type { Config } from '../../config.js';
import type { Store } from '../../store/store.js';
import { DocumentHandoff } from '../document-handoff.js';
import type { JobRunner, RetryPolicy } from '../job-runner.js';
import type { ExtractJob, IngestJob } from '../queues.js';
import { createExtractHandler, type ExtractedReport } from './extract-handler.js';
import type { InboxFiles } from './inbox-files.js';
import { createIngestHandler } from './ingest-handler.js';
import { createFailureRecorder } from './record-failure.js';

export interface PipelineWiring {
  readonly config: Config;
  readonly store: Store;
  readonly inbox?: InboxFiles;
  readonly onExtracted?: (report: ExtractedReport) => void;
  readonly onFailureRecorded?: (line: string) => void;
}

// Parsing and Postgres hiccups are worth three tries; bad input is a PermanentError anyway.
const RETRY: RetryPolicy = { attempts: 3, backoffMs: 1_000 };

/** Registers the ingest and extract handlers and the failure recorder on a runner. */
export function registerPipeline(runner: JobRunner, wiring: PipelineWiring): void {
  // The ingest handler hands the documents it inserts to this process's extract handler.
  const deps = { config: wiring.config, store: wiring.store, runner, inbox: wiring.inbox, handoff: new DocumentHandoff() };
  const concurrency = wiring.config.concurrency;
  runner.register<IngestJob>('ingest', createIngestHandler(deps), { concurrency, retry: RETRY });
  runner.register<ExtractJob>('extract', createExtractHandler({ ...deps, onExtracted: wiring.onExtracted }), { concurrency, retry: RETRY });
  runner.onFailed(createFailureRecorder({ store: wiring.store, inbox: wiring.inbox, onRecorded: wiring.onFailureRecorded }));
}
