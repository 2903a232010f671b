import { HONORIFICS, ROLE_MODIFIERS, ROLE_WORDS } from '../lexicons/people-titles.js';
import { fold } from '../entities/tokenize.js';

// At most this many title words between a cue and a name: "Deputy Mayor Dr.".
const MAX_TITLE_WORDS = 3;

function words(gap: string): string[] | undefined {
  const trimmed = gap.trim();
  if (trimmed === '') return [];
  const parts = trimmed.split(/\s+/u);
  return parts.length <= MAX_TITLE_WORDS ? parts.map((w) => fold(w.replace(/\.$/u, ''))) : undefined;
}

/** "", "Mme ", "Dr. ": nothing but honorifics (from lexicons/people-titles) before a name. */
export function onlyHonorifics(gap: string): boolean {
  return words(gap)?.every((w) => HONORIFICS.has(w)) ?? false;
}

/** "", "Councillor ", "Deputy Mayor Dr. ": nothing but honorifics and role words before a name. */
export function onlyTitles(gap: string): boolean {
  return words(gap)?.every((w) => HONORIFICS.has(w) || ROLE_WORDS.has(w) || ROLE_MODIFIERS.has(w)) ?? false;
}
