import type { Analysis } from './candidate.js';
import type { EntityDraft } from './group-entities.js';
import { HEAD_WORD, HONORIFIC, ROLE_WORD, wordLists } from './word-lists.js';

/**
 * "Harold Tembe University", "Commune d'El Morvane", "office de tourisme Val du Brenne": a
 * person whose whole name is a part of a body's name that has a head noun is the name that body
 * was given (a patron, a place), not someone the text speaks of, unless a title or a role
 * introduces one of its mentions of two words or more ("M. Jean Roy, fondateur de la Fondation Jean Roy").
 */
export function withoutOrgNameParts(a: Analysis, people: readonly EntityDraft[], orgs: readonly EntityDraft[]): EntityDraft[] {
  const named = orgs.filter((o) => o.key.split(' ').some((w) => (wordLists(w) & HEAD_WORD) !== 0)).map((o) => ` ${o.key} `);
  if (named.length === 0) return people as EntityDraft[];
  // A lone word after a title is no vouched-for name ("Cyngor Sir X": the Welsh county, not the knight).
  return people.filter((p) => !named.some((o) => o !== ` ${p.key} ` && o.includes(` ${p.key} `)) || (p.key.includes(' ') && p.mentions.some((m) => isTitled(a, m.start))));
}

/** Whether the word before the mention at `start` (a period after it skipped: "M.") is an honorific or a role. */
function isTitled(a: Analysis, start: number): boolean {
  const t = a.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo - 1;
  if (k >= 0 && t[k]!.text === '.') k--;
  return k >= 0 && (t[k]!.lists & (HONORIFIC | ROLE_WORD)) !== 0;
}
