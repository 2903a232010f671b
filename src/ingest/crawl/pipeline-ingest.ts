import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.js';
import { acceptDocument, type PipelineDeps } from '../../workers/pipeline.js';
import { readDocumentSandboxed } from '../sandbox/read-document-sandboxed.js';
import type { PageIngest } from './crawl-deps.js';
import type { CrawlJobDeps } from './crawl-jobs.js';

/**
 * The crawler's hand-off to the ingest stage: read the page in the parsing sandbox (crawled
 * bytes are untrusted), then store it once per content hash and queue its extraction.
 */
export function pipelineIngest(pipeline: PipelineDeps): PageIngest {
  const { config } = pipeline;
  const limits = { timeoutMs: config.parseTimeoutMs, memoryMb: config.parseMemoryMb, maxBytes: config.maxInputBytes };
  return async (bytes, source) => {
    const document = await readDocumentSandboxed(bytes, source, limits);
    const result = await acceptDocument(pipeline, document);
    return { id: result.id, created: result.created };
  };
}

/** The crawl job's dependencies in a pipeline process (`veille worker` / `veille start`). */
export function crawlDepsForPipeline(pipeline: PipelineDeps & { readonly db: Kysely<Database> }, spread = 1): CrawlJobDeps {
  return { db: pipeline.db, config: pipeline.config, ingest: pipelineIngest(pipeline), spread };
}
