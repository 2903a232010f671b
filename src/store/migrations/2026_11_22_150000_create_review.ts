import { sql, type Kysely } from 'kysely';

/*
 * Review app schema: the audit log, accent-insensitive French/English full-text search
 * over documents, and the indexes behind the review queue's keyset pagination and filters.
 * Frozen in time: imports nothing from the app.
 *
 * unaccent is not among the extensions PGlite loads by default, and a contrib package may
 * be missing on a Postgres server, so accents are folded by an immutable SQL function of
 * our own (translate + the two ligatures), usable in an expression index on both engines.
 */

const ACCENTED = 'àáâãäåāăąçćčďèéêëēėęěìíîïīįñńňòóôõöøōőùúûüūůűųýÿžźżÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮÑŃŇÒÓÔÕÖØŌŐÙÚÛÜŪŮŰŲÝŸŽŹŻ’';
const PLAIN = "aaaaaaaaacccdeeeeeeeeiiiiiinnnoooooooouuuuuuuuyyzzzAAAAAAAAACCCDEEEEEEEEIIIIIINNNOOOOOOOOUUUUUUUUYYZZZ'";

export async function up(db: Kysely<any>): Promise<void> {
  await createFoldFunction(db);
  await createSearchFunction(db);
  await addSearchColumn(db);
  await createAuditLog(db);
  await createQueueIndexes(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('review_audit_log').ifExists().execute();
  await sql`alter table documents drop column if exists search_vector`.execute(db);
  for (const index of ['review_events_queue_idx', 'review_events_rank_idx', 'review_events_type_idx', 'review_documents_search_idx', 'review_documents_language_idx']) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
  await sql`drop function if exists review_search_query(text)`.execute(db);
  await sql`drop function if exists review_search_vector(text, text, text)`.execute(db);
  await sql`drop function if exists review_fold(text)`.execute(db);
}

async function createFoldFunction(db: Kysely<any>): Promise<void> {
  await sql`
    create function review_fold(value text) returns text
    language sql immutable parallel safe strict
    as $$ select replace(replace(replace(replace(translate(value, ${sql.lit(ACCENTED)}, ${sql.lit(PLAIN)}), 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE') $$`.execute(db);
}

// English documents are stemmed as English, everything else as French (the corpus is mostly French).
async function createSearchFunction(db: Kysely<any>): Promise<void> {
  await sql`
    create function review_search_vector(language text, title text, body text) returns tsvector
    language sql immutable parallel safe
    as $$ select case when language = 'en'
      then to_tsvector('english'::regconfig, public.review_fold(coalesce(title, '') || ' ' || body))
      else to_tsvector('french'::regconfig, public.review_fold(coalesce(title, '') || ' ' || body)) end $$`.execute(db);
  await sql`
    create function review_search_query(query text) returns tsquery
    language sql immutable parallel safe strict
    as $$ select websearch_to_tsquery('french'::regconfig, public.review_fold(query))
      || websearch_to_tsquery('english'::regconfig, public.review_fold(query)) $$`.execute(db);
}

// Stored, so that a queue walk checking a few rows against a query reads the vector instead of re-parsing the text.
async function addSearchColumn(db: Kysely<any>): Promise<void> {
  await sql`alter table documents add column search_vector tsvector
    generated always as (public.review_search_vector(language, title, text)) stored`.execute(db);
  await sql`create index review_documents_search_idx on documents using gin (search_vector)`.execute(db);
}

async function createAuditLog(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review_audit_log')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('subject_type', 'text', (col) => col.notNull().check(sql`subject_type in ('event', 'entity')`))
    .addColumn('subject_id', 'bigint', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .execute();
  await db.schema.createIndex('review_audit_log_subject_idx').on('review_audit_log').columns(['subject_type', 'subject_id', 'id']).execute();
}

// The queue orders events by document (newest first), then event id, both descending so that
// a row comparison continues a page; the rank index serves the "all statuses, pending first" view.
async function createQueueIndexes(db: Kysely<any>): Promise<void> {
  await sql`create index review_events_queue_idx on events (review_status, document_id desc, id desc)`.execute(db);
  await sql`create index review_events_rank_idx on events ((review_status = 'pending') desc, document_id desc, id desc)`.execute(db);
  await sql`create index review_events_type_idx on events (type, review_status, document_id desc, id desc)`.execute(db);
  await sql`create index review_documents_language_idx on documents (language, id)`.execute(db);
}
