import { sql, type Kysely } from 'kysely';
import { NotFoundError } from '../errors.js';
import type { Extraction } from '../extract/types.js';
import type { RawDocument } from '../ingest/types.js';
import type { Database } from './database.js';
import { exportEntities, exportEvents } from './export-queries.js';
import { migrateDatabase } from './migrate-database.js';
import { documentValues, parseId, storableText, toStoredDocument, toStoredFailure } from './row-mappers.js';
import { saveExtraction } from './save-extraction.js';
import type {
  DocumentStatus,
  ExportedEntity,
  ExportedEvent,
  ExportFilter,
  FailureInput,
  Store,
  StoreStats,
  StoredDocument,
  StoredFailure,
  UpsertOptions,
  UpsertResult,
} from './store.js';

export interface KyselyStoreOptions {
  /** What close() releases (createStore passes the database handle's close); nothing by default. */
  readonly close?: () => Promise<void>;
}

/** The Store on Kysely<Database>: one implementation for PGlite and node-postgres alike. */
export class KyselyStore implements Store {
  readonly #db: Kysely<Database>;
  readonly #close: () => Promise<void>;

  constructor(db: Kysely<Database>, options: KyselyStoreOptions = {}) {
    this.#db = db;
    this.#close = options.close ?? (async () => undefined);
  }

  migrate(): Promise<readonly string[]> {
    return migrateDatabase(this.#db);
  }

  async upsertDocument(doc: RawDocument, options: UpsertOptions = {}): Promise<UpsertResult> {
    const detected = options.language;
    const language = detected ? { language: detected.language, language_confidence: detected.confidence } : {};
    const inserted = await this.#db
      .insertInto('documents')
      .values({ ...documentValues(doc), ...language })
      .onConflict((oc) => oc.column('content_sha256').doNothing())
      .returning(['id', 'status'])
      .executeTakeFirst();
    if (inserted) return { id: inserted.id, created: true, status: inserted.status as DocumentStatus };
    const existing = await this.findDocumentBySha(doc.contentSha256);
    if (!existing) throw new NotFoundError('document with sha256', doc.contentSha256);
    return { id: existing.id, created: false, status: existing.status };
  }

  saveExtraction(documentId: string, extraction: Extraction): Promise<void> {
    return saveExtraction(this.#db, documentId, extraction);
  }

  async getDocument(id: string): Promise<StoredDocument> {
    const key = parseId(id);
    const row = key && (await this.#selectDocuments().where('id', '=', key).executeTakeFirst());
    if (!row) throw new NotFoundError('document', id);
    return toStoredDocument(row);
  }

  async findDocumentBySha(contentSha256: string): Promise<StoredDocument | undefined> {
    const row = await this.#selectDocuments().where('content_sha256', '=', contentSha256).executeTakeFirst();
    return row && toStoredDocument(row);
  }

  async listUnfinishedDocumentIds(limit = 10_000): Promise<readonly string[]> {
    const rows = await this.#db
      .selectFrom('documents')
      .select('id')
      .where('status', '=', 'pending')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((row) => row.id);
  }

  async markDocumentFailed(id: string): Promise<void> {
    const key = parseId(id);
    const result =
      key &&
      (await this.#db
        .updateTable('documents')
        .set({ status: 'failed', updated_at: sql<Date>`now()` })
        .where('id', '=', key)
        .executeTakeFirst());
    if (!result || result.numUpdatedRows === 0n) throw new NotFoundError('document', id);
  }

  async recordFailure(failure: FailureInput): Promise<void> {
    const { source, stage, code, attempts } = failure;
    await this.#db
      .insertInto('failures')
      .values({ source: storableText(source), stage, code, reason: storableText(failure.reason), attempts })
      .execute();
  }

  async listFailures(limit = 100): Promise<readonly StoredFailure[]> {
    const rows = await this.#db
      .selectFrom('failures')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toStoredFailure);
  }

  exportEvents(filter?: ExportFilter): AsyncIterable<ExportedEvent> {
    return exportEvents(this.#db, filter);
  }

  exportEntities(): AsyncIterable<ExportedEntity> {
    return exportEntities(this.#db);
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await sql<Record<keyof StoreStats, string>>`
      select (select count(*) from documents) as documents, (select count(*) from entities) as entities,
             (select count(*) from events) as events, (select count(*) from failures) as failures
    `.execute(this.#db);
    const row = rows[0]!;
    return {
      documents: Number(row.documents),
      entities: Number(row.entities),
      events: Number(row.events),
      failures: Number(row.failures),
    };
  }

  close(): Promise<void> {
    return this.#close();
  }

  // Named columns: other modules' migrations add columns (a search vector) we need not ship.
  #selectDocuments() {
    return this.#db.selectFrom('documents').select(DOCUMENT_COLUMNS);
  }
}

const DOCUMENT_COLUMNS = [
  'id',
  'source_uri',
  'content_sha256',
  'format',
  'title',
  'published_at',
  'byte_length',
  'encoding',
  'language',
  'language_confidence',
  'text',
  'status',
  'extractor_version',
  'created_at',
  'updated_at',
] as const;
