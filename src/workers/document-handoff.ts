import type { Language } from '../extract/types.js';
import type { RawDocument } from '../ingest/types.js';
import { storedDocumentOf } from '../store/row-mappers.js';
import type { StoredDocument } from '../store/store.js';

export interface DocumentHandoffOptions {
  /** Documents held at most (oldest dropped first). */
  readonly maxEntries?: number;
  /** Text characters held at most, all documents together. */
  readonly maxChars?: number;
}

/**
 * Documents this process has just inserted, kept for its own extract jobs so they need not
 * read the text back from the store. Bounded and best-effort: a job run by another process,
 * a redelivered job or an evicted entry finds nothing here and loads the document as before.
 */
export class DocumentHandoff {
  readonly #entries = new Map<string, StoredDocument>();
  readonly #maxEntries: number;
  readonly #maxChars: number;
  #chars = 0;

  constructor(options: DocumentHandoffOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 512;
    this.#maxChars = options.maxChars ?? 16 * 2 ** 20;
  }

  /** Holds a document freshly inserted under `id` (status pending, no extraction yet). */
  put(id: string, doc: RawDocument, language?: { language: Language; confidence: number }): void {
    const stored = storedDocumentOf(id, doc, new Date(), language);
    if (stored.text.length > this.#maxChars) return;
    this.#remove(id);
    this.#entries.set(id, stored);
    this.#chars += stored.text.length;
    for (const [oldest] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#chars <= this.#maxChars) break;
      this.#remove(oldest);
    }
  }

  /** The held document, removed so that a second delivery of the same job reads the store. */
  take(id: string): StoredDocument | undefined {
    const stored = this.#entries.get(id);
    if (stored) this.#remove(id);
    return stored;
  }

  get size(): number {
    return this.#entries.size;
  }

  #remove(id: string): void {
    const stored = this.#entries.get(id);
    if (!stored) return;
    this.#entries.delete(id);
    this.#chars -= stored.text.length;
  }
}
