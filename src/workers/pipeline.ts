import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config.js';
import { PermanentError, VeilleError } from '../errors.js';
import { extract } from '../extract/extract.js';
import { detectLanguage } from '../extract/language.js';
import type { Extraction, Language } from '../extract/types.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import { safeFetch } from '../ingest/fetch/safe-fetch.js';
import { inboxOfClaimed, readClaimedFile } from '../ingest/inbox/inbox-files.js';
import { readDocumentSandboxed } from '../ingest/sandbox/read-document-sandboxed.js';
import type { RawDocument } from '../ingest/types.js';
import type { Store, StoredDocument, UpsertResult } from '../store/store.js';
import type { DocumentHandoff } from './document-handoff.js';
import type { JobRunner } from './job-runner.js';
import type { ExtractJob } from './queues.js';

/*
 * The pipeline's stages as functions of their input: source → RawDocument → stored
 * document → Extraction. Handlers (./handlers) wire them to queues; the CLI's
 * `extract` and the bench call them directly.
 */

export interface PipelineDeps {
  readonly config: Config;
  readonly store: Store;
  /** Producer side: where accepted documents are queued for extraction. */
  readonly runner: Pick<JobRunner, 'enqueue'>;
  /** Where this process keeps documents it inserted for its own extract jobs (optional). */
  readonly handoff?: DocumentHandoff;
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Where a source was dropped: a claimed inbox file is named by its inbox path, anything else as given. */
export function sourceLabel(source: string): string {
  const inboxDir = isUrl(source) ? undefined : inboxOfClaimed(source);
  return inboxDir === undefined ? source : path.join(inboxDir, path.basename(source));
}

/** Bytes and reader hints of a file path or an http(s) URL, within config.maxInputBytes. */
export async function readSource(
  config: Config,
  source: string,
  signal?: AbortSignal,
): Promise<{ bytes: Uint8Array; sourceUri: string; fileName?: string; contentType?: string }> {
  if (isUrl(source)) return fetchSource(config, source, signal);
  const inboxDir = inboxOfClaimed(source);
  if (inboxDir === undefined) return readLocalFile(config, source);
  // A claimed inbox file: read without following links; its identity is where it was dropped.
  const bytes = await readClaimedFile(source, config.maxInputBytes);
  const fileName = path.basename(source);
  return { bytes, sourceUri: pathToFileURL(path.join(inboxDir, fileName)).href, fileName };
}

async function readLocalFile(config: Config, source: string) {
  const info = await stat(source).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new PermanentError('vanished', `[ingest] ${source}: file vanished before it was read`, { cause: error });
    throw error;
  });
  if (!info.isFile()) throw new PermanentError('unsupported', `[ingest] ${source}: not a regular file`);
  if (info.size > config.maxInputBytes) {
    throw new PermanentError('too_large', `[ingest] ${source}: ${info.size} bytes is over the ${config.maxInputBytes}-byte limit`);
  }
  const bytes = new Uint8Array(await readFile(source));
  return { bytes, sourceUri: pathToFileURL(path.resolve(source)).href, fileName: path.basename(source) };
}

async function fetchSource(config: Config, url: string, signal?: AbortSignal) {
  const response = await safeFetch(url, {
    userAgent: config.userAgent,
    allowPrivateNetworks: config.allowPrivateNetworks,
    maxBytes: config.maxInputBytes,
    timeoutMs: config.parseTimeoutMs * 2,
    signal,
  });
  // 408 and 429 say "later", not "never".
  if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
    throw new PermanentError('http_status', `[ingest:fetch] ${url}: HTTP ${response.status}`);
  }
  if (response.status >= 300) throw new VeilleError('http_status', `[ingest:fetch] ${url}: HTTP ${response.status}`);
  const fileName = new URL(response.url).pathname.split('/').pop() || undefined;
  return { bytes: response.body, sourceUri: response.url, fileName, contentType: response.headers.get('content-type') ?? undefined };
}

/** Source → RawDocument, parsing in a sandbox with the configured time and memory limits. */
export async function readDocumentFromSource(config: Config, source: string, signal?: AbortSignal): Promise<RawDocument> {
  const { bytes, ...hints } = await readSource(config, source, signal);
  return readDocumentSandboxed(bytes, hints, {
    timeoutMs: config.parseTimeoutMs,
    memoryMb: config.parseMemoryMb,
    maxInputBytes: config.maxInputBytes,
  });
}

/** Stores a document (once per content hash) and queues its extraction unless already done. */
export async function acceptDocument(deps: PipelineDeps, doc: RawDocument): Promise<UpsertResult> {
  const language = detectDocumentLanguage(doc);
  const result = await deps.store.upsertDocument(doc, { language });
  if (result.status !== 'pending') return result;
  if (result.created) deps.handoff?.put(result.id, doc, language);
  await queueExtraction(deps, result.id);
  return result;
}

/** The language stored with a new document; its first extraction reuses it (see extractStoredDocument). */
export function detectDocumentLanguage(doc: RawDocument): { language: Language; confidence: number } {
  const { language, confidence } = detectLanguage(doc.text);
  return { language, confidence };
}

export function queueExtraction(deps: PipelineDeps, documentId: string): Promise<void> {
  return deps.runner.enqueue<ExtractJob>('extract', { documentId }, { jobId: documentId });
}

export interface ExtractedDocument {
  readonly document: StoredDocument;
  readonly extraction: Extraction;
  /** False when the document was already extracted (a redelivered job). */
  readonly saved: boolean;
}

/**
 * Loads a stored document, extracts it and saves the result in one store transaction.
 * `inserted` is the document as this process just inserted it, when it has it: the text
 * is then not read back (a redelivered job has none, so it still finds a finished document).
 */
export async function extractStoredDocument(store: Store, documentId: string, inserted?: StoredDocument): Promise<ExtractedDocument> {
  const document = inserted ?? (await store.getDocument(documentId));
  const extraction = extractDocument(document);
  // BullMQ is at-least-once: a redelivered job finds the document done and writes nothing.
  if (document.status === 'extracted' && document.extractorVersion === EXTRACTOR_VERSION) {
    return { document, extraction, saved: false };
  }
  await store.saveExtraction(documentId, extraction);
  return { document, extraction, saved: true };
}

/**
 * A document never extracted carries the language detected at ingest by the same detector:
 * the extractor takes it instead of detecting it again. Re-extractions detect afresh.
 */
function extractDocument(document: StoredDocument): Extraction {
  const publishedAt = document.publishedAt ?? undefined;
  const { language, languageConfidence } = document;
  if (document.extractorVersion !== null || language === null || languageConfidence === null) return extract(document.text, { publishedAt });
  return { ...extract(document.text, { publishedAt, language }), languageConfidence };
}

/** Re-queues documents left unfinished (a crash, a flushed Redis): Postgres is the record. */
export async function requeueUnfinished(deps: PipelineDeps): Promise<number> {
  const ids = await deps.store.listUnfinishedDocumentIds();
  await Promise.all(ids.map((id) => queueExtraction(deps, id)));
  return ids.length;
}
