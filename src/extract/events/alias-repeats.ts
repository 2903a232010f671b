import type { ExtractedEntity } from '../types.js';
import { fold } from './same-party.js';

/**
 * Each side once: "UQAM" found on its own and "Université du Québec à Montréal" whose alias is
 * "UQAM" are one body; the entity with the fuller name stays.
 */
export function withoutAliasRepeats(parties: readonly ExtractedEntity[]): ExtractedEntity[] {
  if (parties.length < 2) return [...parties];
  const kept: ExtractedEntity[] = [];
  for (const p of parties) {
    const i = kept.findIndex((k) => namesOther(k, p) || namesOther(p, k));
    if (i < 0) kept.push(p);
    else if (p.name.length > kept[i]!.name.length) kept[i] = p;
  }
  return kept;
}

/** True when a form of `a` (its name or an alias) is the name of `b`. */
export function namesOther(a: ExtractedEntity, b: ExtractedEntity): boolean {
  if (a.type === 'PERSON' || a.type !== b.type) return false;
  const name = fold(b.name);
  return (a.aliases ?? []).some((x) => fold(x) === name);
}
