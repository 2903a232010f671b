import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { errorCode, errorMessage } from '../errors.js';
import { storedDocumentOf } from '../store/row-mappers.js';
import type { Store } from '../store/store.js';
import { detectDocumentLanguage, extractStoredDocument, isUrl, readDocumentFromSource } from './pipeline.js';

export type IngestItemResult =
  | { readonly source: string; readonly ok: true; readonly documentId: string; readonly created: boolean; readonly entities?: number; readonly events?: number }
  | { readonly source: string; readonly ok: false; readonly stage: string; readonly code: string; readonly reason: string };

/** Files as given, folders walked recursively (dot-files skipped), URLs as given; sorted per folder. */
export async function expandSources(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (isUrl(arg)) out.push(arg);
    else out.push(...(await walk(arg)));
  }
  return out;
}

async function walk(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => undefined);
  if (!info?.isDirectory()) return [target];
  const entries = (await readdir(target)).filter((name) => !name.startsWith('.')).sort();
  const nested = await Promise.all(entries.map((name) => walk(path.join(target, name))));
  return nested.flat();
}

/**
 * Reads, stores and extracts each source in this process, `concurrency` at a time.
 * Never throws halfway: each item gets a result, and failures are also recorded in the store.
 */
export async function ingestSources(
  config: Config,
  store: Store,
  sources: readonly string[],
  onResult: (result: IngestItemResult) => void = () => {},
): Promise<IngestItemResult[]> {
  const results: IngestItemResult[] = new Array(sources.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < sources.length; i = next++) {
      results[i] = await ingestOne(config, store, sources[i]!);
      onResult(results[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, config.concurrency) }, lane));
  return results;
}

async function ingestOne(config: Config, store: Store, source: string): Promise<IngestItemResult> {
  let stage = 'ingest';
  let documentId: string | undefined;
  try {
    const doc = await readDocumentFromSource(config, source);
    const language = detectDocumentLanguage(doc);
    const upserted = await store.upsertDocument(doc, { language });
    documentId = upserted.id;
    if (upserted.status !== 'pending') return { source, ok: true, documentId, created: upserted.created };
    stage = 'extract';
    const inserted = upserted.created ? storedDocumentOf(upserted.id, doc, new Date(), language) : undefined;
    const { extraction } = await extractStoredDocument(store, upserted.id, inserted);
    return { source, ok: true, documentId, created: upserted.created, entities: extraction.entities.length, events: extraction.events.length };
  } catch (error) {
    const failure = { source, stage, code: errorCode(error), reason: errorMessage(error), attempts: 1 };
    await store.recordFailure(failure).catch(() => {});
    if (documentId && stage === 'extract') await store.markDocumentFailed(documentId).catch(() => {});
    return { ...failure, ok: false };
  }
}
