import { asciiWordRegex, wordRegex } from '../text/word-regex.js';
import type { Span } from '../types.js';
import type { Trigger } from './find-triggers.js';
import { reference } from './mention-context.js';

// Denials the verb-negation test of negation.ts does not read: a negative subject or object
// ("Nobody went to X to sign memorandums", "nous n'avons rien signé", "signed nothing"), a body
// that stands beside an agreement without being bound by it ("are not parties to the agreement",
// "n'est pas partie à la convention"), "sans qu'un accord ait été conclu", and a denied list
// ("No MOU, letter of intent or sister-city agreement was signed").

// Drafting too: "no one has drafted an agreement" denies it as surely as "nobody signed".
const SIGNING_WORD = /sign|conclu|paraph|ratifi|draft|rédig/giu;
// Just before a signing word: "Nobody went to Japan to …", "Personne n'est venu à Dakar pour …".
const NOBODY_PURPOSE_BEFORE = /(?:^|[^\p{L}])(?:nobody|no\s+one|personne\s+n['’])\s*(?:[\p{L}’'-]+\s+){1,5}?(?:to|pour)\s+$/iu;
// "nous n'avons rien signé", "nobody has signed", "no one signed", "personne n'a signé".
const NOTHING_BEFORE = /(?:^|[^\p{L}])(?:(?:n['’]|ne\s+)(?:\p{L}+\s+){0,2}?rien|nobody|no\s+one|personne\s+n['’])(?:\s*\p{L}+){0,2}?\s*$/iu;
// "signed nothing", "has signed nothing with".
const NOTHING_AFTER = /^\p{L}*\s+nothing\b/iu;
const NOTHING_STEM = asciiWordRegex(String.raw`\b(?:nobody|no\s+one|personne|rien|nothing)\b`);

// Just before the noun: "are not parties to the proposed", "n'est pas partie à la", "nor a signatory of the",
// "sans être partie à la", "without being a party to the", "<ne pas vouloir> s'associer à la", "sans être associé(e) à <déterminant>".
const NOT_PARTY_BEFORE = wordRegex(
  String.raw`\b(?:(?:not|neither|none(?:\s+of\s+(?:them|the\s+\p{L}+))?)\s+(?:(?:be|is|are|was|were|will\s+be|has\s+been|have\s+been)\s+)?(?:a\s+)?(?:part(?:y|ies)|signator(?:y|ies))\s+(?:to|of)|(?:n['’]|ne\s+)\p{L}+\s+(?:pas|point|nullement)\s+(?:partie|parties|signataires?)\s+(?:à|au|aux|de)|sans\s+(?:en\s+)?être\s+(?:partie|parties|signataires?|associée?s?)\s+(?:à|au|aux|de)|(?:n['’]|ne\s+)\p{L}+\s+(?:(?:toutefois|cependant|pourtant|donc)\s+)?(?:pas|point|nullement)\s+(?:souhaité|voulu|désiré|été)\s+(?:s['’]associer|associée?s?)\s+(?:à|au|aux)|without\s+being\s+(?:a\s+)?(?:part(?:y|ies)|signator(?:y|ies))\s+(?:to|of))\s+(?:(?:the|this|that|either|any|its|their|la|le|les|l['’]|cette|ce|cet|ces)\s*)?(?:\p{L}+[\s-]+){0,2}$`,
  'iu',
);
// "sans qu'un accord distinct ait été conclu", "sans qu'aucune convention".
const WITHOUT_THAT_BEFORE = wordRegex(String.raw`\bsans\s+qu['’](?:une?|aucune?)\s+(?:\p{L}+[\s-]+){0,2}$`, 'iu');
// "No MOU, letter of intent or …", "Ni protocole, ni …": a negative determiner over a list that ends in the noun.
const DENIED_LIST_BEFORE = wordRegex(
  String.raw`\b(?:no|aucune?|neither|ni)\s+(?:[\p{L}-]+,?\s+){0,6}?(?:[\p{L}-]+,|or|nor|ou|ni)\s+(?:[\p{L}-]+\s+){0,2}$`,
  'iu',
);
const NEGATIVE_STEM = asciiWordRegex(String.raw`\b(?:no|not|none|aucune?|neither|ni|sans|without|pas|point|nullement)\b|n['’]`);

// After the noun, pointing back to it: "welcomed the memorandum but is not a party to it", "qui n'est partie à aucune d'elles".
const NOT_PARTY_AFTER = wordRegex(
  String.raw`\b(?:(?:not|neither|none)\s+(?:(?:be|is|are|was|were|will\s+be)\s+)?(?:a\s+)?(?:part(?:y|ies)|signator(?:y|ies))\s+(?:to|of)\s+(?:it|them|either|any\s+of\s+them)|(?:n['’]|ne\s+)\p{L}+\s+(?:(?:pas|point|nullement)\s+)?(?:partie|parties|signataires?)\s+(?:à\s+(?:aucune?|elles?|eux)|de\s+(?:aucune?|celles?-ci|ceux-ci)))\b`,
  'iu',
);

/** Whether the clause holding the agreement noun `trigger` denies it in one of the forms above. */
export function signedNothing(text: string, sentence: Span, region: Span, trigger: Trigger): boolean {
  const before = text.slice(Math.max(region.start, trigger.start - 60), trigger.start);
  if (NEGATIVE_STEM.test(before) && (NOT_PARTY_BEFORE.test(before) || WITHOUT_THAT_BEFORE.test(before))) return true;
  const after = text.slice(trigger.end, region.end);
  // Only of an agreement named before: "A and B signed an MOU; C is not a party to it" still tells the signing.
  if (reference(trigger) !== 'indefinite' && NEGATIVE_STEM.test(after) && NOT_PARTY_AFTER.test(after)) return true;
  // A list cut off by its commas: read from the sentence, not the clause.
  const listBefore = text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start);
  if (NEGATIVE_STEM.test(listBefore) && DENIED_LIST_BEFORE.test(listBefore)) return true;
  const clause = text.slice(region.start, region.end);
  if (!NOTHING_STEM.test(clause)) return false;
  SIGNING_WORD.lastIndex = 0;
  for (let m = SIGNING_WORD.exec(clause); m; m = SIGNING_WORD.exec(clause)) {
    const preceding = clause.slice(Math.max(0, m.index - 60), m.index);
    if (NOBODY_PURPOSE_BEFORE.test(preceding) || NOTHING_BEFORE.test(preceding.slice(-40))) return true;
    if (NOTHING_AFTER.test(clause.slice(m.index, m.index + 30))) return true;
  }
  return false;
}
