import { WordStartRegex, wordRegex } from '../text/word-regex.js';
import type { Span } from '../types.js';

// "No agreements were signed", "aucune entente n'a été signée", "sans accord", "without a deal".
// "Nous ne voulons plus de convention signée pour la photo", "il n'y a jamais eu d'accord".
const NEGATIVE_DETERMINER = wordRegex(
  String.raw`\b(?:no|aucune?|nul(?:le)?|pas\s+d['’]|not\s+(?:a|an|any)|without\s+(?:(?:signing|concluding|reaching)\s+)?(?:a|an|any)|sans|n(?:e\s+|['’]\s*)(?:\p{L}+\s+){0,3}?(?:plus|pas|jamais|guère)\s+(?:\p{L}+\s+)?(?:de|d['’]))\s*(?:\p{L}+[\s-]+){0,2}$`,
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
const DETERMINER_STEM = /\b(?:no|aucune?|nul(?:le)?|pas|plus|jamais|guère|not|without|sans)\b/i;
const VERB_NEGATION_STEM = /\b(?:pas|jamais|point|not|never)\b|n['’]t\b/i;

const SIGNING_WORD = /sign|conclu|paraph|scell|seal|ink|ratifi/gi;
// Just before a signing word: "n'ont pas [été] …", "was not …", "hasn't …".
const NEGATION_BEFORE = /(?:\b(?:pas|jamais|point|not|never)|n['’]t)\s+(?:[\p{L}’']+\s+){0,2}$/iu;

// "We didn't go to France to sign …", "ils ne sont pas venus à Dakar pour signer …": the trip was not made to sign.
const NEGATED_PURPOSE_BEFORE = /(?:\b(?:pas|jamais|not|never)|n['’]t)\s+(?!(?:only|just|merely|simply|seulement|uniquement)\b)(?:[\p{L}’'-]+\s+){1,4}?(?:to|pour)\s+$/iu;

// A simple tense wraps the verb: "on ne signe pas une convention", "ils ne concluront jamais d'accord".
const WRAPPED_NEGATION_BEFORE = /(?:^|[^\p{L}])(?:n['’]|ne\s+)$/iu;
const WRAPPED_NEGATION_AFTER = /^\p{L}*\s+(?:pas|jamais|point|plus)(?![\p{L}])/iu;

/** A signing word with a negation just before it ("n'a pas été signée", "were not signed") or around it ("ne signe pas"). */
function negatedSigning(clause: string): boolean {
  if (!VERB_NEGATION_STEM.test(clause)) return false;
  SIGNING_WORD.lastIndex = 0;
  for (let m = SIGNING_WORD.exec(clause); m; m = SIGNING_WORD.exec(clause)) {
    const before = clause.slice(Math.max(0, m.index - 60), m.index);
    if (NEGATED_PURPOSE_BEFORE.test(before)) return true;
    if (WRAPPED_NEGATION_BEFORE.test(before) && WRAPPED_NEGATION_AFTER.test(clause.slice(m.index, m.index + 30))) return true;
    if (NEGATION_BEFORE.test(before.slice(-40)) && NEGATED_SIGNING.test(clause.slice(Math.max(0, m.index - 60), m.index + 12))) return true;
  }
  return false;
}

/**
 * Where "encore" / "yet" may stand to make a denial pending: up to just after the first signing word
 * from `from` ("aucun accord n'a encore été conclu", "not signed yet"), or the whole clause when none.
 * "aucun accord n'a été conclu avec X, qui étudie encore le dossier" is denied.
 */
function pendingWindow(clause: string, from: number): string {
  SIGNING_WORD.lastIndex = Math.max(0, from);
  const m = SIGNING_WORD.exec(clause);
  if (m) return clause.slice(0, m.index + m[0].length + 12);
  // "no agreement has been drafted yet": not even written, let alone to be signed.
  return DRAFTING_WORD.test(clause.slice(Math.max(0, from))) ? '' : clause;
}

const DRAFTING_WORD = /(?:^|[^\p{L}])(?:draft|rédig|négoci|negotiat|written|écrit|prepared|préparée?s?(?![\p{L}]))/iu;

export type Negation = 'none' | 'denied' | 'pending';

/**
 * Whether the clause denies the agreement it names: "Aucune entente n'a été signée", "No
 * agreements were signed during the trip". "Pas encore signée" / "not yet signed" is pending.
 */
export function agreementNegation(text: string, region: Span, trigger: Span, clause = text.slice(region.start, region.end)): Negation {
  if (!negativeDeterminer(text, region, trigger) && !negatedSigning(clause)) return 'none';
  return YET.test(pendingWindow(clause, trigger.start - region.start)) ? 'pending' : 'denied';
}

/** "aucune convention", "no agreement": the noun's own determiner denies that any such agreement exists. */
export function negativeDeterminer(text: string, region: Span, trigger: Span): boolean {
  const before = text.slice(Math.max(region.start, trigger.start - 30), trigger.start);
  return DETERMINER_STEM.test(before) && NEGATIVE_DETERMINER.test(before);
}

// "had hoped to sign", "espéraient signer", "comptaient conclure": a plan told in the past.
const PAST_HOPE = wordRegex(
  String.raw`\b(?:had\s+(?:hoped|planned|intended|expected|wanted)|hoped|were\s+hoping|espérai(?:en)?t|comptai(?:en)?t|souhaitai(?:en)?t|voulai(?:en)?t|prévoyai(?:en)?t|envisageai(?:en)?t)\b`,
  'iu',
);
// "…, but no agreement was reached", "…, mais les discussions n'ont pas abouti".
const BUT_DENIED = wordRegex(String.raw`^\s*[,;]?\s*(?:but|mais)\s+(?:[\p{L}’'-]+\s+){0,6}?(?:no|not|never|aucune?|pas|jamais|n['’]|\p{L}+n['’]t)\b`, 'iu');

/** "The two chambers had hoped to sign an MOU during the visit, but no agreement was reached": a plan given up. */
export function abandonedPlan(text: string, sentence: Span, region: Span): boolean {
  // The anchored "but no …" test fails at once on most clauses: it goes first.
  return BUT_DENIED.test(text.slice(region.end, sentence.end)) && PAST_HOPE.test(text.slice(region.start, region.end));
}

// "did not lead any trade missions", "n'a organisé aucune mission", "no delegation travelled", "pas de visite".
const DENIED_TRIP = wordRegex(
  String.raw`\b(?:(?:not|never|pas|jamais|\p{L}+n['’]t)(?!\s+(?:only|just|merely|seulement))\s+(?:\p{L}+\s+){0,2}?(?:any|a|an|de|d['’]|une?)|no|aucune?|sans|without\s+(?:a|an|any))\s*(?:[\p{L}-]+\s+){0,3}$`,
  'iu',
);
const DENIED_TRIP_STEM = /\b(?:not|never|pas|jamais|no|aucune?|sans|without)\b|n['’]t\b/i;

/** "The agency did not lead any outbound trade missions": the clause denies the trip its noun names. */
export function deniedTrip(text: string, region: Span, trigger: Span): boolean {
  const before = text.slice(Math.max(region.start, trigger.start - 60), trigger.start);
  return DENIED_TRIP_STEM.test(before) && DENIED_TRIP.test(before);
}

// "La mission prévue au printemps a été annulée", "the trip to X was called off": a trip that did not happen, nor one
// put off with no new time. One put off to a new time ("reportée à l'automne", "postponed until May") is still to come.
const CALLED_OFF_AFTER = wordRegex(
  String.raw`^[^.;!?]{0,80}?(?<![\p{L}])(?:(?:a|ont|avait|avaient)\s+été|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:finalement|finally|later|then|ensuite)\s+)?(?:annulée?s?|cancell?ed|called\s+off|scrapped|(?:reportée?s?|postponed)(?![\p{L}])(?!\s+(?:(?:à|au|aux|en|to|until|till)(?![\p{L}])|jusqu['’])))`,
  'iu',
);
const CALLED_OFF_STEM = /annul|cancel|called\s+off|scrapped|report|postponed/iu;

/** The clause says the trip its noun names was called off or put off with no new time. */
export function calledOffTrip(text: string, region: Span, trigger: Span): boolean {
  const after = text.slice(trigger.end, region.end);
  return CALLED_OFF_STEM.test(after) && CALLED_OFF_AFTER.test(after);
}
