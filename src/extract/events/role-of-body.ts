import { ROLE_WORDS } from '../lexicons/people-titles.js';
import type { Span } from '../types.js';

// "le chancelier du X", "la présidente de la X", "the director of the X": a role noun, then the body it heads.
const ROLE_OF = /([\p{L}-]+)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+the\s+|of\s+)$/u;
const ROLE_REACH = 40;

/** True when the body mention `m` follows a role noun that it completes ("le chancelier du X", "the rector of the X"). */
export function headedByRole(text: string, m: Span): boolean {
  const role = ROLE_OF.exec(text.slice(Math.max(0, m.start - ROLE_REACH), m.start));
  return role !== null && ROLE_WORDS.has(foldWord(role[1]!));
}

function foldWord(w: string): string {
  return w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
