import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './database.js';
import type { EntityGroup } from './entity-groups.js';
import { normalizeKey } from './normalize-key.js';

/*
 * The database half of saveExtraction's entity resolution, in a few statements whatever
 * the number of entities: one lookup of every key, one multi-row insert of the new
 * entities, one insert of their keys, and an update only for entities that
 * learn a new alias, a fuller name or a position.
 */

type Db = Kysely<Database> | Transaction<Database>;

interface KnownEntity {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly key: string;
  readonly aliases: readonly string[];
  readonly lat: number | null;
  readonly lon: number | null;
  readonly country: string | null;
}

/** Entity id of each group, in group order; existing entities matched by key or alias key, others inserted. */
export async function resolveEntityIds(db: Db, groups: readonly EntityGroup[]): Promise<string[]> {
  if (groups.length === 0) return [];
  const known = await lookupKeys(db, groups);
  const ids = groups.map((group) => matchGroup(group, known)?.id);
  await updateMatched(db, groups, ids, known);
  await insertMissing(db, groups, ids);
  await registerKeys(db, groups, ids, known);
  return ids.map((id) => id!);
}

async function lookupKeys(db: Db, groups: readonly EntityGroup[]): Promise<Map<string, KnownEntity>> {
  const types = [...new Set(groups.map((group) => group.type))];
  const keys = [...new Set(groups.flatMap((group) => [...group.lookupKeys]))];
  const rows = await db
    .selectFrom('entity_aliases as a')
    .innerJoin('entities as e', 'e.id', 'a.entity_id')
    .select(['a.type', 'a.key as alias_key', 'e.id', 'e.name', 'e.key', 'e.aliases', 'e.lat', 'e.lon', 'e.country'])
    .where('a.type', 'in', types)
    .where('a.key', 'in', keys)
    .execute();
  return new Map(rows.map((row) => [typed(row.type, row.alias_key), row]));
}

/** The name's key first, then the aliases' keys in order. */
function matchGroup(group: EntityGroup, known: Map<string, KnownEntity>): KnownEntity | undefined {
  const byName = known.get(typed(group.type, group.key));
  if (byName) return byName;
  for (const key of group.lookupKeys) {
    const byAlias = known.get(typed(group.type, key));
    if (byAlias) return byAlias;
  }
  return undefined;
}

async function updateMatched(
  db: Db,
  groups: readonly EntityGroup[],
  ids: readonly (string | undefined)[],
  known: Map<string, KnownEntity>,
): Promise<void> {
  const entities = new Map([...known.values()].map((entity) => [entity.id, entity]));
  const sorted = groups.map((group, i) => [group, ids[i]] as const).sort(([, a], [, b]) => compareIds(a, b));
  for (const [group, id] of sorted) {
    const entity = id === undefined ? undefined : entities.get(id);
    if (entity === undefined) continue;
    const merged = mergeInto(entity, group);
    if (merged !== undefined) {
      await updateEntity(db, merged);
      entities.set(entity.id, merged);
    }
  }
}

/** The entity with the group's names folded in, or undefined when nothing changes. */
function mergeInto(entity: KnownEntity, group: EntityGroup): KnownEntity | undefined {
  // A fuller name replaces a short form it was known by ("MRIF" → the ministry's full name).
  const upgrade = group.name.length > entity.name.length && group.lookupKeys.has(entity.key) && group.key !== entity.key;
  const name = upgrade ? group.name : entity.name;
  const key = upgrade ? group.key : entity.key;
  const aliases = distinctAliases(name, [...entity.aliases, entity.name, group.name, ...group.aliases]);
  const geo = entity.lat === null && group.geo ? group.geo : undefined;
  const place = geo ? { lat: geo.lat, lon: geo.lon, country: geo.country } : {};
  const changed = upgrade || aliases.length !== entity.aliases.length || geo !== undefined;
  return changed ? { ...entity, name, key, aliases, ...place } : undefined;
}

async function updateEntity(db: Db, entity: KnownEntity): Promise<void> {
  const { name, key, lat, lon, country } = entity;
  await db
    .updateTable('entities')
    .set({ name, key, aliases: [...entity.aliases], lat, lon, country, updated_at: sql<Date>`now()` })
    .where('id', '=', entity.id)
    .execute();
}

export function distinctAliases(name: string, candidates: readonly string[]): string[] {
  const seen = new Set([normalizeKey(name)]);
  return candidates.filter((alias) => {
    const key = normalizeKey(alias);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function insertMissing(db: Db, groups: readonly EntityGroup[], ids: (string | undefined)[]): Promise<void> {
  const missing = groups.map((group, i) => ({ group, i })).filter(({ i }) => ids[i] === undefined);
  if (missing.length === 0) return;
  const fresh = uniqueByKey(missing.map(({ group }) => group)).sort((a, b) => compareKeys(a, b));
  const inserted = await db
    .insertInto('entities')
    .values(fresh.map(entityValues))
    .onConflict((oc) => oc.columns(['type', 'key']).doNothing())
    .returning(['id', 'type', 'key'])
    .execute();
  const idByKey = new Map(inserted.map((row) => [typed(row.type, row.key), row.id]));
  // Rows a concurrent transaction inserted first (ON CONFLICT DO NOTHING returns nothing for them).
  const lost = fresh.filter((group) => !idByKey.has(typed(group.type, group.key)));
  for (const row of await selectByKeys(db, lost)) idByKey.set(typed(row.type, row.key), row.id);
  for (const { group, i } of missing) ids[i] = idByKey.get(typed(group.type, group.key));
}

function entityValues(group: EntityGroup) {
  return {
    type: group.type,
    name: group.name,
    key: group.key,
    aliases: distinctAliases(group.name, group.aliases),
    value: group.value ?? null,
    lat: group.geo?.lat ?? null,
    lon: group.geo?.lon ?? null,
    country: group.geo?.country ?? null,
  };
}

async function selectByKeys(db: Db, groups: readonly EntityGroup[]) {
  if (groups.length === 0) return [];
  return db
    .selectFrom('entities')
    .select(['id', 'type', 'key'])
    .where((eb) => eb.or(groups.map((g) => eb.and([eb('type', '=', g.type), eb('key', '=', g.key)]))))
    .execute();
}

/** Registers every lookup key not yet known (first entity to claim a key keeps it). */
async function registerKeys(
  db: Db,
  groups: readonly EntityGroup[],
  ids: readonly (string | undefined)[],
  known: Map<string, KnownEntity>,
): Promise<void> {
  const rows = new Map<string, { type: string; key: string; entity_id: string }>();
  groups.forEach((group, i) => {
    for (const key of [group.key, ...group.lookupKeys]) {
      const id = typed(group.type, key);
      if (!known.has(id) && !rows.has(id)) rows.set(id, { type: group.type, key, entity_id: ids[i]! });
    }
  });
  if (rows.size === 0) return;
  const values = [...rows.values()].sort((a, b) => compareKeys(a, b));
  await sql`
    insert into entity_aliases (type, key, entity_id)
    select * from unnest(${values.map((v) => v.type)}::text[], ${values.map((v) => v.key)}::text[], ${values.map((v) => v.entity_id)}::bigint[])
    on conflict (type, key) do nothing
  `.execute(db);
}

function uniqueByKey(groups: readonly EntityGroup[]): EntityGroup[] {
  const seen = new Map<string, EntityGroup>();
  for (const group of groups) if (!seen.has(typed(group.type, group.key))) seen.set(typed(group.type, group.key), group);
  return [...seen.values()];
}

function typed(type: string, key: string): string {
  return `${type}\u0000${key}`;
}

// Rows are written in one order by every transaction so that two never wait on each other.
function compareKeys(a: { type: string; key: string }, b: { type: string; key: string }): number {
  return a.type === b.type ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.type < b.type ? -1 : 1;
}

function compareIds(a: string | undefined, b: string | undefined): number {
  return Number(a ?? 0) - Number(b ?? 0);
}
