import type { EntityType, Extraction, GeoPoint } from '../extract/types.js';
import { normalizeKey } from './normalize-key.js';

/*
 * The pure half of saveExtraction: folds one extraction's entities into groups (one per
 * real-world entity: same type and a shared key), and resolves each event's party and
 * signatory names to a group. The database half (resolve-entity-ids.ts) maps groups to rows.
 */

export interface EntityGroup {
  readonly type: EntityType;
  /** The fullest (longest) name the extraction gives. */
  name: string;
  key: string;
  /** Every other name and alias the extraction gives, in order of appearance. */
  readonly aliases: string[];
  /** Keys that may match an existing entity: the name's and the unambiguous aliases'. */
  readonly lookupKeys: Set<string>;
  value: string | undefined;
  geo: GeoPoint | undefined;
}

export interface RoleRefs {
  readonly parties: readonly number[];
  readonly signatories: readonly number[];
}

export interface GroupedExtraction {
  readonly groups: readonly EntityGroup[];
  /** Group index of each extraction entity; -1 when its name has no usable key. */
  readonly groupOfEntity: readonly number[];
  /** Group indexes of each event's parties and signatories, duplicates removed. */
  readonly roles: readonly RoleRefs[];
}

const PARTY_TYPES: readonly EntityType[] = ['ORG', 'PLACE', 'PERSON'];
const SIGNATORY_TYPES: readonly EntityType[] = ['PERSON', 'ORG'];

export function groupExtraction(extraction: Extraction): GroupedExtraction {
  const groups: EntityGroup[] = [];
  const byLookupKey = new Map<string, number>();
  const groupOfEntity = extraction.entities.map((entity) => {
    const key = entityKey(entity.type, entity.name, entity.value);
    if (key === '') return -1;
    const aliases = entity.aliases ?? [];
    const lookupKeys = [key, ...aliases.map(normalizeKey).filter((alias) => isLookupAlias(entity.type, alias))];
    const found = lookupKeys.map((k) => byLookupKey.get(typed(entity.type, k))).find((g) => g !== undefined);
    const index = found ?? groups.push(newGroup(entity.type, entity.name, key)) - 1;
    const group = groups[index]!;
    addNames(group, entity.name, key, aliases);
    for (const k of lookupKeys) {
      group.lookupKeys.add(k);
      if (!byLookupKey.has(typed(entity.type, k))) byLookupKey.set(typed(entity.type, k), index);
    }
    group.value ??= entity.value;
    group.geo ??= entity.geo;
    return index;
  });
  const roles = resolveRoles(extraction, groups);
  return { groups, groupOfEntity, roles };
}

/** normalizeKey of the name, or of the ISO value for a DATE ("7 octobre" and "October 7" are one date). */
export function entityKey(type: EntityType, name: string, value: string | undefined): string {
  return normalizeKey(type === 'DATE' && value ? value : name);
}

/** A one-word person alias (a surname) names many people: it never links documents. */
function isLookupAlias(type: EntityType, key: string): boolean {
  if (key === '' || type === 'DATE') return false;
  return type !== 'PERSON' || key.includes(' ');
}

function typed(type: EntityType, key: string): string {
  return `${type}\u0000${key}`;
}

function newGroup(type: EntityType, name: string, key: string): EntityGroup {
  return { type, name, key, aliases: [], lookupKeys: new Set(), value: undefined, geo: undefined };
}

function addNames(group: EntityGroup, name: string, key: string, aliases: readonly string[]): void {
  if (name.length > group.name.length && group.type !== 'DATE') {
    group.aliases.push(group.name);
    group.name = name;
    group.key = key;
  } else if (name !== group.name) {
    group.aliases.push(name);
  }
  for (const alias of aliases) {
    if (alias !== group.name && !group.aliases.includes(alias) && alias.trim() !== '') group.aliases.push(alias);
  }
}

function resolveRoles(extraction: Extraction, groups: EntityGroup[]): RoleRefs[] {
  const byAnyKey = indexAllKeys(groups);
  const refer = (names: readonly string[], types: readonly EntityType[]): number[] => {
    const refs = names.map((name) => resolveRoleName(name, types, byAnyKey, groups));
    return [...new Set(refs.filter((ref) => ref >= 0))];
  };
  return extraction.events.map((event) => ({
    parties: refer(event.parties, PARTY_TYPES),
    signatories: refer(event.signatories, SIGNATORY_TYPES),
  }));
}

/** Every key of every name and alias (one-word person aliases included: within one text they are unambiguous). */
function indexAllKeys(groups: readonly EntityGroup[]): Map<string, number> {
  const index = new Map<string, number>();
  groups.forEach((group, i) => {
    for (const name of [group.name, ...group.aliases]) {
      const key = typed(group.type, normalizeKey(name));
      if (!index.has(key)) index.set(key, i);
    }
    for (const key of group.lookupKeys) if (!index.has(typed(group.type, key))) index.set(typed(group.type, key), i);
  });
  return index;
}

/** The group a role name refers to; a name no entity carries becomes a group of its own (ORG for parties, PERSON for signatories). */
function resolveRoleName(
  name: string,
  types: readonly EntityType[],
  byAnyKey: Map<string, number>,
  groups: EntityGroup[],
): number {
  const key = normalizeKey(name);
  if (key === '') return -1;
  const found = types.map((type) => byAnyKey.get(typed(type, key))).find((g) => g !== undefined);
  if (found !== undefined) return found;
  const type = types[0]!;
  const index = groups.push({ ...newGroup(type, name.trim(), key), lookupKeys: new Set([key]) }) - 1;
  byAnyKey.set(typed(type, key), index);
  return index;
}
