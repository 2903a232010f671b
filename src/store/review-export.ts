import type { EntityType, EventStatus, EventType } from '../extract/types.js';
import type { TimelineItem } from './review-store.js';
import type { ReviewDatabase } from './review-tables.js';
import type { ExportedEntity, ExportedEvent, ReviewStatus } from './store.js';

/* Reviewed records out: export (accepted and edited events) and the agreement timeline. */

const REVIEWED = ['accepted', 'edited'] as const;
const PAGE = 500;

export async function* exportAccepted(db: ReviewDatabase): AsyncIterable<ExportedEvent> {
  let after = '0';
  for (;;) {
    const rows = await db
      .selectFrom('events as e')
      .innerJoin('documents as d', 'd.id', 'e.document_id')
      .selectAll('e')
      .select('d.source_uri')
      .where('e.review_status', 'in', REVIEWED)
      .where('e.id', '>', after)
      .orderBy('e.id')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) return;
    const roles = await rolesOf(db, rows.map((r) => r.id));
    for (const row of rows) {
      yield {
        id: row.id, documentId: row.document_id, source: row.source_uri, type: row.type as EventType,
        status: row.status as EventStatus | null, kind: row.kind,
        parties: roles.filter((r) => r.eventId === row.id && r.role === 'party').map((r) => r.entity),
        signatories: roles.filter((r) => r.eventId === row.id && r.role === 'signatory').map((r) => r.entity),
        date: row.date_value, dateText: row.date_text, place: row.place, occasion: row.occasion,
        confidence: row.confidence, reviewStatus: row.review_status as ReviewStatus,
      };
    }
    after = rows[rows.length - 1]?.id ?? after;
  }
}

interface RoleRow {
  readonly eventId: string;
  readonly role: string;
  readonly entity: ExportedEntity;
}

async function rolesOf(db: ReviewDatabase, eventIds: readonly string[]): Promise<RoleRow[]> {
  const rows = await db
    .selectFrom('event_roles as r')
    .innerJoin('entities as en', 'en.id', 'r.entity_id')
    .select(['r.event_id', 'r.role', 'en.id', 'en.type', 'en.name', 'en.aliases'])
    .where('r.event_id', 'in', eventIds)
    .orderBy('r.event_id')
    .orderBy('r.position')
    .execute();
  return rows.map((r) => ({
    eventId: r.event_id, role: r.role,
    entity: { id: r.id, type: r.type as EntityType, name: r.name, aliases: r.aliases },
  }));
}

// Dated first (ISO strings sort by time), then year-less (--MM-DD), then undated.
const precision = (date: string | null): number => (date === null ? 2 : /^\d{4}/.test(date) ? 0 : 1);

/** Agreements not rejected, oldest date first; year-less and undated ones last. */
export async function timeline(db: ReviewDatabase): Promise<readonly TimelineItem[]> {
  const rows = await db
    .selectFrom('events as e')
    .select(['e.id', 'e.date_value', 'e.kind', 'e.status', 'e.review_status'])
    .where('e.type', '=', 'agreement')
    .where('e.review_status', '<>', 'rejected')
    .orderBy('e.date_value', (ob) => ob.asc().nullsLast())
    .orderBy('e.id')
    .limit(2000)
    .execute();
  const roles = rows.length === 0 ? [] : await rolesOf(db, rows.map((r) => r.id));
  rows.sort((a, b) => precision(a.date_value) - precision(b.date_value));
  return rows.map((r) => ({
    eventId: r.id, date: r.date_value, kind: r.kind, status: r.status as EventStatus | null,
    reviewStatus: r.review_status as ReviewStatus,
    parties: roles.filter((x) => x.eventId === r.id && x.role === 'party').map((x) => x.entity.name),
  }));
}
