import type { EventStatus, Span } from '../types.js';
import { readClause } from './detect-status.js';

// "- ", "• ", "1. ", "2) ", "a) ": a line that is one item of a list.
const ITEM_MARK = /^[ \t]*(?:[-–—•·*▪►]|\d{1,2}[.)]|[a-h]\))[ \t]+/u;
// "Le premier, un protocole d'accord, …", "Le second est un renouvellement", "The third is …": items told one per paragraph.
const ORDINAL_ITEM =
  /^[ \t]*(?:(?:le|la|the)\s+(?:premier|première|second|seconde|deuxième|troisième|quatrième|cinquième|dernier|dernière|first|second|third|fourth|fifth|last)|(?:en\s+)?(?:premier|second)\s+lieu)(?![\p{L}])/iu;
// The intro announces several texts: "Six agreements were signed:", "par la signature de trois textes.", "The following were signed".
const ANNOUNCES_SEVERAL =
  /:\s*$|(?:^|[^\p{L}])(?:following|suivants?|suivantes|two|three|four|five|six|seven|eight|nine|ten|several|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|\d{1,2})(?![\p{L}])/iu;
// A list is a few dozen lines: the walk back to its intro reads no more than this (bounded time).
const LIST_REACH = 4000;
const INTRO_REACH = 300;

/**
 * The status a list item inherits from the sentence that introduces its list: "Six agreements
 * were signed: an MoU between A and B; a letter of intent between C and D", a bulleted or
 * numbered list after "The following were signed at the forum:", or "Le premier, un protocole
 * d'accord, lie A à B" after "Trois textes ont été paraphés". Undefined when the clause is no
 * list item, or its intro tells no signing.
 */
export function listIntroStatus(text: string, sentence: Span, region: Span): EventStatus | undefined {
  const intro = listIntro(text, sentence, region);
  if (!intro) return undefined;
  const read = readClause(text.slice(intro.start, intro.end));
  return read.signing ? read.status : undefined;
}

/** The sentence that introduces the list of which the clause is an item, when it announces several texts. */
export function listIntro(text: string, sentence: Span, region: Span): Span | undefined {
  const intro = introOf(text, sentence, region);
  return intro && ANNOUNCES_SEVERAL.test(text.slice(intro.start, intro.end)) ? intro : undefined;
}

function introOf(text: string, sentence: Span, region: Span): Span | undefined {
  // "… were signed: an MoU between A and B; a letter between C and D": items of one sentence.
  if (region.start > sentence.start) {
    const head = text.slice(sentence.start, region.start);
    const colon = head.indexOf(':');
    if (colon >= 0 && /;\s*$|:\s*$/.test(head)) return { start: sentence.start, end: sentence.start + colon + 1 };
  }
  const line = lineAt(text, sentence.start);
  // "1. Une convention …": the splitter may leave the number out of the sentence.
  const lead = text.slice(line.start, sentence.start);
  if (lead.trim() !== '' && !ITEM_MARK.test(lead)) return undefined;
  const first = text.slice(line.start, line.end);
  const bulleted = ITEM_MARK.test(first);
  if (!bulleted && !ORDINAL_ITEM.test(first)) return undefined;
  // Back over the list's other items (and blank lines) to the paragraph that opens it.
  for (let at = line.start; at > 0 && sentence.start - at < LIST_REACH; ) {
    const prev = lineAt(text, at - 1);
    at = prev.start;
    const s = text.slice(prev.start, prev.end);
    if (s.trim() === '' || (bulleted ? ITEM_MARK.test(s) : ORDINAL_ITEM.test(s))) continue;
    return lastSentence(text, { start: prev.start, end: prev.start + s.trimEnd().length });
  }
  return undefined;
}

/** The last sentence of a paragraph (its end, when the paragraph is long). */
function lastSentence(text: string, paragraph: Span): Span {
  const from = Math.max(paragraph.start, paragraph.end - INTRO_REACH);
  const tail = text.slice(from, paragraph.end);
  const stop = Math.max(tail.lastIndexOf('. ', tail.length - 2), tail.lastIndexOf('! '), tail.lastIndexOf('? '));
  return { start: stop >= 0 ? from + stop + 2 : from, end: paragraph.end };
}

function lineAt(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

// "Il a été signé par …", "Elle … a été signée par", "It was signed by": the next sentence signs the agreement just named.
const SIGNED_NEXT =
  /^\s*(?:Il|Elle|It|Celui-ci|Celle-ci)\s+(?:[^.;!?]{0,80}?\s)?(?:a\s+été|avait\s+été|was|has\s+been|had\s+been)\s+(?:sign|paraph|conclu|ratifi|inked)/u;

/** True when the sentence after the agreement's opens on a pronoun that was signed ("Il a été signé par le maire"). */
export function signedInNextSentence(text: string, sentence: Span): boolean {
  return SIGNED_NEXT.test(text.slice(sentence.end, sentence.end + 160));
}
