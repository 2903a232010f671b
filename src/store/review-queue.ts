import { sql, type Expression, type SqlBool } from 'kysely';
import { PermanentError } from '../errors.js';
import type { EventStatus, EventType } from '../extract/types.js';
import type { QueueFilter, QueueItem, QueuePage } from './review-store.js';
import type { ReviewDatabase } from './review-tables.js';
import type { ReviewStatus } from './store.js';

/*
 * The review queue: events joined to their document, newest documents first, keyset-paginated
 * on (pending flag, document_id, id), all descending, so that every page is an index range scan
 * (indexes in migrations/2026_11_22_150000_create_review.ts).
 */

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

type Cursor = readonly [pending: boolean, documentId: string, eventId: string];

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (isCursor(value)) return value;
  } catch {
    // fall through to the typed error below
  }
  throw new PermanentError('invalid', `[review:queue] invalid cursor: ${raw.slice(0, 40)}`);
}

function isCursor(value: unknown): value is Cursor {
  return Array.isArray(value) && value.length === 3 && typeof value[0] === 'boolean'
    && /^\d{1,19}$/.test(String(value[1])) && /^\d{1,19}$/.test(String(value[2]));
}

// A search or source filter first asks for up to this many matching documents; at most that
// many, the queue sorts just their events; more, and it walks its index, where matches are then
// frequent. Without it, a rare word or an old source walks the whole queue for a few rows.
// (Probing events with every filter was tried: a date range matching a few thousand events
// then costs a full scan, slower than the walk.)
const PROBE = 10_000;

const searchCondition = (q: string): Expression<SqlBool> => sql<SqlBool>`d.search_vector @@ public.review_search_query(${q})`;

/** Ids of the documents the search and source filters match, or 'many' past PROBE. */
async function probeDocuments(db: ReviewDatabase, filter: QueueFilter): Promise<string[] | 'many'> {
  const where: Expression<SqlBool>[] = [];
  if (filter.q?.trim()) where.push(searchCondition(filter.q.trim()));
  if (filter.source) where.push(sourceCondition(filter.source));
  if (filter.language) where.push(sql<SqlBool>`d.language = ${filter.language}`);
  const rows = await db.selectFrom('documents as d').select('d.id').where((eb) => eb.and(where)).limit(PROBE + 1).execute();
  return rows.length > PROBE ? 'many' : rows.map((r) => r.id);
}

export async function queryQueue(db: ReviewDatabase, filter: QueueFilter): Promise<QueuePage> {
  const limit = Math.min(Math.max(filter.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  const review = filter.review ?? 'pending';
  const hits = filter.q?.trim() || filter.source ? await probeDocuments(db, filter) : 'many';
  if (Array.isArray(hits) && hits.length === 0) return { items: [] };
  const pendingFlag = sql<boolean>`(e.review_status = 'pending')`;
  const rows = await db
    .selectFrom('events as e')
    .innerJoin('documents as d', 'd.id', 'e.document_id')
    .select([
      'e.id as eventId', 'e.document_id as documentId', 'd.title as documentTitle', 'd.source_uri as source',
      'd.language', 'd.published_at as publishedAt', 'e.type', 'e.status', 'e.kind', 'e.date_value as date',
      'e.review_status as reviewStatus', 'e.confidence', pendingFlag.as('pending'),
      sql<string[]>`array(select en.name from event_roles r join entities en on en.id = r.entity_id
        where r.event_id = e.id and r.role = 'party' order by r.position)`.as('parties'),
    ])
    .where((eb) => eb.and(conditions(filter, review)))
    .$if(Array.isArray(hits), (qb) => qb.where(sql<SqlBool>`e.document_id = any(${Array.isArray(hits) ? hits : []}::bigint[])`))
    .$if(review === 'all', (qb) => qb.orderBy(sql`(e.review_status = 'pending') desc`))
    // With named documents, "+ 0" keeps the planner from walking the queue index to find them:
    // it fetches their events and sorts those.
    .orderBy(Array.isArray(hits) ? sql`e.document_id + 0` : sql`e.document_id`, 'desc')
    .orderBy(Array.isArray(hits) ? sql`e.id + 0` : sql`e.id`, 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map(toItem);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return last ? { items, next: encodeCursor([last.pending, last.documentId, last.eventId]) } : { items };
}

function conditions(filter: QueueFilter, review: ReviewStatus | 'all'): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (review !== 'all') where.push(sql<SqlBool>`e.review_status = ${review}`);
  if (filter.type) where.push(sql<SqlBool>`e.type = ${filter.type}`);
  if (filter.status) where.push(sql<SqlBool>`e.status = ${filter.status}`);
  if (filter.language) where.push(sql<SqlBool>`d.language = ${filter.language}`);
  if (filter.source) where.push(sourceCondition(filter.source));
  const date = sql`left(coalesce(e.date_value, d.published_at), 10)`;
  // An event dated "2011" is inside 2011-03-01..2011-06-30: compare at the event's precision.
  if (filter.from) where.push(sql<SqlBool>`${date} >= left(${filter.from}, length(${date}))`);
  if (filter.to) where.push(sql<SqlBool>`${date} <= ${filter.to}`);
  if (filter.q?.trim()) where.push(searchCondition(filter.q.trim()));
  if (filter.cursor) where.push(afterCursor(decodeCursor(filter.cursor), review));
  return where;
}

/**
 * A URL or path prefix ("https://www.quebec.ca/", "file:///inbox/") is an indexed range scan;
 * anything else matches anywhere in the source, case-insensitively (a scan: fine for small sets).
 */
function sourceCondition(source: string): Expression<SqlBool> {
  if (/^[a-z][a-z0-9+.-]*:|^\//i.test(source)) {
    return sql<SqlBool>`d.source_uri like ${`${source.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`;
  }
  return sql<SqlBool>`strpos(lower(d.source_uri), ${source.toLowerCase()}) > 0`;
}

function afterCursor([pending, documentId, eventId]: Cursor, review: ReviewStatus | 'all'): Expression<SqlBool> {
  // Not a row comparison: (document_id, id) < (…) is not an index bound after the review_status column.
  if (review !== 'all') {
    // d.id bounds the documents side too, or a merge join reads them from the newest down.
    return sql<SqlBool>`e.document_id <= ${documentId}::bigint and d.id <= ${documentId}::bigint
      and (e.document_id < ${documentId}::bigint or e.id < ${eventId}::bigint)`;
  }
  return sql<SqlBool>`((e.review_status = 'pending'), e.document_id, e.id) < (${pending}, ${documentId}::bigint, ${eventId}::bigint)`;
}

interface QueueRow {
  eventId: string;
  documentId: string;
  documentTitle: string | null;
  source: string;
  language: string | null;
  publishedAt: string | null;
  type: string;
  status: string | null;
  kind: string;
  date: string | null;
  reviewStatus: string;
  confidence: number;
  parties: string[];
}

function toItem({ pending: _pending, ...row }: QueueRow & { pending: boolean }): QueueItem {
  return {
    ...row,
    type: row.type as EventType,
    status: row.status as EventStatus | null,
    reviewStatus: row.reviewStatus as ReviewStatus,
  };
}

/** The events just before and after one in queue order (newest documents first), whatever their review status. */
export async function adjacentEvents(db: ReviewDatabase, eventId: string, documentId: string): Promise<{ previous?: string; next?: string }> {
  const step = (direction: 'next' | 'previous') => db
    .selectFrom('events as e')
    .select('e.id')
    .where('e.review_status', '=', 'pending')
    .where(direction === 'next'
      ? sql<SqlBool>`(e.document_id, e.id) < (${documentId}::bigint, ${eventId}::bigint)`
      : sql<SqlBool>`(e.document_id, e.id) > (${documentId}::bigint, ${eventId}::bigint)`)
    .orderBy('e.document_id', direction === 'next' ? 'desc' : 'asc')
    .orderBy('e.id', direction === 'next' ? 'desc' : 'asc')
    .limit(1)
    .executeTakeFirst();
  const [previous, next] = await Promise.all([step('previous'), step('next')]);
  return { ...(previous ? { previous: previous.id } : {}), ...(next ? { next: next.id } : {}) };
}
