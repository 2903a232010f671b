import { WordStartRegex, wordRegex } from '../text/word-regex.js';
import type { Span } from '../types.js';

// "No agreements were signed", "aucune entente n'a été signée", "sans accord", "without a deal".
const NEGATIVE_DETERMINER = wordRegex(
  String.raw`\b(?:no|aucune?|nul(?:le)?|pas\s+d['’]|not\s+(?:a|an|any)|without\s+(?:a|an|any)|sans)\s+(?:\p{L}+[\s-]+){0,2}$`,
  'iu',
);
// "n'ont pas signé", "ne sera pas signée", "was not signed", "did not sign", "hasn't signed".
const NEGATED_SIGNING = new WordStartRegex(
  String.raw`(?:(?:n['’]|ne\s+)(?:\p{L}+\s+){0,2}?(?:pas|jamais|point)|not(?!\s+only)|never|\p{L}+n['’]t)\s+(?:\p{L}+\s+){0,2}?(?:sign|conclu|paraph|scell|seal|ink|ratifi)\p{L}*`,
  'iu',
);
// "n'a pas encore été signée", "has not yet been signed": a plan, not a denial.
const YET = new WordStartRegex(String.raw`(?:encore|yet|toujours\s+pas)\b`, 'iu');

// Cheap pre-checks: every negated form contains one of these.
const DETERMINER_STEM = /\b(?:no|aucune?|nul(?:le)?|pas|not|without|sans)\b/i;
const SIGNING_STEM = /sign|conclu|paraph|scell|seal|ink|ratifi/i;
const VERB_NEGATION_STEM = /\b(?:pas|jamais|point|not|never)\b|n['’]t\b/i;

export type Negation = 'none' | 'denied' | 'pending';

/**
 * Whether the clause denies the agreement it names: "Aucune entente n'a été signée", "No
 * agreements were signed during the trip". "Pas encore signée" / "not yet signed" is pending.
 */
export function agreementNegation(text: string, region: Span, trigger: Span, clause = text.slice(region.start, region.end)): Negation {
  const before = text.slice(Math.max(region.start, trigger.start - 30), trigger.start);
  const determiner = DETERMINER_STEM.test(before) && NEGATIVE_DETERMINER.test(before);
  if (!determiner && !(SIGNING_STEM.test(clause) && VERB_NEGATION_STEM.test(clause) && NEGATED_SIGNING.test(clause))) return 'none';
  return YET.test(clause) ? 'pending' : 'denied';
}
