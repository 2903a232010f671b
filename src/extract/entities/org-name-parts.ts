import { firstAtOrAfter } from '../text/first-at-or-after.js';
import type { Span } from '../types.js';
import type { Analysis } from './candidate.js';
import { saysAfter, startsRole } from './find-people.js';
import type { EntityDraft } from './group-entities.js';
import { isPunct } from './word-classes.js';
import { HEAD_WORD, HONORIFIC, ROLE_WORD, wordLists } from './word-lists.js';

/**
 * "Harold Tembe University", "Commune d'El Morvane", "office de tourisme Val du Brenne": a
 * person whose whole name is a part of a body's name that has a head noun is the name that body
 * was given (a patron, a place), not someone the text speaks of, unless one of its mentions of two
 * words or more is introduced by a title or a role ("M. Jean Roy, fondateur de la Fondation Jean Roy")
 * or followed by a role or a verb of saying ("Jean Roy, président de la fondation, …", "Jean Roy said").
 */
export function withoutOrgNameParts(a: Analysis, people: readonly EntityDraft[], orgs: readonly EntityDraft[]): EntityDraft[] {
  const named = orgs.filter((o) => o.key.split(' ').some((w) => (wordLists(w) & HEAD_WORD) !== 0)).map((o) => ` ${o.key} `);
  if (named.length === 0) return people as EntityDraft[];
  // A lone word after a title is no vouched-for name (Welsh "Sir" before a place is the county, not the knight).
  return people.filter((p) => !named.some((o) => o !== ` ${p.key} ` && o.includes(` ${p.key} `)) || (p.key.includes(' ') && p.mentions.some((m) => isTitled(a, m) || isDescribed(a, m))));
}

/** Whether the word before the mention (a period after it skipped: "M.") is an honorific or a role. */
function isTitled(a: Analysis, m: Span): boolean {
  const t = a.tokens;
  let k = firstAtOrAfter(t, m.start) - 1;
  if (k >= 0 && t[k]!.text === '.') k--;
  return k >= 0 && (t[k]!.lists & (HONORIFIC | ROLE_WORD)) !== 0;
}

/** Whether ", <role>" or a verb of saying follows the mention. */
function isDescribed(a: Analysis, m: Span): boolean {
  const t = a.tokens;
  const end = firstAtOrAfter(t, m.end);
  return (isPunct(t[end], ',') && startsRole(a, end + 1)) || saysAfter(t, end);
}
