import { sql, type Transaction } from 'kysely';
import { NotFoundError, PermanentError } from '../errors.js';
import type { EntityType, EventStatus, EventType, Span } from '../extract/types.js';
import type { Database } from './database.js';
import { normalizeKey } from './normalize-key.js';
import { writeAudit } from './review-audit.js';
import type { EntityRef, EventDetail, EventPatch } from './review-store.js';
import type { ReviewDatabase, ReviewTables } from './review-tables.js';
import type { ReviewStatus } from './store.js';

/* Events as the reviewer sees them, and the two kinds of change: a correction (edited) and a decision. */

type Trx = Transaction<Database & ReviewTables>;
type Role = 'party' | 'signatory';

const ROLE_TYPES: Readonly<Record<Role, readonly EntityType[]>> = {
  party: ['ORG', 'PLACE', 'PERSON'],
  signatory: ['PERSON', 'ORG'],
};

export async function loadEvents(db: ReviewDatabase | Trx, where: { id?: string; documentId?: string }): Promise<EventDetail[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .$if(where.id !== undefined, (qb) => qb.where('id', '=', where.id ?? '0'))
    .$if(where.documentId !== undefined, (qb) => qb.where('document_id', '=', where.documentId ?? '0'))
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const roles = await db
    .selectFrom('event_roles as r')
    .innerJoin('entities as en', 'en.id', 'r.entity_id')
    .select(['r.event_id', 'r.role', 'en.id', 'en.type', 'en.name'])
    .where('r.event_id', 'in', rows.map((row) => row.id))
    .orderBy('r.event_id')
    .orderBy('r.position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    documentId: row.document_id,
    type: row.type as EventType,
    status: row.status as EventStatus | null,
    kind: row.kind,
    parties: refs(roles, row.id, 'party'),
    signatories: refs(roles, row.id, 'signatory'),
    date: row.date_value,
    dateText: row.date_text,
    place: row.place,
    occasion: row.occasion,
    confidence: row.confidence,
    evidence: (row.evidence ?? []) as Span[],
    reviewStatus: row.review_status as ReviewStatus,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
  }));
}

function refs(roles: readonly { event_id: string; role: string; id: string; type: string; name: string }[], eventId: string, role: Role): EntityRef[] {
  return roles
    .filter((r) => r.event_id === eventId && r.role === role)
    .map((r) => ({ id: r.id, type: r.type as EntityType, name: r.name }));
}

export async function getEvent(db: ReviewDatabase | Trx, id: string): Promise<EventDetail> {
  const [event] = await loadEvents(db, { id });
  if (!event) throw new NotFoundError('event', id);
  return event;
}

export async function editEvent(db: ReviewDatabase, id: string, patch: EventPatch, actor: string): Promise<EventDetail> {
  return db.transaction().execute(async (trx) => {
    const before = await getEvent(trx, id);
    await trx
      .updateTable('events')
      .set({
        ...columns(patch),
        review_status: 'edited',
        reviewed_by: actor,
        reviewed_at: new Date(),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    if (patch.parties) await replaceRoles(trx, id, 'party', patch.parties);
    if (patch.signatories) await replaceRoles(trx, id, 'signatory', patch.signatories);
    const after = await getEvent(trx, id);
    await writeAudit(trx, { actor, subjectType: 'event', subjectId: id, action: 'edit', before, after });
    return after;
  });
}

function columns(patch: EventPatch): Record<string, string | null> {
  const set: Record<string, string | null> = {};
  if (patch.type !== undefined) set.type = patch.type;
  if (patch.status !== undefined) set.status = patch.status;
  if (patch.kind !== undefined) set.kind = patch.kind;
  if (patch.date !== undefined) set.date_value = patch.date;
  if (patch.dateText !== undefined) set.date_text = patch.dateText;
  if (patch.place !== undefined) set.place = patch.place;
  if (patch.occasion !== undefined) set.occasion = patch.occasion;
  return set;
}

async function replaceRoles(trx: Trx, eventId: string, role: Role, names: readonly string[]): Promise<void> {
  await trx.deleteFrom('event_roles').where('event_id', '=', eventId).where('role', '=', role).execute();
  const ids: string[] = [];
  for (const name of names) {
    const entityId = await resolveEntity(trx, name, role);
    if (!ids.includes(entityId)) ids.push(entityId);
  }
  if (ids.length === 0) return;
  await trx
    .insertInto('event_roles')
    .values(ids.map((entityId, position) => ({ event_id: eventId, entity_id: entityId, role, position })))
    .execute();
}

/** The entity a name answers to through the alias registry, created (ORG for a party, PERSON for a signatory) when none does. */
export async function resolveEntity(trx: Trx, name: string, role: Role): Promise<string> {
  const key = normalizeKey(name);
  if (key === '') throw new PermanentError('invalid', `[review:event] "${name}" is not a name`);
  const types = ROLE_TYPES[role];
  const known = await trx
    .selectFrom('entity_aliases')
    .select(['entity_id', 'type'])
    .where('key', '=', key)
    .where('type', 'in', types)
    .execute();
  const best = known.sort((a, b) => types.indexOf(a.type as EntityType) - types.indexOf(b.type as EntityType))[0];
  if (best) return best.entity_id;
  const type = types[0] ?? 'ORG';
  const created = await trx
    .insertInto('entities')
    .values({ type, name: name.trim(), key })
    .onConflict((oc) => oc.columns(['type', 'key']).doUpdateSet({ updated_at: sql`now()` }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('entity_aliases')
    .values({ type, key, entity_id: created.id })
    .onConflict((oc) => oc.columns(['type', 'key']).doNothing())
    .execute();
  return created.id;
}

export async function decideEvent(db: ReviewDatabase, id: string, decision: 'accepted' | 'rejected', actor: string): Promise<EventDetail> {
  return db.transaction().execute(async (trx) => {
    const before = await getEvent(trx, id);
    await trx
      .updateTable('events')
      .set({ review_status: decision, reviewed_by: actor, reviewed_at: new Date(), updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    const after = await getEvent(trx, id);
    const action = decision === 'accepted' ? 'accept' : 'reject';
    await writeAudit(trx, { actor, subjectType: 'event', subjectId: id, action, before, after });
    return after;
  });
}
