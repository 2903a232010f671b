import type { WordToken } from './word-tokens.js';
import { isJoinerAfter } from './word-tokens.js';

// Chambers of commerce named by the towns they serve: "CCI Gap Hautes-Alpes", "CCI Brévannes Métropole Sermoise Lusignac".
const CHAMBER_ACRONYMS = new Set(['cci', 'ccir']);
const MAX_NAME_WORDS = 8;

/** The place is one of the names after a chamber's acronym, which lists the towns it serves. */
export function inChamberName(text: string, tokens: readonly WordToken[], first: number): boolean {
  for (let t = first - 1; t >= 0 && t >= first - MAX_NAME_WORDS; t--) {
    const token = tokens[t]!;
    if (!token.capitalized || !isJoinerAfter(text, tokens, t)) return false;
    if (token.allCaps && CHAMBER_ACRONYMS.has(token.key)) return true;
  }
  return false;
}
