import { SuffixRegex, wordRegex } from '../text/word-regex.js';

// "chargée de mission Afrique", "ordre de mission", "lettre de mission": a post or a mandate, not a trip.
const POST_BEFORE = new SuffixRegex(String.raw`(?:^|[^\p{L}])(?:chargée?s?|ordres?|lettres?)\s+de\s+`, 'iu');

// "des missions d'enseignement", "une mission d'expertise", "peacekeeping missions": work one does, not a delegation's trip.
const WORK_AFTER = wordRegex(
  String.raw`^\s+(?:d['’](?:enseignement|expertise|audit|évaluation|assistance\s+technique|observation)|de\s+(?:conseil|maintien\s+de\s+la\s+paix|paix|sauvetage|secours))\b`,
  'iu',
);
const WORK_BEFORE = new SuffixRegex(String.raw`(?:teaching|peacekeeping|audit|advisory|consulting|rescue|space|combat|military)\s+`, 'iu');

// "La mission de ce centre est simple :", "our mission is clear:": a purpose stated, not a trip.
const PURPOSE_STATED = wordRegex(
  String.raw`^(?:\s+(?:de|d['’]|du|des|of)\s*(?:ce|cet|cette|la|le|l['’]|the|this|our|notre)?\s*[\p{L}\p{N}’'.-]+(?:\s+[\p{L}\p{N}’'.-]+){0,2}?)?\s+(?:est|reste|is|remains)\s+(?:très\s+|very\s+|bien\s+|quite\s+)?(?:simple|claire|clear|double|triple|twofold|threefold|précise)\s*[:,.;]`,
  'iu',
);

/** A mission noun that names a post, a mandate, a kind of work or a purpose rather than a trip. */
export function isWorkMission(before: string, after: string): boolean {
  return POST_BEFORE.test(before) || WORK_BEFORE.test(before) || WORK_AFTER.test(after) || PURPOSE_STATED.test(after);
}

// "Au programme : rendez-vous d'affaires, visite de la base navale …", "The programme included visits to …":
// the items of a trip's programme are its stops, not trips of their own.
const PROGRAMME_BEFORE =
  /(?:au\s+programme\s*:?|(?:programme|program|itinerary|agenda|itinéraire)\s*(?:included|includes|featured|features|comprenait|comprend|prévoyait|prévoit|:))[^.;!?\n]{0,120}$/iu;

/** A visit named as an item of a programme. */
export function isProgrammeStop(word: string, before: string): boolean {
  return /^visit/iu.test(word) && PROGRAMME_BEFORE.test(before);
}

// "la délégation spéciale de la commune de X", "le président de la délégation spéciale": the appointed
// council that governs a commune in several West and Central African states, a body rather than a trip.
const GOVERNING_DELEGATION_AFTER = /^\s+spéciales?(?![\p{L}])/iu;
const INDEFINITE_BEFORE = new SuffixRegex(String.raw`(?:^|[^\p{L}])(?:une|des)\s+`, 'iu');

/** "délégation spéciale" named as a commune's governing body (any but "une délégation spéciale"). */
export function isGoverningDelegation(word: string, before: string, after: string): boolean {
  return /^d[ée]l[ée]gations?$/iu.test(word) && GOVERNING_DELEGATION_AFTER.test(after) && !INDEFINITE_BEFORE.test(before);
}

// "Australia's diplomatic mission in Malaysia", "its permanent mission to the UN", "les missions diplomatiques et
// consulaires", "la mission permanente de la France": an embassy or a standing post abroad, not a trip.
const STANDING_POST_BEFORE = new SuffixRegex(
  String.raw`(?:(?:^|[^\p{L}])(?:permanent|consular)|(?:['’]s|(?:^|[^\p{L}])(?:its|their|his|her|our))\s+(?:\p{Ll}+\s+)?diplomatic)\s+`,
  'iu',
);
const STANDING_POST_AFTER = wordRegex(String.raw`^\s+(?:permanentes?|consulaires?|diplomatiques?\s+(?:et\s+consulaires?|à\s+l['’]étranger))\b`, 'iu');
const DIPLOMATIC_BEFORE = /diplomatic\s+$/iu;

/** A mission noun that names an embassy or a permanent post rather than a trip. */
export function isStandingPost(word: string, before: string, after: string): boolean {
  if (!/^missions?$/iu.test(word)) return false;
  return STANDING_POST_BEFORE.test(before) || STANDING_POST_AFTER.test(after) || (DIPLOMATIC_BEFORE.test(before) && /^\s+abroad\b/iu.test(after));
}
