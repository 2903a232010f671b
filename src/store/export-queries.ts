import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { ExportedEntity, ExportedEvent, ExportFilter } from './store.js';
import { toExportedEntity, toExportedEventBase, type ExportEventRow } from './row-mappers.js';

/*
 * Exports in pages with keyset pagination (where id > last id order by id), so a long
 * export holds no cursor open (PGlite's single session forbids one) and never skips or
 * repeats a row that was there when it started.
 */

const PAGE_SIZE = 500;

export async function* exportEvents(db: Kysely<Database>, filter: ExportFilter = {}): AsyncIterable<ExportedEvent> {
  let after = '0';
  for (;;) {
    const rows = await eventPage(db, after, filter);
    if (rows.length === 0) return;
    const roles = await rolesOf(db, rows.map((row) => row.id));
    for (const row of rows) {
      const of = (role: string) => (roles.get(`${row.id}:${role}`) ?? []).map(toExportedEntity);
      yield { ...toExportedEventBase(row), parties: of('party'), signatories: of('signatory') };
    }
    after = rows[rows.length - 1]!.id;
  }
}

async function eventPage(db: Kysely<Database>, after: string, filter: ExportFilter): Promise<ExportEventRow[]> {
  let query = db
    .selectFrom('events as ev')
    .innerJoin('documents as d', 'd.id', 'ev.document_id')
    .select([
      'ev.id',
      'ev.document_id',
      'd.source_uri',
      'ev.type',
      'ev.status',
      'ev.kind',
      'ev.date_value',
      'ev.date_text',
      'ev.place',
      'ev.occasion',
      'ev.confidence',
      'ev.review_status',
    ])
    .where('ev.id', '>', after)
    .orderBy('ev.id')
    .limit(PAGE_SIZE);
  if (filter.reviewStatuses !== undefined) {
    if (filter.reviewStatuses.length === 0) return [];
    query = query.where('ev.review_status', 'in', [...filter.reviewStatuses]);
  }
  return query.execute();
}

/** Entities of each event's roles, keyed `eventId:role`, in position order. */
async function rolesOf(db: Kysely<Database>, eventIds: readonly string[]) {
  const rows = await db
    .selectFrom('event_roles as r')
    .innerJoin('entities as e', 'e.id', 'r.entity_id')
    .select(['r.event_id', 'r.role', 'e.id', 'e.type', 'e.name', 'e.aliases'])
    .where('r.event_id', 'in', [...eventIds])
    .orderBy('r.event_id')
    .orderBy('r.role')
    .orderBy('r.position')
    .execute();
  const byRole = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = `${row.event_id}:${row.role}`;
    byRole.set(key, [...(byRole.get(key) ?? []), row]);
  }
  return byRole;
}

export async function* exportEntities(db: Kysely<Database>): AsyncIterable<ExportedEntity> {
  let after = '0';
  for (;;) {
    const rows = await db
      .selectFrom('entities')
      .select(['id', 'type', 'name', 'aliases'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE_SIZE)
      .execute();
    if (rows.length === 0) return;
    yield* rows.map(toExportedEntity);
    after = rows[rows.length - 1]!.id;
  }
}
