import type { Extraction, EntityType, EventType, EventStatus, Language } from '../extract/types.js';
import type { DocumentFormat, RawDocument } from '../ingest/types.js';

/*
 * The Store contract: domain operations on documents, entities, events and failures.
 * Out of the contract: how rows are laid out, which engine runs them (PGlite or
 * node-postgres: see dialects.ts), and the review app's and crawler's own queries
 * (they have their own small interfaces next to this one).
 */

export const DOCUMENT_STATUSES = ['pending', 'extracted', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const REVIEW_STATUSES = ['pending', 'accepted', 'rejected', 'edited'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface StoredDocument {
  readonly id: string;
  readonly sourceUri: string;
  readonly contentSha256: string;
  readonly format: DocumentFormat;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly language: Language | null;
  readonly languageConfidence: number | null;
  readonly text: string;
  readonly status: DocumentStatus;
  readonly extractorVersion: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface UpsertOptions {
  /**
   * The language detected at ingest, stored with a new document so that saving its first
   * extraction (same language) does not rewrite the column the search vector derives from.
   */
  readonly language?: { readonly language: Language; readonly confidence: number };
}

export interface UpsertResult {
  readonly id: string;
  /** False when a document with the same content hash already existed. */
  readonly created: boolean;
  readonly status: DocumentStatus;
}

export interface FailureInput {
  /** File path or URL (or document id) the failure is about. */
  readonly source: string;
  /** Pipeline stage: ingest, extract, crawl, … */
  readonly stage: string;
  /** Error code (VeilleError.code) such as needs_ocr, too_large, unsafe_path. */
  readonly code: string;
  readonly reason: string;
  readonly attempts: number;
}

export interface StoredFailure extends FailureInput {
  readonly id: string;
  readonly createdAt: Date;
}

export interface ExportedEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface ExportedEvent {
  readonly id: string;
  readonly documentId: string;
  readonly source: string;
  readonly type: EventType;
  readonly status: EventStatus | null;
  readonly kind: string;
  readonly parties: readonly ExportedEntity[];
  readonly signatories: readonly ExportedEntity[];
  readonly date: string | null;
  readonly dateText: string | null;
  readonly place: string | null;
  readonly occasion: string | null;
  readonly confidence: number;
  readonly reviewStatus: ReviewStatus;
}

export interface ExportFilter {
  /** Only events in these review statuses (default: all). */
  readonly reviewStatuses?: readonly ReviewStatus[];
}

export interface StoreStats {
  readonly documents: number;
  readonly entities: number;
  readonly events: number;
  readonly failures: number;
}

export interface Store {
  /** Applies pending migrations in order; returns the names applied now. */
  migrate(): Promise<readonly string[]>;
  /** Inserts a document unless its content hash is known; never duplicates. */
  upsertDocument(doc: RawDocument, options?: UpsertOptions): Promise<UpsertResult>;
  /**
   * Replaces the machine output of one document in one transaction and marks it extracted;
   * events a reviewer accepted, rejected or edited are kept as they are.
   */
  saveExtraction(documentId: string, extraction: Extraction): Promise<void>;
  /** Throws NotFoundError for an unknown id. */
  getDocument(id: string): Promise<StoredDocument>;
  findDocumentBySha(contentSha256: string): Promise<StoredDocument | undefined>;
  /** Ids of documents not yet extracted, oldest first: re-enqueued at start. */
  listUnfinishedDocumentIds(limit?: number): Promise<readonly string[]>;
  /** Marks a document failed (its text is kept). */
  markDocumentFailed(id: string): Promise<void>;
  recordFailure(failure: FailureInput): Promise<void>;
  listFailures(limit?: number): Promise<readonly StoredFailure[]>;
  exportEvents(filter?: ExportFilter): AsyncIterable<ExportedEvent>;
  exportEntities(): AsyncIterable<ExportedEntity>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
