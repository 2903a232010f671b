import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/*
 * Kysely table types of the core schema (migrations/2026_11_22_120000_create_core_tables.ts).
 * Ids are bigint identities read back as decimal strings on both engines (dialects.ts
 * sets the int8 parser); timestamps are timestamptz read as Date.
 * Modules with their own tables declare them in their own file and use
 * `Kysely<Database & TheirTables>`.
 */

type Id = ColumnType<string, string | undefined, never>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: written as a JSON string, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export interface DocumentsTable {
  id: Id;
  source_uri: string;
  content_sha256: string;
  format: string;
  title: string | null;
  published_at: string | null;
  byte_length: number;
  encoding: string | null;
  language: string | null;
  language_confidence: number | null;
  text: string;
  status: Generated<string>;
  extractor_version: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EntitiesTable {
  id: Id;
  type: string;
  name: string;
  /** normalizeKey(name), or of the ISO value for DATE entities; unique per type. */
  key: string;
  aliases: Generated<string[]>;
  /** DATE only: ISO 8601 value. */
  value: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** Every key an entity answers to (its own key included): (type, key) is unique. */
export interface EntityAliasesTable {
  type: string;
  key: string;
  entity_id: string;
}

export interface MentionsTable {
  document_id: string;
  entity_id: string;
  start_offset: number;
  end_offset: number;
}

export interface EvidenceSpan {
  readonly start: number;
  readonly end: number;
}

export interface EventsTable {
  id: Id;
  document_id: string;
  type: string;
  status: string | null;
  kind: string;
  date_value: string | null;
  date_text: string | null;
  place: string | null;
  occasion: string | null;
  confidence: number;
  evidence: Json<EvidenceSpan[]>;
  /** Fingerprint of the machine output the event came from; reviewers' edits leave it (migration 2026_11_22_160000). */
  machine_key: string | null;
  review_status: Generated<string>;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EventRolesTable {
  event_id: string;
  entity_id: string;
  /** party | signatory */
  role: string;
  /** Order of the name in the event's list, from 0. */
  position: number;
}

export interface FailuresTable {
  id: Id;
  source: string;
  stage: string;
  code: string;
  reason: string;
  attempts: number;
  created_at: CreatedAt;
}

export interface Database {
  documents: DocumentsTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  mentions: MentionsTable;
  events: EventsTable;
  event_roles: EventRolesTable;
  failures: FailuresTable;
}

export type DocumentRow = Selectable<DocumentsTable>;
export type EntityRow = Selectable<EntitiesTable>;
export type NewEntity = Insertable<EntitiesTable>;
export type EventRow = Selectable<EventsTable>;
export type FailureRow = Selectable<FailuresTable>;
