import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from './database.js';

/* The review app's own table (migrations/2026_11_22_150000_create_review.ts), next to the core Database. */

export interface ReviewAuditLogTable {
  id: Generated<string>;
  actor: string;
  at: ColumnType<Date, Date | string | undefined, never>;
  /** event | entity */
  subject_type: string;
  subject_id: string;
  action: string;
  /** jsonb: written as a JSON string, read back parsed. */
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
}

export interface ReviewTables {
  review_audit_log: ReviewAuditLogTable;
}

export type ReviewDatabase = Kysely<Database & ReviewTables>;
