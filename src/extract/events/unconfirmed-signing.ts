import { asciiWordRegex, wordRegex } from '../text/word-regex.js';
import type { Span } from '../types.js';
import type { Trigger } from './find-triggers.js';

// Agreements a clause names without telling them: a rumour ("les rumeurs d'un jumelage"), a report the
// text calls wrong ("Reports that X had signed an agreement … are wrong", "dismissed claims that …"),
// a denial ("denies signing a twinning deal", "dément avoir signé une convention") and a question
// ("demande si un accord a été conclu", "Has the port signed an agreement with X?", read with its answer).

// A rumour is unconfirmed by its noun alone: "rumours of a twinning", "la rumeur d'une entente"; a comma
// ends its reach ("Despite rumours of delays, the two cities signed an agreement"), and a report's.
const RUMOUR_BEFORE = wordRegex(
  String.raw`\b(?:rumou?rs?|rumeurs?|allegations?|allégations?|speculation|spéculations?|ouï-dire)\b[^.;!?,]{0,80}?(?:\b(?:that|of|about|selon\s+lesquel(?:le)?s?|voulant\s+qu|d['’]|de|du|des|sur)\b|\bqu['’])[^.;!?,]{0,100}$`,
  'iu',
);
// A report or a claim only when the sentence calls it wrong or someone denies it.
const REPORT_BEFORE = wordRegex(
  String.raw`\b(?:reports?|claims?|informations?|affirmations?|articles?|posts?|publications?)\b[^.;!?,]{0,80}?(?:\bthat\b|\bselon\s+lesquel(?:le)?s?\b|\bvoulant\s+qu|\bqu['’])[^.;!?,]{0,120}$`,
  'iu',
);
const CALLED_WRONG = wordRegex(
  String.raw`\b(?:wrong|false|untrue|inaccurate|incorrect|unfounded|baseless|premature|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:es|ed|ing)|erronée?s?|fausses?|faux|inexacte?s?|infondée?s?|sans\s+fondement|prématurée?s?|dément\p{L}*|démenti\p{L}*|réfut\p{L}*)\b`,
  'iu',
);
// "denies signing", "denied that an agreement had been signed", "dément avoir signé", "nie toute entente".
const DENIAL_BEFORE = wordRegex(
  String.raw`\b(?:den(?:y|ies|ied|ying)|dément(?:ent)?|démenti|démentait|nie(?:nt)?|nié|niait)\b\s+(?:[\p{L}’'-]+\s+){0,5}$`,
  'iu',
);
// "asks whether", "a demandé au maire si", "s'interroge sur la question de savoir si".
const ASKED_BEFORE = wordRegex(
  String.raw`\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|inquir(?:es|ed|ing)|question(?:s|ed|ing)?|demand(?:e|ent|é|ait|aient)|interroge(?:nt)?|s['’]interrog\p{L}*|se\s+demand\p{L}*)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:whether|if|si|s['’](?=ils?\b))\b[^.;!?]{0,120}$`,
  'iu',
);
// A yes/no question: an auxiliary first ("Has …?", "Will …?"), or a French inversion or "est-ce que".
const YES_NO_OPENING = asciiWordRegex(
  String.raw`^(?:[\p{L}\p{Lu} .'’-]{1,40}:\s*)?(?:(?:has|have|had|did|do|does|will|would|is|are|was|were|could|can|should|shall)\b|(?:est-ce\s+qu|\p{L}+-(?:t-)?(?:vous|il|elle|ils|elles|on|nous)\b))`,
  'iu',
);
const STEM = asciiWordRegex(
  String.raw`rumou?r|rumeur|allegation|allégation|spécul|speculation|ouï|report|claim|information|affirmation|article|post|publication|den(?:y|ie)|dément|démenti|\bnie|\bnié|ask|wonder|inquir|question|demand|interrog|\?`,
  'iu',
);

/** Whether the sentence names the agreement `trigger` only as a rumour, a denied report, a denial or an indirect question. */
export function unconfirmedSigning(text: string, sentence: Span, trigger: Trigger): boolean {
  const said = text.slice(sentence.start, sentence.end);
  if (!STEM.test(said)) return false;
  const before = text.slice(Math.max(sentence.start, trigger.start - 200), trigger.start);
  if (RUMOUR_BEFORE.test(before) || DENIAL_BEFORE.test(before.slice(-80)) || ASKED_BEFORE.test(before)) return true;
  return REPORT_BEFORE.test(before) && CALLED_WRONG.test(said);
}

/** How the answer after a yes/no question reads: no agreement, one still to come, or one made. */
export type Answer = 'no' | 'pending' | 'yes';

// The answer opens after the question, past a speaker's label ("Kettunen:", "R :").
const ANSWER_OPENING = /^\s*(?:[\p{L}.'’ -]{1,40}\s?:\s*)?/u;
const PENDING_ANSWER = wordRegex(String.raw`^[^.!?]{0,30}?\b(?:not\s+yet|yet\s+to|pas\s+encore|pas\s+tout\s+à\s+fait|bientôt|soon|in\s+progress|en\s+cours)\b`, 'iu');
const NO_ANSWER = wordRegex(String.raw`^(?:no|non|nope|never|jamais|not\s+at\s+all|pas\s+du\s+tout|absolutely\s+not|certainly\s+not|aucunement|nullement)\b`, 'iu');

/**
 * "Has Abertay signed an agreement with Waterloo?": a question that tells no signing; the answer
 * after it says whether there is none ("No."), one to come ("Not yet …") or one made ("Yes, in May").
 * Undefined when the sentence is no yes/no question.
 */
export function answerToQuestion(text: string, sentence: Span): Answer | undefined {
  const asked = text.slice(sentence.start, sentence.end).trim();
  if (!asked.endsWith('?') || !YES_NO_OPENING.test(asked)) return undefined;
  const rest = text.slice(sentence.end, sentence.end + 200);
  const answer = rest.slice(ANSWER_OPENING.exec(rest)![0].length);
  if (PENDING_ANSWER.test(answer)) return 'pending';
  if (NO_ANSWER.test(answer)) return 'no';
  return YES_ANSWER.test(answer) ? 'yes' : 'pending';
}

const YES_ANSWER = wordRegex(String.raw`^(?:yes|oui|indeed|absolutely|of\s+course|en\s+effet|tout\s+à\s+fait|bien\s+sûr|certainly|we\s+did|we\s+have|nous\s+l['’]avons)\b`, 'iu');
