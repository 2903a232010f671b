import type { Kysely } from 'kysely';

/*
 * events.machine_key: a fingerprint of the machine output an event came from (type, kind,
 * status, date, parties, signatories, evidence). Reviewers' edits leave it as it was, so a
 * re-extraction can tell an event a reviewer already judged from a new one.
 * Frozen in time: imports nothing from the app.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('machine_key', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').dropColumn('machine_key').execute();
}
