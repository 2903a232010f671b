import { wordRegex } from '../text/word-regex.js';

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
