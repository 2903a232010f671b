import { setTimeout as sleep } from 'node:timers/promises';
import type { Language } from '../../extract/types.js';
import type { JobHandler } from '../job-runner.js';
import { extractStoredDocument, type PipelineDeps } from '../pipeline.js';
import type { ExtractJob } from '../queues.js';

export interface ExtractedReport {
  readonly documentId: string;
  readonly source: string;
  readonly language: Language;
  readonly entities: number;
  readonly events: number;
  /** Time spent in this job. */
  readonly ms: number;
  /** Time since the document row was created. */
  readonly sinceStoredMs: number;
}

export interface ExtractHandlerDeps extends Pick<PipelineDeps, 'store' | 'config' | 'handoff'> {
  readonly onExtracted?: (report: ExtractedReport) => void;
}

/** `extract` job: stored document → Extraction → store, reported once per document saved. */
export function createExtractHandler(deps: ExtractHandlerDeps): JobHandler<ExtractJob> {
  return async ({ data, signal }) => {
    const started = performance.now();
    // Test-only (VEILLE_TEST_EXTRACT_DELAY_MS): lets a process test kill a worker mid-job.
    if (deps.config.testExtractDelayMs > 0) await sleep(deps.config.testExtractDelayMs, undefined, { signal });
    const { document, extraction, saved } = await extractStoredDocument(deps.store, data.documentId, deps.handoff?.take(data.documentId));
    if (!saved) return;
    deps.onExtracted?.({
      documentId: document.id,
      source: document.sourceUri,
      language: extraction.language,
      entities: extraction.entities.length,
      events: extraction.events.length,
      ms: Math.round(performance.now() - started),
      sinceStoredMs: Date.now() - document.createdAt.getTime(),
    });
  };
}
