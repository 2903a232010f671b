import { wordRegex } from '../text/word-regex.js';
import type { Span } from '../types.js';

// "You sign a memorandum when you know who you will work with", "you don't sign an MOU for the photo":
// the generic "you" of a maxim, not a signing that happened or is planned.
const GENERIC_YOU_SIGNS = wordRegex(
  String.raw`(?:^|[^\p{L}])you\s+(?:(?:don['’]t|do\s+not|never|only|can(?:not|['’]t)?|should(?:n['’]t)?|must|have\s+to|need\s+to|would(?:n['’]t)?)\s+)?(?:sign|conclude|ink)\s+(?:an?|any)\s`,
  'iu',
);

/** Whether the clause tells what "you" do when signing an agreement in general. */
export function genericSigning(clause: string): boolean {
  return /you/i.test(clause) && GENERIC_YOU_SIGNS.test(clause);
}

// "would announce any agreement", "asked that any future agreement be tabled", "toute entente future",
// "tout nouvel accord": whatever agreement may come, none in particular ("la toute première entente" is one).
const ANY_BEFORE = wordRegex(String.raw`\b(?:any|tout|toute)\s+(?!premi|derni|récent|nouveau\s+venu)(?:\p{Ll}[\p{L}-]*\s+)?$`, 'iu');

/** Whether the agreement noun at `trigger` is quantified by "any" / "tout": an agreement in general. */
export function anyAgreement(text: string, trigger: Span): boolean {
  return ANY_BEFORE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start));
}
