import { sql, type Kysely } from 'kysely';

/*
 * Core schema: documents, entities (+ the keys they answer to), mentions, events and
 * their roles, failures. Frozen in time: imports nothing from the app.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await createDocuments(db);
  await createEntities(db);
  await createMentions(db);
  await createEvents(db);
  await createFailures(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['failures', 'event_roles', 'events', 'mentions', 'entity_aliases', 'entities', 'documents']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

async function createDocuments(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('source_uri', 'text', (col) => col.notNull())
    .addColumn('content_sha256', 'text', (col) => col.notNull().unique())
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('title', 'text')
    .addColumn('published_at', 'text')
    .addColumn('byte_length', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('encoding', 'text')
    .addColumn('language', 'text')
    .addColumn('language_confidence', 'double precision')
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().defaultTo('pending').check(sql`status in ('pending', 'extracted', 'failed')`),
    )
    .addColumn('extractor_version', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('documents_status_id_idx').on('documents').columns(['status', 'id']).execute();
}

async function createEntities(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('entities')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('aliases', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('value', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('country', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('entities_type_key_unique', ['type', 'key'])
    .execute();
  await db.schema
    .createTable('entity_aliases')
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'bigint', (col) => col.notNull().references('entities.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('entity_aliases_pkey', ['type', 'key'])
    .execute();
  await db.schema.createIndex('entity_aliases_entity_id_idx').on('entity_aliases').column('entity_id').execute();
}

async function createMentions(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mentions')
    .addColumn('document_id', 'bigint', (col) => col.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('entity_id', 'bigint', (col) => col.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('start_offset', 'integer', (col) => col.notNull())
    .addColumn('end_offset', 'integer', (col) => col.notNull())
    .addCheckConstraint('mentions_span_check', sql`start_offset >= 0 and end_offset >= start_offset`)
    .execute();
  await db.schema.createIndex('mentions_document_id_idx').on('mentions').column('document_id').execute();
  await db.schema.createIndex('mentions_entity_id_idx').on('mentions').column('entity_id').execute();
}

async function createEvents(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('document_id', 'bigint', (col) => col.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('type', 'text', (col) => col.notNull().check(sql`type in ('agreement', 'mission')`))
    .addColumn('status', 'text', (col) => col.check(sql`status in ('signed', 'planned')`))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('date_value', 'text')
    .addColumn('date_text', 'text')
    .addColumn('place', 'text')
    .addColumn('occasion', 'text')
    .addColumn('confidence', 'double precision', (col) => col.notNull())
    .addColumn('evidence', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('review_status', 'text', (col) =>
      col.notNull().defaultTo('pending').check(sql`review_status in ('pending', 'accepted', 'rejected', 'edited')`),
    )
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('events_document_id_idx').on('events').column('document_id').execute();
  await db.schema
    .createIndex('events_review_status_created_at_idx')
    .on('events')
    .columns(['review_status', 'created_at'])
    .execute();
  await db.schema
    .createTable('event_roles')
    .addColumn('event_id', 'bigint', (col) => col.notNull().references('events.id').onDelete('cascade'))
    .addColumn('entity_id', 'bigint', (col) => col.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('party', 'signatory')`))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('event_roles_pkey', ['event_id', 'role', 'position'])
    .execute();
  await db.schema.createIndex('event_roles_entity_id_idx').on('event_roles').column('entity_id').execute();
}

async function createFailures(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('failures')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('failures_created_at_idx').on('failures').column('created_at').execute();
}
