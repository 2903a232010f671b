import type { DateMention } from '../dates/extract-dates.js';
import { wordRegex } from '../text/word-regex.js';
import type { Trigger } from './find-triggers.js';

// "the original 2015 agreement", "l'ancienne convention", "la première charte".
const EARLIER_BEFORE = /(?:^|[^\p{L}])(?:(original|previous|former|earlier|initial|initiale|ancien|ancienne|précédente?)|(first|premier|première))\s+(?:\d{4}\s+)?$/iu;
const PLUPERFECT = wordRegex(String.raw`\b(?:avai(?:en)?t\s+été|had\s+been)\b`, 'iu');

/**
 * An agreement earlier than the one reported: "the original 2015 agreement was signed by …";
 * "la première charte avait été signée en 1985" (a first one told in the pluperfect, since
 * "leur premier accord" may be the one signed today).
 */
export function isHistoric(text: string, trigger: Trigger, clause: string): boolean {
  const m = EARLIER_BEFORE.exec(text.slice(Math.max(0, trigger.start - 30), trigger.start));
  return m !== null && (m[1] !== undefined || PLUPERFECT.test(clause));
}

/** The year of "the original 2015 agreement", which reads as no date on its own. */
export function yearBefore(text: string, trigger: Trigger): DateMention | undefined {
  const m = /(\d{4})\s+$/.exec(text.slice(Math.max(0, trigger.start - 8), trigger.start));
  if (!m) return undefined;
  const start = trigger.start - m[0].length;
  return { start, end: start + 4, text: m[1]!, value: m[1]! };
}
