import { CHINESE_SURNAMES, PINYIN_GIVEN_NAME, VIETNAMESE_SURNAMES } from '../lexicons/people-surnames.js';
import type { Token } from './tokenize.js';

// "Seon-ho", "Ji-hoon": a romanized Korean given name, its second syllable joined in lower case.
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * The token of a full name that later mentions use alone: the first for a name that puts its
 * family name first ("Lee Dong-hyun" → "Mayor Lee", "Qiao Renfeng" → "Qiao", "Lê Thị Minh Châu"
 * → "Mme Phan"), else the last ("Ana Ruiz" → "Ruiz").
 */
export function familyNameToken(name: readonly Token[]): Token {
  const first = name[0]!;
  const last = name[name.length - 1]!;
  return name.length > 1 && isFamilyNameFirst(name, first, last) ? first : last;
}

function isFamilyNameFirst(name: readonly Token[], first: Token, last: Token): boolean {
  if (VIETNAMESE_SURNAMES.has(first.text)) return true;
  if (name.length !== 2) return false;
  if (KOREAN_GIVEN_NAME.test(last.text)) return true;
  // "Wei Zhang" puts the given name first: a family name last says so.
  return CHINESE_SURNAMES.has(first.fold) && !CHINESE_SURNAMES.has(last.fold) && PINYIN_GIVEN_NAME.test(last.fold);
}
