import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { NotFoundError, VeilleError, errorMessage } from '../errors.js';
import type { Extraction, ExtractedEvent } from '../extract/types.js';
import type { Database } from './database.js';
import { groupExtraction, type GroupedExtraction } from './entity-groups.js';
import { normalizeKey } from './normalize-key.js';
import { resolveEntityIds } from './resolve-entity-ids.js';
import { parseId } from './row-mappers.js';

/*
 * saveExtraction: one transaction per document, seven to nine statements whatever its size.
 * Machine output (mentions, events still pending review) is replaced; events a reviewer
 * accepted, rejected or edited are never touched.
 */

type Trx = Transaction<Database>;

// Serialization failure, deadlock, and a unique key taken by a concurrent save (an entity
// renamed to its full name while another document inserts that name): all vanish on retry.
const RETRYABLE_CODES = new Set(['40001', '40P01', '23505']);
const MAX_TRIES = 3;

export async function saveExtraction(db: Kysely<Database>, documentId: string, extraction: Extraction): Promise<void> {
  const id = parseId(documentId);
  if (id === undefined) throw new NotFoundError('document', documentId);
  const grouped = groupExtraction(extraction);
  for (let tries = 1; ; tries += 1) {
    try {
      await db.transaction().execute((trx) => replaceMachineOutput(trx, id, extraction, grouped));
      return;
    } catch (error) {
      if (tries >= MAX_TRIES || !isRetryable(error)) throw wrapError(documentId, error);
    }
  }
}

async function replaceMachineOutput(trx: Trx, documentId: string, extraction: Extraction, grouped: GroupedExtraction) {
  await clearAndMark(trx, documentId, extraction);
  const entityIds = await resolveEntityIds(trx, grouped.groups);
  await insertMentions(trx, documentId, extraction, grouped, entityIds);
  await insertEvents(trx, documentId, extraction.events, grouped, entityIds);
}

/**
 * Marks the document extracted (and sets its language when it changes), which locks its row so that two saves of one document run
 * one after the other, then removes its mentions and its events still pending review.
 * Two statements on purpose: the deletes must take their snapshot after the lock is held,
 * or they miss the rows a save that held it before has just committed.
 */
async function clearAndMark(trx: Trx, documentId: string, extraction: Extraction): Promise<void> {
  const row = await trx
    .updateTable('documents')
    .set({
      status: 'extracted',
      language_confidence: extraction.languageConfidence,
      extractor_version: extraction.extractorVersion,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', documentId)
    // Not waiting for the WAL flush is safe here: a save lost in a server crash leaves the
    // document pending (or on its previous output), and pending documents are re-extracted at start.
    .returning(['language', sql<string>`set_config('synchronous_commit', 'off', true)`.as('sync')])
    .executeTakeFirst();
  if (row === undefined) throw new NotFoundError('document', documentId);
  // The stored search vector derives from language: setting it, even to the same value, recomputes
  // it (a full-text parse of the document), so it is written only when it changes.
  if (row.language !== extraction.language) {
    await trx.updateTable('documents').set({ language: extraction.language }).where('id', '=', documentId).execute();
  }
  await trx
    .with('removed_mentions', (qb) => qb.deleteFrom('mentions').where('document_id', '=', documentId))
    .deleteFrom('events')
    .where('document_id', '=', documentId)
    .where('review_status', '=', 'pending')
    .execute();
}

async function insertMentions(
  trx: Trx,
  documentId: string,
  extraction: Extraction,
  grouped: GroupedExtraction,
  entityIds: readonly string[],
): Promise<void> {
  const rows = new Map<string, readonly [string, number, number]>();
  extraction.entities.forEach((entity, i) => {
    const group = grouped.groupOfEntity[i]!;
    if (group < 0) return;
    const entityId = entityIds[group]!;
    for (const { start, end } of entity.mentions) rows.set(`${entityId}:${start}:${end}`, [entityId, start, end]);
  });
  if (rows.size === 0) return;
  const [entities, starts, ends] = columns([...rows.values()], 3);
  await sql`
    insert into mentions (document_id, entity_id, start_offset, end_offset)
    select ${documentId}, * from unnest(${entities}::bigint[], ${starts}::int[], ${ends}::int[])
  `.execute(trx);
}

/**
 * One statement for the events and their roles. An event a reviewer already judged (same
 * machine key) is not inserted again, so a rejected event stays rejected. Event ids
 * are drawn first (a CTE with a volatile function is computed once), so each role row
 * knows its event by position.
 */
async function insertEvents(
  trx: Trx,
  documentId: string,
  events: readonly ExtractedEvent[],
  grouped: GroupedExtraction,
  entityIds: readonly string[],
): Promise<void> {
  if (events.length === 0) return;
  const e = columns(events.map(eventColumns), 11);
  const r = columns(events.flatMap((_, i) => roleRows(i + 1, grouped.roles[i]!, entityIds)), 4);
  await sql`
    with v as (
      select * from unnest(${e[0]}::text[], ${e[1]}::text[], ${e[2]}::text[], ${e[3]}::text[], ${e[4]}::text[],
                           ${e[5]}::text[], ${e[6]}::text[], ${e[7]}::float8[], ${e[8]}::jsonb[], ${e[9]}::text[],
                           ${e[10]}::int[])
        as v(type, status, kind, date_value, date_text, place, occasion, confidence, evidence, machine_key, ord)
      where not exists (
        select 1 from events judged
        where judged.document_id = ${documentId} and judged.review_status <> 'pending'
          -- The same output, or an event a reviewer edited that rests on the same evidence.
          and (judged.machine_key = v.machine_key or (judged.type = v.type and judged.evidence = v.evidence))
      )
    ), ids as (
      select nextval(pg_get_serial_sequence('events', 'id')) as id, ord from v
    ), new_events as (
      insert into events (id, document_id, type, status, kind, date_value, date_text, place, occasion, confidence, evidence, machine_key)
      select ids.id, ${documentId}, v.type, v.status, v.kind, v.date_value, v.date_text, v.place, v.occasion, v.confidence,
             v.evidence, v.machine_key
      from v join ids using (ord)
    )
    insert into event_roles (event_id, entity_id, role, position)
    select ids.id, r.entity_id, r.role, r.position
    from unnest(${r[0]}::int[], ${r[1]}::bigint[], ${r[2]}::text[], ${r[3]}::int[]) as r(ord, entity_id, role, position)
    join ids using (ord)
  `.execute(trx);
}

function eventColumns(event: ExtractedEvent, i: number): readonly unknown[] {
  return [
    event.type,
    event.status ?? null,
    event.kind,
    event.date ?? null,
    event.dateText ?? null,
    event.place ?? null,
    event.occasion ?? null,
    event.confidence,
    JSON.stringify(event.evidence.map(({ start, end }) => ({ start, end }))),
    machineKey(event),
    i + 1,
  ];
}

/** What the extractor said, independent of confidence: the same output gives the same key. */
function machineKey(event: ExtractedEvent): string {
  const { type, status, kind, date, dateText, place, occasion, evidence } = event;
  const names = (list: readonly string[]) => list.map(normalizeKey).sort();
  const spans = evidence.map(({ start, end }) => [start, end]);
  const facts = [type, status, kind, date, dateText, place, occasion, names(event.parties), names(event.signatories), spans];
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 32);
}

function roleRows(ord: number, refs: GroupedExtraction['roles'][number], entityIds: readonly string[]) {
  const rows = (role: 'party' | 'signatory', groups: readonly number[]) => {
    const ids = [...new Set(groups.map((group) => entityIds[group]!))];
    return ids.map((entityId, position) => [ord, entityId, role, position] as const);
  };
  return [...rows('party', refs.parties), ...rows('signatory', refs.signatories)];
}

/** Rows to columns, for unnest(): one array parameter per column instead of one parameter per cell. */
function columns(rows: readonly (readonly unknown[])[], width: number): unknown[][] {
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c]));
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_CODES.has(code);
}

function wrapError(documentId: string, error: unknown): unknown {
  if (error instanceof VeilleError) return error;
  return new VeilleError('store_failed', `[store:save] document ${documentId}: ${errorMessage(error)}`, { cause: error });
}
