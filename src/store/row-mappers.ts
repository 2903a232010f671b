import type { EntityType, EventStatus, EventType, Language } from '../extract/types.js';
import type { DocumentFormat, RawDocument } from '../ingest/types.js';
import type { DocumentStatus, ExportedEntity, ReviewStatus, StoredDocument, StoredFailure } from './store.js';
import type { DocumentRow, FailureRow } from './database.js';

/* Rows ↔ Store records: the only place that knows both shapes. */

const ID_PATTERN = /^[1-9]\d{0,18}$/;
// Postgres text cannot hold NUL; U+FFFD keeps every char offset where it was.
const NUL = /\u0000/g;

/** The id as the database takes it, or undefined when it cannot name a row ("abc", "-1"). */
export function parseId(id: string): string | undefined {
  return ID_PATTERN.test(id) && BigInt(id) <= 9223372036854775807n ? id : undefined;
}

export function storableText(text: string): string {
  return text.replace(NUL, '\uFFFD');
}

export function documentValues(doc: RawDocument) {
  return {
    source_uri: doc.sourceUri,
    content_sha256: doc.contentSha256,
    format: doc.format,
    title: doc.title === undefined ? null : storableText(doc.title),
    published_at: doc.publishedAt ?? null,
    byte_length: doc.byteLength,
    encoding: doc.encoding ?? null,
    text: storableText(doc.text),
  };
}

/** What a row freshly inserted from `doc` reads back as, without reading it back. */
export function storedDocumentOf(id: string, doc: RawDocument, now: Date, detected?: { language: Language; confidence: number }): StoredDocument {
  const values = documentValues(doc);
  return {
    id,
    sourceUri: values.source_uri,
    contentSha256: values.content_sha256,
    format: doc.format,
    title: values.title,
    publishedAt: values.published_at,
    language: detected?.language ?? null,
    languageConfidence: detected?.confidence ?? null,
    text: values.text,
    status: 'pending',
    extractorVersion: null,
    createdAt: now,
    updatedAt: now,
  };
}

export function toStoredDocument(row: DocumentRow): StoredDocument {
  return {
    id: String(row.id),
    sourceUri: row.source_uri,
    contentSha256: row.content_sha256,
    format: row.format as DocumentFormat,
    title: row.title,
    publishedAt: row.published_at,
    language: row.language as Language | null,
    languageConfidence: row.language_confidence,
    text: row.text,
    status: row.status as DocumentStatus,
    extractorVersion: row.extractor_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toStoredFailure(row: FailureRow): StoredFailure {
  return {
    id: String(row.id),
    source: row.source,
    stage: row.stage,
    code: row.code,
    reason: row.reason,
    attempts: row.attempts,
    createdAt: row.created_at,
  };
}

export function toExportedEntity(row: { id: string; type: string; name: string; aliases: string[] }): ExportedEntity {
  return { id: String(row.id), type: row.type as EntityType, name: row.name, aliases: row.aliases };
}

export interface ExportEventRow {
  id: string;
  document_id: string;
  source_uri: string;
  type: string;
  status: string | null;
  kind: string;
  date_value: string | null;
  date_text: string | null;
  place: string | null;
  occasion: string | null;
  confidence: number;
  review_status: string;
}

export function toExportedEventBase(row: ExportEventRow) {
  return {
    id: String(row.id),
    documentId: String(row.document_id),
    source: row.source_uri,
    type: row.type as EventType,
    status: row.status as EventStatus | null,
    kind: row.kind,
    date: row.date_value,
    dateText: row.date_text,
    place: row.place,
    occasion: row.occasion,
    confidence: row.confidence,
    reviewStatus: row.review_status as ReviewStatus,
  };
}
