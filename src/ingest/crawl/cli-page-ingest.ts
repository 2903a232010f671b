import type { Config } from '../../config.js';
import { errorCode, errorMessage } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { extractStoredDocument } from '../../workers/pipeline.js';
import { readDocumentSandboxed } from '../sandbox/read-document-sandboxed.js';
import type { PageIngest } from './crawl-deps.js';

/**
 * Page hand-off for a one-off `veille crawl run` with no workers around: read in the
 * sandbox, store once per content hash, extract right away. An extraction failure is
 * recorded on the document (as `veille ingest` does) and does not fail the page.
 */
export function cliPageIngest(config: Config, store: Store): PageIngest {
  const limits = { timeoutMs: config.parseTimeoutMs, memoryMb: config.parseMemoryMb, maxBytes: config.maxInputBytes };
  return async (bytes, source) => {
    const upserted = await store.upsertDocument(await readDocumentSandboxed(bytes, source, limits));
    if (upserted.status !== 'pending') return upserted;
    try {
      await extractStoredDocument(store, upserted.id);
    } catch (error) {
      await store.recordFailure({ source: source.sourceUri, stage: 'extract', code: errorCode(error), reason: errorMessage(error), attempts: 1 });
      await store.markDocumentFailed(upserted.id);
    }
    return upserted;
  };
}
