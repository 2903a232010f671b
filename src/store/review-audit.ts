import type { Transaction } from 'kysely';
import type { Database } from './database.js';
import type { AuditEntry } from './review-store.js';
import type { ReviewDatabase, ReviewTables } from './review-tables.js';

/* The audit log: one row per reviewer change, with the record before and after it. */

export interface AuditInput {
  readonly actor: string;
  readonly subjectType: 'event' | 'entity';
  readonly subjectId: string;
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
}

export async function writeAudit(trx: Transaction<Database & ReviewTables>, entry: AuditInput): Promise<void> {
  await trx
    .insertInto('review_audit_log')
    .values({
      actor: entry.actor,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      action: entry.action,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export interface AuditQuery {
  readonly before?: string;
  readonly limit?: number;
  readonly subjectType?: 'event' | 'entity';
  readonly subjectId?: string;
}

export async function listAudit(db: ReviewDatabase, query: AuditQuery): Promise<readonly AuditEntry[]> {
  const rows = await db
    .selectFrom('review_audit_log')
    .selectAll()
    .$if(query.before !== undefined, (qb) => qb.where('id', '<', query.before ?? '0'))
    .$if(query.subjectType !== undefined, (qb) => qb.where('subject_type', '=', query.subjectType ?? ''))
    .$if(query.subjectId !== undefined, (qb) => qb.where('subject_id', '=', query.subjectId ?? '0'))
    .orderBy('id', 'desc')
    .limit(Math.min(Math.max(query.limit ?? 100, 1), 500))
    .execute();
  return rows.map((row) => ({
    id: row.id,
    actor: row.actor,
    at: row.at,
    subjectType: row.subject_type as 'event' | 'entity',
    subjectId: row.subject_id,
    action: row.action,
    before: row.before,
    after: row.after,
  }));
}
