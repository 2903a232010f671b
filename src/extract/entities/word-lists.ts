import { COMPANY_TRIGGERS, EN_HEADS, FIRM_PARTICIPLES, FIRM_VERBS, FR_HEADS, FR_SUFFIX_HEADS, INDUSTRY_HEADS_FIRST, INDUSTRY_HEADS_LAST, LEGAL_SUFFIXES, LOWER_LEGAL_FORMS, PLACE_NAMED_BODY_PREFIXES, PRE_HEAD_ADJECTIVES } from '../lexicons/org-head-words.js';
import { FOREIGN_HEADS } from '../lexicons/foreign-org-heads.js';
import { CAP_STOP_WORDS } from '../lexicons/org-stop-words.js';
import { foldName, GIVEN_NAMES } from '../lexicons/people-given-names.js';
import { COMPANY_ROLES, HONORIFICS, ROLE_WORDS } from '../lexicons/people-titles.js';

/*
 * The word lists every rule family asks about, looked up once per token (Token.lists)
 * instead of several Set look-ups per token in each rule: one bit per question.
 */

/** A given name of the lexicon. */
export const GIVEN_NAME = 1;
/** A compound whose first part is a given name ("jean-" of Jean-Philippe, "marie-" …). */
export const GIVEN_NAME_PREFIX = 2;
/** A head noun of a French or English organization name. */
export const HEAD_WORD = 4;
/** A capitalized stop word or an honorific: no part of a name. */
export const NAME_STOP = 8;
/** A role noun, or a compound that starts with one ("présidente-directrice"). */
export const ROLE_WORD = 16;
/** A head noun of a French organization name (FR_HEADS). */
export const FR_HEAD_WORD = 32;
/** A descriptor before company names ("les entreprises X et Y"): COMPANY_TRIGGERS. */
export const COMPANY_TRIGGER = 64;
/** A role that heads a company ("PDG de Norvia"): COMPANY_ROLES. */
export const COMPANY_ROLE = 128;
/*
 * One bit per lexicon that a rule asks about for nearly every token (exactly `SET.has(fold)`):
 * a bit test instead of a Set look-up per token and rule.
 */
/** HONORIFICS. */
export const HONORIFIC = 1 << 8;
/** ROLE_WORDS itself (ROLE_WORD also takes compounds). */
export const ROLE_NOUN = 1 << 9;
/** FIRM_VERBS. */
export const FIRM_VERB = 1 << 10;
/** INDUSTRY_HEADS_LAST. */
export const INDUSTRY_HEAD_LAST = 1 << 11;
/** INDUSTRY_HEADS_FIRST. */
export const INDUSTRY_HEAD_FIRST = 1 << 12;
/** PLACE_NAMED_BODY_PREFIXES. */
export const PLACE_BODY_PREFIX = 1 << 13;
/** FR_SUFFIX_HEADS. */
export const FR_SUFFIX_HEAD = 1 << 14;
/** PRE_HEAD_ADJECTIVES. */
export const PRE_HEAD_ADJECTIVE = 1 << 15;
/** "premier", "prime": open a role phrase ("premier ministre", "Prime Minister"). */
export const PRIME_WORD = 1 << 16;
/** "chez", "by", "par", "of", "de": words after which findCueBeforeOrgs looks for a company. */
export const CUE_LINK = 1 << 17;
/** FIRM_PARTICIPLES. */
export const FIRM_PARTICIPLE = 1 << 18;
/** "Hydro-Québec": a compound whose first part is in PLACE_NAMED_BODY_PREFIXES. */
export const PLACE_BODY_COMPOUND = 1 << 19;
/** "Aéropôle", "Cancéropôle": a word of seven letters or more ending in "pole", no compound, no head of its own. */
export const POLE_COMPOUND = 1 << 20;
/** "parc": a park, or the body that runs a science park. */
export const PARK_WORD = 1 << 21;
/** EN_HEADS. */
export const EN_HEAD = 1 << 22;
/** LEGAL_SUFFIXES. */
export const LEGAL_SUFFIX = 1 << 23;
/** What may open a company's legal tail: a legal form in any case, "et", "and" ("et Fils", "and Sons"). */
export const LEGAL_TAIL_START = 1 << 24;
/** FOREIGN_HEADS: "Câmara", "Universidad", "Comune", "Stadt". */
export const FOREIGN_HEAD = 1 << 25;

// News text repeats its words; bounded so that a text of unique words cannot grow it.
// Only short words: a fold is often the token's own slice of the text, and V8 keeps the
// whole text alive behind a slice of 13 chars or more.
const LISTS_CACHE = new Map<string, number>();
const LISTS_CACHE_MAX = 20_000;
const LISTS_CACHE_MAX_CHARS = 12;

/** The bits above for a folded word. */
export function wordLists(fold: string): number {
  let bits = LISTS_CACHE.get(fold);
  if (bits !== undefined) return bits;
  bits = lookUp(fold);
  if (fold.length <= LISTS_CACHE_MAX_CHARS && LISTS_CACHE.size < LISTS_CACHE_MAX) LISTS_CACHE.set(fold, bits);
  return bits;
}

function lookUp(fold: string): number {
  let bits = 0;
  if (GIVEN_NAMES.has(fold)) bits |= GIVEN_NAME;
  if (FR_HEADS.has(fold)) bits |= HEAD_WORD | FR_HEAD_WORD;
  if (EN_HEADS.has(fold)) bits |= HEAD_WORD | EN_HEAD;
  if (LEGAL_SUFFIXES.has(fold)) bits |= LEGAL_SUFFIX | LEGAL_TAIL_START;
  if (FOREIGN_HEADS.has(fold)) bits |= HEAD_WORD | FOREIGN_HEAD;
  if (LOWER_LEGAL_FORMS.has(fold) || fold === 'et' || fold === 'and') bits |= LEGAL_TAIL_START;
  if (COMPANY_TRIGGERS.has(fold)) bits |= COMPANY_TRIGGER;
  if (COMPANY_ROLES.has(fold)) bits |= COMPANY_ROLE;
  if (CAP_STOP_WORDS.has(fold) || HONORIFICS.has(fold)) bits |= NAME_STOP;
  if (ROLE_WORDS.has(fold)) bits |= ROLE_WORD | ROLE_NOUN;
  if (HONORIFICS.has(fold)) bits |= HONORIFIC;
  if (FIRM_VERBS.has(fold)) bits |= FIRM_VERB;
  if (INDUSTRY_HEADS_LAST.has(fold)) bits |= INDUSTRY_HEAD_LAST;
  if (INDUSTRY_HEADS_FIRST.has(fold)) bits |= INDUSTRY_HEAD_FIRST;
  if (PLACE_NAMED_BODY_PREFIXES.has(fold)) bits |= PLACE_BODY_PREFIX;
  if (FR_SUFFIX_HEADS.has(fold)) bits |= FR_SUFFIX_HEAD;
  if (PRE_HEAD_ADJECTIVES.has(fold)) bits |= PRE_HEAD_ADJECTIVE;
  if (fold === 'premier' || fold === 'prime') bits |= PRIME_WORD;
  if (fold === 'chez' || fold === 'by' || fold === 'par' || fold === 'of' || fold === 'de') bits |= CUE_LINK;
  if (FIRM_PARTICIPLES.has(fold)) bits |= FIRM_PARTICIPLE;
  if (fold === 'parc') bits |= PARK_WORD;
  if (fold.length >= 7 && fold.endsWith('pole') && !fold.includes('-') && !FR_HEADS.has(fold) && !FR_SUFFIX_HEADS.has(fold)) bits |= POLE_COMPOUND;
  const dash = fold.indexOf('-');
  if (dash > 0) {
    const first = fold.slice(0, dash);
    if (GIVEN_NAMES.has(foldName(first))) bits |= GIVEN_NAME_PREFIX;
    if (ROLE_WORDS.has(first)) bits |= ROLE_WORD;
    // "vice-maire", "vice-consul", "vice-doyenne": the deputy of a role is a role.
    else if (first === 'vice' && ROLE_WORDS.has(fold.slice(dash + 1))) bits |= ROLE_WORD;
    if (PLACE_NAMED_BODY_PREFIXES.has(first)) bits |= PLACE_BODY_COMPOUND;
  }
  return bits;
}
