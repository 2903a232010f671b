import { sql, type Transaction } from 'kysely';
import { NotFoundError, PermanentError, VeilleError } from '../errors.js';
import type { EntityType, EventType } from '../extract/types.js';
import type { Database, EntityRow } from './database.js';
import { normalizeKey } from './normalize-key.js';
import { writeAudit } from './review-audit.js';
import type { EntityDetail, EntityMention, EntityRef } from './review-store.js';
import type { ReviewDatabase, ReviewTables } from './review-tables.js';

/*
 * Entity corrections. The registry effect lives in entity_aliases: S's saveExtraction resolves
 * every extracted name through (type, key), so a merge moves the merged entity's keys to the
 * survivor and a rename keeps the old key, and future extractions land on the corrected entity.
 */

type Trx = Transaction<Database & ReviewTables>;
type Db = ReviewDatabase | Trx;

const CONTEXT_CHARS = 60;
const MAX_MENTIONS = 300;

export async function searchEntities(db: ReviewDatabase, query: string, limit = 50): Promise<readonly EntityRef[]> {
  const key = normalizeKey(query);
  const rows = await db
    .selectFrom('entities')
    .select(['id', 'type', 'name'])
    .where('type', '<>', 'DATE')
    .$if(key !== '', (qb) => qb.where((eb) => eb.or([
      eb('key', 'like', `%${escapeLike(key)}%`),
      eb('id', 'in', eb.selectFrom('entity_aliases').select('entity_id').where('key', 'like', `%${escapeLike(key)}%`)),
    ])))
    .orderBy('name')
    .limit(Math.min(Math.max(limit, 1), 200))
    .execute();
  return rows.map((row) => ({ id: row.id, type: row.type as EntityType, name: row.name }));
}

export async function findEntityByName(db: ReviewDatabase, name: string, type?: EntityType): Promise<EntityRef | undefined> {
  const key = normalizeKey(name);
  if (key === '') return undefined;
  const row = await db
    .selectFrom('entity_aliases as a')
    .innerJoin('entities as en', 'en.id', 'a.entity_id')
    .select(['en.id', 'en.type', 'en.name'])
    .where('a.key', '=', key)
    .$if(type !== undefined, (qb) => qb.where('a.type', '=', type ?? 'ORG'))
    .orderBy('en.id')
    .executeTakeFirst();
  return row ? { id: row.id, type: row.type as EntityType, name: row.name } : undefined;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

async function entityRow(db: Db, id: string): Promise<EntityRow> {
  const row = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('entity', id);
  return row;
}

export async function getEntity(db: Db, id: string): Promise<EntityDetail> {
  const row = await entityRow(db, id);
  const [mentions, events] = await Promise.all([entityMentions(db, id), entityEvents(db, id)]);
  return {
    id: row.id, type: row.type as EntityType, name: row.name, key: row.key, aliases: row.aliases,
    lat: row.lat, lon: row.lon, country: row.country, mentions, events,
  };
}

async function entityMentions(db: Db, id: string): Promise<EntityMention[]> {
  const rows = await db
    .selectFrom('mentions as m')
    .innerJoin('documents as d', 'd.id', 'm.document_id')
    .select(['m.document_id', 'd.title', 'm.start_offset', 'm.end_offset'])
    .select(sql<string>`substr(d.text, greatest(m.start_offset - ${CONTEXT_CHARS}, 0) + 1, least(m.start_offset, ${CONTEXT_CHARS}))`.as('before'))
    .select(sql<string>`substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset)`.as('text'))
    .select(sql<string>`substr(d.text, m.end_offset + 1, ${CONTEXT_CHARS})`.as('after'))
    .where('m.entity_id', '=', id)
    .orderBy('m.document_id', 'desc')
    .orderBy('m.start_offset')
    .limit(MAX_MENTIONS)
    .execute();
  return rows.map((r) => ({
    documentId: r.document_id, documentTitle: r.title, start: r.start_offset, end: r.end_offset,
    before: r.before, text: r.text, after: r.after,
  }));
}

async function entityEvents(db: Db, id: string): Promise<EntityDetail['events']> {
  const rows = await db
    .selectFrom('event_roles as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select(['e.id', 'r.role', 'e.type', 'e.kind'])
    .where('r.entity_id', '=', id)
    .orderBy('e.id', 'desc')
    .limit(MAX_MENTIONS)
    .execute();
  return rows.map((r) => ({ id: r.id, role: r.role, type: r.type as EventType, kind: r.kind }));
}

function conflict(message: string): VeilleError {
  return new VeilleError('conflict', message);
}

export async function renameEntity(db: ReviewDatabase, id: string, name: string, actor: string): Promise<EntityDetail> {
  const key = normalizeKey(name);
  if (key === '') throw new PermanentError('invalid', `[review:entity] "${name}" is not a name`);
  return db.transaction().execute(async (trx) => {
    const before = await getEntity(trx, id);
    const owner = await trx.selectFrom('entity_aliases').select('entity_id').where('type', '=', before.type).where('key', '=', key).executeTakeFirst();
    if (owner && owner.entity_id !== id) throw conflict(`[review:entity] "${name}" already names entity ${owner.entity_id}: merge them instead`);
    const aliases = uniqueNames([...before.aliases, before.name], name.trim());
    await trx.updateTable('entities').set({ name: name.trim(), key, aliases, updated_at: new Date() }).where('id', '=', id).execute();
    await trx.insertInto('entity_aliases').values({ type: before.type, key, entity_id: id }).onConflict((oc) => oc.columns(['type', 'key']).doNothing()).execute();
    const after = await getEntity(trx, id);
    await writeAudit(trx, { actor, subjectType: 'entity', subjectId: id, action: 'rename', before: summary(before), after: summary(after) });
    return after;
  });
}

/** Names without duplicates by key, leaving out the entity's own name. */
function uniqueNames(names: readonly string[], ownName: string): string[] {
  const seen = new Set([normalizeKey(ownName)]);
  return names.filter((n) => {
    const k = normalizeKey(n);
    if (k === '' || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function summary(entity: EntityDetail): Omit<EntityDetail, 'mentions' | 'events'> & { mentions: number } {
  const { mentions, events: _events, ...rest } = entity;
  return { ...rest, mentions: mentions.length };
}

export async function mergeEntities(db: ReviewDatabase, survivorId: string, mergedId: string, actor: string): Promise<EntityDetail> {
  if (survivorId === mergedId) throw new PermanentError('invalid', '[review:entity] cannot merge an entity into itself');
  return db.transaction().execute(async (trx) => {
    const survivor = await getEntity(trx, survivorId);
    const merged = await getEntity(trx, mergedId);
    if (survivor.type !== merged.type) throw new PermanentError('invalid', `[review:entity] cannot merge a ${merged.type} into a ${survivor.type}`);
    await trx.updateTable('entity_aliases').set({ entity_id: survivorId }).where('entity_id', '=', mergedId).execute();
    await trx.updateTable('mentions').set({ entity_id: survivorId }).where('entity_id', '=', mergedId).execute();
    await trx.updateTable('event_roles').set({ entity_id: survivorId }).where('entity_id', '=', mergedId).execute();
    // Both names may have been listed in one event: keep the first.
    await sql`delete from event_roles r using event_roles r2 where r.event_id = r2.event_id and r.role = r2.role
      and r.entity_id = r2.entity_id and r.position > r2.position and r.entity_id = ${survivorId}`.execute(trx);
    await trx.updateTable('entities').set({
      aliases: uniqueNames([...survivor.aliases, merged.name, ...merged.aliases], survivor.name),
      lat: survivor.lat ?? merged.lat, lon: survivor.lon ?? merged.lon, country: survivor.country ?? merged.country,
      updated_at: new Date(),
    }).where('id', '=', survivorId).execute();
    await trx.deleteFrom('entities').where('id', '=', mergedId).execute();
    const after = await getEntity(trx, survivorId);
    await writeAudit(trx, { actor, subjectType: 'entity', subjectId: survivorId, action: 'merge', before: { survivor: summary(survivor), merged: summary(merged) }, after: summary(after) });
    await writeAudit(trx, { actor, subjectType: 'entity', subjectId: mergedId, action: 'merged_into', before: summary(merged), after: { survivorId } });
    return after;
  });
}

export async function splitEntity(db: ReviewDatabase, id: string, alias: string, actor: string): Promise<EntityDetail> {
  const key = normalizeKey(alias);
  return db.transaction().execute(async (trx) => {
    const before = await getEntity(trx, id);
    const owned = await trx.selectFrom('entity_aliases').select('key').where('entity_id', '=', id).where('key', '=', key).executeTakeFirst();
    const listed = before.aliases.some((a) => normalizeKey(a) === key);
    if (key === '' || key === before.key || (!owned && !listed)) {
      throw new PermanentError('invalid', `[review:entity] "${alias}" is not an alias of entity ${id}`);
    }
    const taken = await trx.selectFrom('entities').select('id').where('type', '=', before.type).where('key', '=', key).executeTakeFirst();
    if (taken) throw conflict(`[review:entity] "${alias}" already names entity ${taken.id}`);
    const created = await trx.insertInto('entities').values({ type: before.type, name: alias.trim(), key }).returning('id').executeTakeFirstOrThrow();
    await trx.deleteFrom('entity_aliases').where('type', '=', before.type).where('key', '=', key).execute();
    await trx.insertInto('entity_aliases').values({ type: before.type, key, entity_id: created.id }).execute();
    await trx.updateTable('entities').set({ aliases: before.aliases.filter((a) => normalizeKey(a) !== key), updated_at: new Date() }).where('id', '=', id).execute();
    await moveMentionsWritten(trx, id, created.id, key);
    const after = await getEntity(trx, created.id);
    await writeAudit(trx, { actor, subjectType: 'entity', subjectId: id, action: 'split', before: summary(before), after: { alias, newEntityId: created.id } });
    await writeAudit(trx, { actor, subjectType: 'entity', subjectId: created.id, action: 'split_from', before: { entityId: id }, after: summary(after) });
    return after;
  });
}

/** Mentions whose text normalizes to `key` follow the alias to its new entity. */
async function moveMentionsWritten(trx: Trx, fromId: string, toId: string, key: string): Promise<void> {
  const rows = await trx
    .selectFrom('mentions as m')
    .innerJoin('documents as d', 'd.id', 'm.document_id')
    .select(['m.document_id', 'm.start_offset', 'm.end_offset', sql<string>`substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset)`.as('text')])
    .where('m.entity_id', '=', fromId)
    .execute();
  for (const row of rows.filter((r) => normalizeKey(r.text) === key)) {
    await trx.updateTable('mentions').set({ entity_id: toId })
      .where('entity_id', '=', fromId).where('document_id', '=', row.document_id)
      .where('start_offset', '=', row.start_offset).where('end_offset', '=', row.end_offset)
      .execute();
  }
}
