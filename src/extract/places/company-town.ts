import { INDUSTRY_HEADS_LAST, LEGAL_SUFFIXES } from '../lexicons/org-head-words.js';
import type { WordToken } from './word-tokens.js';
import { isSpaceAfter } from './word-tokens.js';

// "Hudson Valley Textiles": a feature word after the town makes the town's name part of a longer place's.
const FEATURE_WORDS = new Set([
  'valley', 'bay', 'river', 'lake', 'lakes', 'harbour', 'harbor', 'mountain', 'mountains', 'island', 'islands', 'creek', 'falls', 'park',
  'hills', 'ridge', 'point', 'springs', 'beach', 'coast', 'heights', 'county', 'city', 'state',
]);
const MAX_COMPANY_WORDS = 4;

/**
 * "Marskeby Carbon Capture Services", "Eastmoor Catalysts Ltd", "Fellbridge Valve Works":
 * a town's name opening a company's, which a legal form or an industry noun closes. The
 * gold lists such towns as places, like those opening a body's name.
 */
export function opensCompanyName(text: string, tokens: readonly WordToken[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || FEATURE_WORDS.has(next.key)) return false;
  // "Cedar Ridge Semiconductor", "Pine Valley Machining": a town's name inside a longer one is no town.
  const before = tokens[first - 1];
  if (before?.capitalized && isSpaceAfter(text, tokens, first - 1)) return false;
  for (let k = last + 1; k <= last + MAX_COMPANY_WORDS && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.capitalized || !isSpaceAfter(text, tokens, k - 1)) return false;
    if (LEGAL_SUFFIXES.has(token.key) || INDUSTRY_HEADS_LAST.has(token.key) || token.key === 'services') return k > last + 1 || LEGAL_SUFFIXES.has(token.key);
  }
  return false;
}
