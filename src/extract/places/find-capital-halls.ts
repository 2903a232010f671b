import wordLists from '../gazetteer/word-lists.json' with { type: 'json' };
import type { FeatureSpan } from './find-features.js';
import { EXTRA_COMMON_WORDS } from './place-cues.js';
import type { WordToken } from './word-tokens.js';
import { isJoinerAfter, isSpaceAfter } from './word-tokens.js';

// Halls named with a capital head and the place or name after it: "Palais d'Iéna", "Grand Théâtre de Tours".
const HALL_HEADS = new Set(['palais', 'theatre']);
const SIZE_WORDS = new Set(['grand', 'petit']);
const LINKS = new Set(['de', 'du', 'd']);
const COMMON: ReadonlySet<string> = new Set([...wordLists.commonWords, ...EXTRA_COMMON_WORDS]);

/**
 * "au Palais de Chantereine", "le Grand Théâtre de Namur": a capitalized hall and one name after
 * its link. A theatre keeps its town as a place; a palace is named after anything.
 * Not "Palais des congrès" (a common word) nor "Palais de Justice".
 */
export function findCapitalHalls(text: string, tokens: readonly WordToken[]): FeatureSpan[] {
  const found: FeatureSpan[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i]!;
    if (!head.capitalized || head.allCaps || !HALL_HEADS.has(head.key)) continue;
    const [link, name, after] = [tokens[i + 1]!, tokens[i + 2]!, tokens[i + 3]];
    if (link.capitalized || !LINKS.has(link.key) || !isJoinerAfter(text, tokens, i) || !isJoinerAfter(text, tokens, i + 1)) continue;
    if (!name.capitalized || name.allCaps || COMMON.has(name.key)) continue;
    // "Palais de Tokyo Art Fair": the name goes on into something else.
    if (after?.capitalized && isSpaceAfter(text, tokens, i + 2)) continue;
    const size = tokens[i - 1];
    const first = size?.capitalized && SIZE_WORDS.has(size.key) && isSpaceAfter(text, tokens, i - 1) ? i - 1 : i;
    found.push({ first, last: i + 2, confidence: 0.6, venue: head.key === 'theatre' });
  }
  return found;
}
