import { sql, type Kysely } from 'kysely';

/*
 * The review queue's source filter takes a URL or path prefix ("https://www.quebec.ca/"):
 * a text_pattern_ops index makes `source_uri like 'prefix%'` a range scan on any collation.
 * Frozen in time: imports nothing from the app.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index review_documents_source_idx on documents (source_uri text_pattern_ops)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('review_documents_source_idx').ifExists().execute();
}
