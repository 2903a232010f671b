import { wordRegex, WordStartRegex } from '../text/word-regex.js';
import type { Span } from '../types.js';
import type { Trigger } from './find-triggers.js';

// "L'entente prévoit des échanges entre A et B", "The agreement provides for …": its content, not new sides.
const CONTENT_VERB = wordRegex(
  String.raw`^(?:\s*,[^,.;]{0,80},)?\s+(?:prévoi(?:t|ent)|prévoira|porte(?:nt)?\s+sur|vise(?:nt)?\s+(?:à|notamment)|comprend|comprennent|inclut|incluent|couvre(?:nt)?|stipule(?:nt)?|engage(?:nt)?|encadre(?:nt)?|permet(?:tra|tent)?|favorise(?:ra)?|soutien(?:dra|t)|provides?|provide\s+for|covers?|includes?|calls?\s+for|stipulates?|commits?|sets?\s+out|aims?\s+to|will\s+(?:allow|enable|support|see|provide|cover|include))\b`,
  'iu',
);
// "the three-year", "the 2024", "the new": a modifier between the frame's determiner and the noun.
const MODIFIER = String.raw`(?:[\p{L}\p{N}]+-[\p{L}\p{N}-]+\s+|\d[\p{L}\p{N}-]*\s+|(?:new|renewed|revised|nouvel(?:le)?|nouveau|même)\s+)`;
// "Under the agreement, …", "En vertu de cette entente, …", "Aux termes de l'accord, …", "Under the three-year MOU, …".
const CONTENT_FRAME = new WordStartRegex(
  String.raw`(?:under|through|via|selon|en\s+vertu\s+d[eu']|aux\s+termes\s+d[eu']|grâce\s+à|par)\s*(?:(?:la\s+|le\s+|l['’]\s*|les\s+|cette\s+|cet\s+|ce\s+|the\s+|this\s+|that\s+|these\s+)${MODIFIER}{0,2})?$`,
  'iu',
);

/**
 * A definite or demonstrative agreement noun whose sentence tells what the agreement contains
 * ("L'entente prévoit …", "Under the agreement, X and Y will …"): the parties it names are
 * beneficiaries, not the agreement's sides.
 */
export function isContentMention(text: string, region: Span, trigger: Trigger): boolean {
  if (!/^(?:le|la|l’|les|ce|cet|cette|ces|the|this|that|these|its|son|sa|leur)$/.test(trigger.determiner)) return false;
  if (CONTENT_FRAME.test(text.slice(Math.max(region.start, trigger.start - 40), trigger.start))) return true;
  const kindEnd = trigger.start + trigger.kind.length;
  return CONTENT_VERB.test(text.slice(kindEnd, Math.min(region.end, kindEnd + 140)));
}
