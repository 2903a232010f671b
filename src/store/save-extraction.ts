import { sql, type Kysely, type Transaction } from 'kysely';
import { NotFoundError, VeilleError, errorMessage } from '../errors.js';
import type { Extraction, ExtractedEvent } from '../extract/types.js';
import type { Database } from './database.js';
import { groupExtraction, type GroupedExtraction } from './entity-groups.js';
import { resolveEntityIds } from './resolve-entity-ids.js';
import { parseId } from './row-mappers.js';

/*
 * saveExtraction: one transaction per document, a dozen statements whatever its size.
 * Machine output (mentions, events still pending review) is replaced; events a reviewer
 * accepted, rejected or edited are never touched.
 */

type Trx = Transaction<Database>;

// Postgres serialization failure and deadlock: both vanish when the transaction is retried.
const RETRYABLE_CODES = new Set(['40001', '40P01']);
const MAX_TRIES = 3;
// Under Postgres's 65,535 bind parameters with room to spare.
const ROWS_PER_INSERT = 2000;

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
  await lockDocument(trx, documentId);
  await trx.deleteFrom('mentions').where('document_id', '=', documentId).execute();
  await trx.deleteFrom('events').where('document_id', '=', documentId).where('review_status', '=', 'pending').execute();
  const entityIds = await resolveEntityIds(trx, grouped.groups);
  await insertMentions(trx, documentId, extraction, grouped, entityIds);
  await insertEvents(trx, documentId, extraction.events, grouped, entityIds);
  await trx
    .updateTable('documents')
    .set({
      status: 'extracted',
      language: extraction.language,
      language_confidence: extraction.languageConfidence,
      extractor_version: extraction.extractorVersion,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', documentId)
    .execute();
}

/** Row lock: two saves of one document run one after the other. */
async function lockDocument(trx: Trx, documentId: string): Promise<void> {
  const row = await trx.selectFrom('documents').select('id').where('id', '=', documentId).forUpdate().executeTakeFirst();
  if (row === undefined) throw new NotFoundError('document', documentId);
}

async function insertMentions(
  trx: Trx,
  documentId: string,
  extraction: Extraction,
  grouped: GroupedExtraction,
  entityIds: readonly string[],
): Promise<void> {
  const rows = new Map<string, { document_id: string; entity_id: string; start_offset: number; end_offset: number }>();
  extraction.entities.forEach((entity, i) => {
    const group = grouped.groupOfEntity[i]!;
    if (group < 0) return;
    const entityId = entityIds[group]!;
    for (const { start, end } of entity.mentions) {
      rows.set(`${entityId}:${start}:${end}`, { document_id: documentId, entity_id: entityId, start_offset: start, end_offset: end });
    }
  });
  for (const chunk of chunks([...rows.values()], ROWS_PER_INSERT)) {
    await trx.insertInto('mentions').values(chunk).execute();
  }
}

async function insertEvents(
  trx: Trx,
  documentId: string,
  events: readonly ExtractedEvent[],
  grouped: GroupedExtraction,
  entityIds: readonly string[],
): Promise<void> {
  if (events.length === 0) return;
  // Ids drawn first, so each role row knows its event without relying on RETURNING order.
  const eventIds = await nextEventIds(trx, events.length);
  await trx
    .insertInto('events')
    .values(events.map((event, i) => eventValues(eventIds[i]!, documentId, event)))
    .execute();
  const roles = events.flatMap((_, i) => roleRows(eventIds[i]!, grouped.roles[i]!, entityIds));
  for (const chunk of chunks(roles, ROWS_PER_INSERT)) {
    await trx.insertInto('event_roles').values(chunk).execute();
  }
}

async function nextEventIds(trx: Trx, count: number): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select nextval(pg_get_serial_sequence('events', 'id'))::text as id from generate_series(1, ${count})
  `.execute(trx);
  return rows.map((row) => row.id);
}

function eventValues(id: string, documentId: string, event: ExtractedEvent) {
  return {
    id,
    document_id: documentId,
    type: event.type,
    status: event.status ?? null,
    kind: event.kind,
    date_value: event.date ?? null,
    date_text: event.dateText ?? null,
    place: event.place ?? null,
    occasion: event.occasion ?? null,
    confidence: event.confidence,
    evidence: JSON.stringify(event.evidence.map(({ start, end }) => ({ start, end }))),
  };
}

function roleRows(eventId: string, refs: GroupedExtraction['roles'][number], entityIds: readonly string[]) {
  const rows = (role: 'party' | 'signatory', groups: readonly number[]) => {
    const ids = [...new Set(groups.map((group) => entityIds[group]!))];
    return ids.map((entityId, position) => ({ event_id: eventId, entity_id: entityId, role, position }));
  };
  return [...rows('party', refs.parties), ...rows('signatory', refs.signatories)];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_CODES.has(code);
}

function wrapError(documentId: string, error: unknown): unknown {
  if (error instanceof VeilleError) return error;
  return new VeilleError('store_failed', `[store:save] document ${documentId}: ${errorMessage(error)}`, { cause: error });
}
