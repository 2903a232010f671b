import { wordRegex } from '../text/word-regex.js';
import type { Span } from '../types.js';

// "Une visite … a été évoquée", "A return visit … has been discussed", "Une deuxième mission est déjà évoquée": an idea
// raised, not a trip planned.
const RAISED_AFTER = wordRegex(
  String.raw`\b(?:(?:a|ont|avait|avaient)\s+(?:déjà\s+|aussi\s+|également\s+)?été\s+(?:évoquée?s?|discutée?s?|abordée?s?|mentionnée?s?)|(?:est|sont)\s+(?:déjà\s+|aussi\s+|également\s+)?évoquée?s?|(?:has|have|had|was|were)\s+(?:been\s+)?(?:discussed|mooted|floated|raised|mentioned))\b`,
  'iu',
);
// "aucune date n'a été arrêtée", "no dates have been set": nothing fixed for it.
const NO_DATE = wordRegex(
  String.raw`\b(?:aucune\s+date\s+n['’](?:a|avait)\s+(?:encore\s+)?été\s+(?:fixée|arrêtée|retenue|choisie)|sans\s+(?:aucune\s+)?date\s+(?:fixée|arrêtée|retenue|précise)|no\s+dates?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:set|fixed|agreed|scheduled)|with\s+no\s+dates?\s+(?:set|fixed|agreed|scheduled)` +
    // "maybe to X, but nothing is booked", "rien n'est encore fixé": nothing arranged for it.
    String.raw`|nothing\s+(?:is|has\s+been|was)\s+(?:yet\s+)?(?:booked|set|fixed|confirmed|scheduled|planned)|rien\s+n['’](?:est|a\s+été)\s+(?:encore\s+)?(?:fixé|réservé|arrêté|décidé|confirmé|prévu)` +
    // "…, sans date.", "aucune décision n'est prise", "no decision has been made", "likely, but not budgeted yet": nothing decided.
    String.raw`|sans\s+date(?=\s*[.;:,)]|\s*$)|aucune\s+décision\s+n['’](?:est|a\s+été)\s+(?:encore\s+)?prise|no\s+decision\s+(?:is|has\s+been|was)\s+(?:yet\s+)?(?:made|taken)` +
    String.raw`|(?:not|pas)\s+(?:yet\s+|encore\s+)?(?:budgeted|funded|budgétée?s?|financée?s?))\b`,
  'iu',
);
// The idea of a trip raised just before the trip's noun; the word before the noun may be any (\p{L}: under `iu`, \p{Ll}
// took capitals anyway), as in "floated a Dunmere visit".
// English: "She floated a return visit", "the board debates the merits of an exchange visit": still to be decided.
const RAISED_EN = String.raw`(?:mooted|floated|raised|mentioned|discussed|(?:debate|debates|debating)\s+the\s+(?:cost|merits|budget)\s+of)\s+(?:a|an|the\s+idea\s+of\s+an?|the\s+possibility\s+of\s+an?)`;
// French: "Le maire a évoqué une visite à X", "ont aussi mentionné la possibilité d'une mission".
const RAISED_FR = String.raw`(?:a|ont|avait|avaient)\s+(?:\p{L}+\s+){0,2}?(?:évoqué|mentionné)\s+(?:une?|la\s+possibilité\s+d['’]une?)`;
// French, a debate to come: "le conseil débattra du coût d'une visite", "discuter de l'opportunité d'une mission".
const DEBATED_FR = String.raw`(?:débat\p{L}*|discuter\p{L}*)\s+(?:du\s+coût|du\s+budget|de\s+l['’]opportunité)\s+d['’]\s*une`;
const RAISED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${RAISED_EN}|${RAISED_FR}|${DEBATED_FR})\s+(?:\p{L}+\s+)?$`, 'iu');
// "Several participants asked whether a similar mission to X is planned", "… whether a Dunmere delegation …", "se demandent si
// une visite …": a trip asked about; the word before the noun may be a town's name (\p{L}: under `iu`, \p{Ll} took it anyway).
const ASKED_BEFORE = /(?:^|[^\p{L}])(?:(?:asked|asks|asking|wondered|wonders|wondering)\s+(?:whether|if)|(?:demandé|demandent|demande|demandaient)\s+si)\s+(?:une?|a|an)\s+(?:\p{L}+\s+)?$/iu;
const STEM = /évoqu|discut|abord|debat|débat|mentionn|discussed|mooted|floated|raised|mentioned|date|nothing|rien|décision|decision|budget|funded|financ|asked|asks|asking|wonder|demand/i;

/**
 * An indefinite trip ("une visite", "a return visit", "une mission") that the sentence only says was
 * raised, or for which it says no date is set, is an idea, not a trip made or planned.
 */
export function mootedTrip(text: string, sentence: Span, trigger: Span, indefinite: boolean): boolean {
  if (!indefinite) return false;
  const rest = text.slice(trigger.end, sentence.end);
  const whole = text.slice(sentence.start, sentence.end);
  const before = text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start);
  return STEM.test(whole) && (RAISED_AFTER.test(rest) || NO_DATE.test(whole) || RAISED_BEFORE.test(before) || ASKED_BEFORE.test(before));
}
