import { SuffixRegex } from '../text/word-regex.js';
import type { Trigger } from './find-triggers.js';

// "the promise of a wider friendship agreement", "la promesse d'une charte": a nominal intention right before the noun.
const PROMISE_BEFORE = new SuffixRegex(
  String.raw`(?:^|[^\p{L}])(?:promise|prospect|promesse|perspective)\s+(?:of|d['’]|de)\s*(?:(?:an?|the|another|une?|la|le|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}`,
  'iu',
);
// "a friendship pact in sight", "une convention en ligne de mire": the noun phrase itself says it is still to come.
const TO_COME_AFTER = /^(?:\s+[\p{Ll}-]+){0,2}?\s+(?:in\s+sight|on\s+the\s+horizon|en\s+perspective|en\s+ligne\s+de\s+mire|à\s+l['’]horizon)(?![\p{L}])/u;

/**
 * "… left with a signed deal between two colleges and the promise of a wider friendship agreement": the clause's
 * signing belongs to another noun; this agreement is promised, so planned.
 */
export function promisedAgreement(text: string, trigger: Trigger, kindEnd: number): boolean {
  if (PROMISE_BEFORE.test(text.slice(Math.max(0, trigger.start - 60), trigger.start))) return true;
  return TO_COME_AFTER.test(text.slice(kindEnd, kindEnd + 50));
}
