import type { Token } from './tokenize.js';
import { LOWER_STOP, isNameWord } from './word-classes.js';

// Heads whose name lists portfolios: "ministère de l'Aménagement du territoire et du Développement …".
const PORTFOLIO_HEADS = new Set(['ministere']);
const COMPLEMENT_LINKS = new Set(['du', 'de', 'des']);
const NEXT_PORTFOLIO_LINKS = new Set(['du', 'de', 'des', "d'"]);
const NEXT_PORTFOLIO_ARTICLES = new Set(['la', "l'"]);

/**
 * "… de l'Aménagement | du territoire | et du Développement communautaire": inside a
 * ministry's list of portfolios, a portfolio may go on with a lower-case complement. At the
 * link `j` after a capitalized portfolio, returns where that complement ends when "et de/du"
 * and the next capitalized portfolio follow it, or -1 ("ministère de la Santé du pays" ends
 * before "du pays").
 */
export function portfolioComplementEnd(t: readonly Token[], head: number, j: number): number {
  const link = t[j];
  const noun = t[j + 1];
  if (!PORTFOLIO_HEADS.has(t[head]!.fold) || !link || link.isCap || !COMPLEMENT_LINKS.has(link.fold)) return -1;
  if (!noun || !noun.isWord || noun.isCap || LOWER_STOP.has(noun.fold)) return -1;
  if (t[j + 2]?.fold !== 'et' || !NEXT_PORTFOLIO_LINKS.has(t[j + 3]?.fold ?? '') || t[j + 3]!.isCap) return -1;
  const next = NEXT_PORTFOLIO_ARTICLES.has(t[j + 4]?.fold ?? '') && !t[j + 4]!.isCap ? j + 5 : j + 4;
  return isNameWord(t[next]) && !t[next]!.lineStart ? j + 2 : -1;
}
