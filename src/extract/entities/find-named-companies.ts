import { FR_ACRONYM_HEADS, FR_LOWER_SUFFIX_HEADS, NORDIC_LOWER_SUFFIX_HEADS, NORDIC_SCHOOL_HEADS, LEGAL_SUFFIXES, NEWSWIRES, NON_ORG_INTRODUCERS, PLACE_NAMED_BODY_PREFIXES, UPPER_NAME_TAILS } from '../lexicons/org-head-words.js';
import { UPPER_STOP_WORDS } from '../lexicons/org-stop-words.js';
import { HONORIFICS, POST_NOMINALS, ROLE_WORDS } from '../lexicons/people-titles.js';
import { isAreaRange, rangeBounds, type Analysis, type Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { COMPANY_ROLE, COMPANY_TRIGGER, FR_SUFFIX_HEAD, HONORIFIC, INDUSTRY_HEAD_LAST, PARK_WORD, PLACE_BODY_COMPOUND, PLACE_BODY_PREFIX, ROLE_NOUN, ROLE_WORD } from './word-lists.js';
import { BASED_COMPOUND, CAMEL_CASE } from './word-shapes.js';
import { isPageFurniture } from './page-furniture.js';
import { LOWER_STOP, hasDigit, isGivenName, isHeadWord, isNameWord, isPunct } from './word-classes.js';

/**
 * ALL-CAPS names used alone (KORMET, KR2T, "CCI Grand Est"), outside headlines and
 * not after a program word ("la démarche ACCORD", "salon AMERICANA").
 */
export function findUpperCaseOrgs(a: Analysis, blocked: ReadonlySet<string>, spaced: ReadonlySet<string> = new Set()): Candidate[] {
  const out: Candidate[] = [];
  if (!a.hasUpper) return out;
  const t = a.tokens;
  const spoken = wordsInLowerCase(t);
  for (let i = 0; i < t.length; i++) {
    if (!t[i]!.isUpper || !isUpperOrgToken(a, i, blocked) || spoken.has(t[i]!.fold)) continue;
    // "(CCI BZX)", "(Arden REN)": the second word of an acronym the text defined in two words is no body of its own.
    if (i > 0 && spaced.size > 0 && spaced.has(`${t[i - 1]!.fold} ${t[i]!.fold}`)) continue;
    // "a XYZ World Heritage Site": the body that awards a title, alone.
    if (namesDesignation(a, i + 1)) { out.push({ type: 'ORG', start: i, end: i + 1, priority: 8, confidence: 0.6 }); continue; }
    if (namesNonOrgThing(t, i + 1)) continue;
    let end = i + 1;
    // "l'AER BFC" after "(AER BFC)" was defined, "la CMA 74" after "(CMA 74)": one acronym in two words.
    if (t[i + 1] !== undefined && spaced.size > 0 && spaced.has(`${t[i]!.fold} ${t[i + 1]!.fold}`)) {
      out.push({ type: 'ORG', start: i, end: i + 2, priority: 5, confidence: 0.7 });
      i++;
      continue;
    }
    while (end < i + 3 && end < t.length && continuesUpperName(t, end)) end++;
    // "PNG Mining Minister": the words between an acronym and a role are a portfolio.
    if (end > i + 1 && ROLE_WORDS.has(t[end]?.fold ?? '') && !t[end - 1]!.isUpper) end = i + 1;
    out.push({ type: 'ORG', start: i, end, priority: 5, confidence: end > i + 1 ? 0.7 : 0.6 });
    i = end - 1;
  }
  return out;
}

/**
 * Folds of the words the text writes in mixed case mid-line ("Host X Kerr", "Radio Foo"): the
 * same word in capitals elsewhere ("KERR:", "RADIO FOO — …") is shouted, not initials, since
 * a text spells a body's acronym the same way throughout.
 */
function wordsInLowerCase(t: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const tok of t) {
    if (tok.isCap && !tok.isUpper && !tok.sentenceStart && tok.end - tok.start >= MIN_SHOUTED_LETTERS && tok.text.slice(1) === tok.text.slice(1).toLowerCase()) out.add(tok.fold);
  }
  return out;
}
// Shorter words in capitals are most often initials that happen to spell a word.
const MIN_SHOUTED_LETTERS = 4;

function isUpperOrgToken(a: Analysis, i: number, blocked: ReadonlySet<string>): boolean {
  const tok = a.tokens[i]!;
  if (!tok.isUpper || a.inHeadline[i] || a.inPlace[i]) return false;
  const letters = lettersOf(tok.text);
  if (letters.length < 2 || letters.length > 8 || UPPER_STOP_WORDS.has(tok.fold) || LEGAL_SUFFIXES.has(tok.fold) || blocked.has(tok.fold) || HONORIFICS.has(tok.fold)) return false;
  // "JEAN TREMBLAY" is a person in capitals; "EVA Ireland", "l'EVA" an acronym spelled like a given name.
  if (isGivenName(tok, true) && (a.tokens[i + 1]?.isUpper || !a.tokens[i + 1]?.isWord)) return false;
  if (isWireTag(a, i) || isPageFurniture(a, i) || isSpeakerLabel(a.tokens, i)) return false;
  // "@IET_GovNL": a social-media handle, not a body's name.
  if (isPunct(a.tokens[i - 1], '@_') && a.tokens[i - 1]!.end === tok.start) return false;
  // "Helen Marwick MP": letters after a person's name.
  if (POST_NOMINALS.has(tok.fold) && isNameWord(a.tokens[i - 1])) return false;
  if (/^[IVXLCDM]+$/.test(tok.text) && letters.length <= 4) return false;
  // Accented capitals are words shouted in a heading (ÉTÉ), not acronyms, unless defined.
  if (/[^\x00-\x7F]/.test(letters)) return false;
  const prev = a.tokens[i - 1];
  if (prev && NON_ORG_INTRODUCERS.has(prev.fold)) return false;
  if (isSectionLabel(a.tokens, i, letters.length)) return false;
  if (isPunct(prev, '.') && a.tokens[i - 2]?.text.length === 1) return false;
  return !isPunct(a.tokens[i + 1], '.') || a.tokens[i + 2] === undefined || !(a.tokens[i + 2]!.isUpper && a.tokens[i + 2]!.text.length === 1);
}

/**
 * A word in capitals that opens a line, after a bullet at most, is a dateline or a section's
 * label when a dash, comma or bar follows ("PORTLAND — …", "■ MONACO – …", "BUSINESS | …"),
 * or when it is the whole line and too long for an acronym ("■ AGENDA").
 */
function isSectionLabel(t: readonly Token[], i: number, letters: number): boolean {
  const tok = t[i]!;
  const prev = t[i - 1];
  if (!tok.lineStart && !(prev !== undefined && prev.lineStart && !prev.isWord && !isPunct(prev, '("«“'))) return false;
  const next = t[i + 1];
  if (isPunct(next, '—–-,|')) return true;
  return letters >= 5 && (next === undefined || next.lineStart);
}

/**
 * "ANNA ROY: We did.": a transcript's speaker, two or three words in capitals that open a
 * line and end on a colon, is a person, whatever the lexicon says of the given name.
 */
function isSpeakerLabel(t: readonly Token[], i: number): boolean {
  let from = i;
  while (from > i - MAX_SPEAKER_WORDS && !t[from]!.lineStart && t[from - 1]?.isUpper && t[from - 1]!.isWord) from--;
  if (!t[from]!.lineStart) return false;
  let to = i + 1;
  while (to < from + MAX_SPEAKER_WORDS && t[to]?.isUpper && t[to]!.isWord && !t[to]!.lineStart) to++;
  return to - from >= 2 && isPunct(t[to], ':') && !t[to]!.lineStart;
}
const MAX_SPEAKER_WORDS = 3;

/** The letters of a word (C3E → CE): for ASCII by code, with no regex. */
function lettersOf(text: string): string {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return text.replace(/[^\p{L}]/gu, '');
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return text.replace(/[^\p{L}]/gu, '');
  }
  return text;
}

function continuesUpperName(t: readonly Token[], k: number): boolean {
  const tok = t[k]!;
  if (tok.sentenceStart || tok.lineStart || (tok.lists & ROLE_WORD) !== 0 || PEOPLE_OF_BODY.has(tok.fold)) return false;
  // "ALTIS PORT", "ACME GROUP": an all-caps common head closes an all-caps name.
  if (tok.isUpper) return hasDigit(tok) || UPPER_NAME_TAILS.has(tok.fold);
  return isNameWord(tok) && !isGivenName(tok) && !isHeadWord(tok) && !hasDigit(tok);
}

// "KNCCI Members", "OECD Staff": a body's people after its acronym are not part of its name.
const PEOPLE_OF_BODY = new Set(['members', 'member', 'staff', 'officials', 'delegates', 'employees', 'students', 'team', 'researchers', 'partners']);

/**
 * "BIO International Convention", "NEXT City", "CES Awards": capitalized words after an
 * acronym that end in an event or a place noun make the acronym part of that name.
 */
function namesNonOrgThing(t: readonly Token[], k: number): boolean {
  for (let j = k; j < t.length && j < k + 3; j++) {
    const tok = t[j]!;
    // "FOODEX JAPAN trade show": the event's name in capitals, then its noun in lower case.
    if (tok.isUpper && !tok.sentenceStart && !tok.lineStart) continue;
    if (tok.fold === 'trade' && !tok.isCap && NON_ORG_TAILS.has(t[j + 1]?.fold ?? '')) return true;
    if (!tok.isCap || tok.isUpper || tok.sentenceStart || tok.lineStart || tok.lists & ROLE_NOUN || isGivenName(tok)) return false;
    if (NON_ORG_TAILS.has(tok.fold)) return true;
  }
  return false;
}
/**
 * "World Heritage Site", "Global Geopark", "Creative City of Music", "City of Design": a
 * title a body awards, in capitalized words after the body's acronym (not "City of" a place,
 * not a body such as "… Creative Cities Network").
 */
function namesDesignation(a: Analysis, k: number): boolean {
  const t = a.tokens;
  let designation = false;
  let j = k;
  for (; j < t.length && j < k + MAX_DESIGNATION_WORDS; j++) {
    const tok = t[j]!;
    if (tok.lineStart || tok.sentenceStart) break;
    if (tok.fold === 'of' && !tok.isCap && j > k) continue;
    if (!isNameWord(tok) || tok.isUpper) break;
    if (DESIGNATION_WORDS.has(tok.fold) || (tok.fold === 'city' && t[j + 1]?.fold === 'of' && isNameWord(t[j + 2]) && !a.inPlace[j + 2])) designation = true;
  }
  return designation && !isHeadWord(t[j - 1]!);
}
const DESIGNATION_WORDS = new Set(['heritage', 'geopark', 'biosphere', 'creative']);
const MAX_DESIGNATION_WORDS = 5;

const NON_ORG_TAILS = new Set(['convention', 'summit', 'conference', 'forum', 'expo', 'fair', 'show', 'week', 'festival', 'congress', 'salon', 'sommet', 'congres', 'city', 'park', 'valley', 'island', 'street', 'tower', 'airport', 'station', 'square', 'award', 'awards', 'prize', 'cup', 'games', 'day', 'act', 'program', 'programme', 'initiative', 'challenge', 'trophy']);

/**
 * A newswire's tag in a dateline, not a party of the news: "/CNW/", "/PRNewswire/",
 * "(BUSINESS WIRE)", "GLOBE NEWSWIRE".
 */
function isWireTag(a: Analysis, i: number): boolean {
  const t = a.tokens;
  const tok = t[i]!;
  if (NEWSWIRES.has(tok.fold) || tok.fold.endsWith('newswire') || tok.fold === 'wire' || t[i + 1]?.fold === 'wire' || t[i + 1]?.fold === 'newswire') return true;
  // "/XYZ/" glued to its slashes, right after a date or a place.
  const before = t[i - 1];
  const after = t[i + 1];
  if (isPunct(before, '/') && isPunct(after, '/') && before!.end === tok.start && after!.start === tok.end) return true;
  // "DAKAR, 12 mars 2025 (APS) – …": an agency's tag in brackets before the dateline's dash.
  return isPunct(before, '(') && isPunct(after, ')') && isPunct(t[i + 2], '–—-') && /\d/.test(t[i - 2]?.text ?? '');
}

/** "les entreprises Ecovance et KORMET", "le cluster marocain Agrisolva", "soit Ferralis et Chimitek". */
export function findTriggeredCompanies(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!(a.listsInText & (COMPANY_TRIGGER | PARK_WORD))) return out;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.isCap || !((t[i]!.lists & COMPANY_TRIGGER) || (t[i]!.lists & PARK_WORD && PARK_KINDS.has(t[i + 1]?.fold ?? '')))) continue;
    let k = i + 1;
    while (k < t.length && k < i + 6 && !t[k]!.isCap && (isLowerFiller(t[k]!) || isPunct(t[k], ',:'))) k++;
    // Right after the descriptor, a place-like name is the body's ("le pôle de compétitivité
    // Aerospace Valley"); after "de"/"of" it says where ("les entreprises de Montréal").
    // "le pôle Santé" is a department; "le pôle de compétitivité X", "le pôle d'excellence X" name one.
    if (t[i]!.fold === 'pole' && k === i + 1) continue;
    // "les entreprises de la vallée de l'Ubaye": the preposition may stand before an article.
    const link = k > i + 1 && NAME_ARTICLES.has(t[k - 1]!.fold) ? t[k - 2]! : t[k - 1]!;
    // After it, the name says where, whether the gazetteer knows the place or not ("les entreprises de l'Orvanne").
    if (PLACE_PREPOSITIONS.has(link.fold)) continue;
    // "The group toured X Park": a name cut out of a longer place is the place's.
    for (const c of coordinatedNames(a, k)) if (!(a.inPlace[c.start] && a.inPlace[c.end] && a.inPlace[c.end - 1])) out.push(c);
  }
  return out;
}

// "le parc scientifique X" names the body that runs it; "le parc X" is a park.
const PARK_KINDS = new Set(['scientifique', 'technologique', 'technologiques', 'industriel', 'd\'activites', 'd\'innovation']);
const PLACE_PREPOSITIONS = new Set(['de', 'du', 'des', "d'", 'en', 'a', 'au', 'aux', 'dans', 'of', 'in', 'at', 'from', 'for', 'to', 'near', 'across', 'sur', 'pour', 'par', 'avec', 'with', 'by']);

/**
 * "Vauvenargues Loire Métropole", "Rocheval Technopole": up to four capitalized words (the
 * place the body is named after) closed by a head that follows its name.
 */
export function findSuffixHeadOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!(a.listsInText & FR_SUFFIX_HEAD)) return out;
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    const tok = t[i]!;
    if (!(tok.lists & FR_SUFFIX_HEAD) || !(tok.isCap || isLowerTownGrouping(a, i)) || tok.isUpper || a.inHeadline[i] || tok.sentenceStart || tok.lineStart) continue;
    const townEnd = isSchoolKindBefore(a, i) ? i - 1 : i;
    let start = townEnd;
    while (start > townEnd - MAX_SUFFIX_NAME && isSuffixNameWord(a, start - 1) && !t[start]!.sentenceStart && !t[start]!.lineStart) start--;
    if (start === townEnd) continue;
    // "a X Gymnasium": a school of that town, no name.
    if (INDEFINITE_ARTICLES.has(t[start - 1]?.text.toLowerCase() ?? '')) continue;
    // "Vest og Nordland fylkeskommune": the Norwegian and Danish "and" inside a county's name.
    if (t[start - 1]?.text === 'og' && !t[start]!.lineStart && isSuffixNameWord(a, start - 2) && !t[start - 1]!.lineStart) start -= 2;
    // "CCI Lyon Métropole Saint-Étienne": the head's acronym before the place opens a longer name.
    if (t[start - 1]?.isUpper && FR_ACRONYM_HEADS.has(t[start - 1]!.fold)) continue;
    out.push({ type: 'ORG', start, end: suffixNameEnd(a, i + 1), priority: 8, confidence: 0.7 });
  }
  return out;
}
const MAX_SUFFIX_NAME = 4;
// Compared on the text: "à X Technopole" folds to "a".
const INDEFINITE_ARTICLES = new Set(['a', 'an', 'un', 'une']);

/** "Hamar videregående skole", "Porin lyseon lukio": one lower-case word of the school's own language before its head. */
function isSchoolKindBefore(a: Analysis, i: number): boolean {
  const t = a.tokens;
  const kind = t[i - 1];
  return NORDIC_SCHOOL_HEADS.has(t[i]!.fold) && kind !== undefined && kind.isWord && !kind.isCap && !kind.lineStart && !LOWER_STOP.has(kind.fold) && !ENGLISH_FUNCTION.has(kind.fold) && isSuffixNameWord(a, i - 2);
}

/** "Espalion agglomération": a lower-case grouping's head right after a place's name. */
function isLowerTownGrouping(a: Analysis, i: number): boolean {
  if (NORDIC_LOWER_SUFFIX_HEADS.has(a.tokens[i]!.fold)) return (isNameWord(a.tokens[i - 1]) && !a.tokens[i - 1]!.isUpper) || isSchoolKindBefore(a, i);
  return FR_LOWER_SUFFIX_HEADS.has(a.tokens[i]!.fold) && a.inPlace[i - 1] === true && isNameWord(a.tokens[i - 1]) && a.tokens[i + 1]?.fold !== 'de';
}

/** "X Métropole Val de Loire": capitalized words (joined by de/du) may follow the head. */
function suffixNameEnd(a: Analysis, j: number): number {
  const t = a.tokens;
  let end = j;
  for (let k = j; k < j + MAX_SUFFIX_NAME && k < t.length; k++) {
    const tok = t[k]!;
    if (tok.sentenceStart || tok.lineStart) break;
    if ((tok.fold === 'de' || tok.fold === 'du') && !tok.isCap && k > j && isSuffixNameWord(a, k + 1)) continue;
    if (!isSuffixNameWord(a, k) || isGivenName(tok)) break;
    end = k + 1;
  }
  return end;
}

function isSuffixNameWord(a: Analysis, k: number): boolean {
  const tok = a.tokens[k];
  // "L'Université …" opening a sentence: an elided article is no place's name.
  return tok !== undefined && isNameWord(tok) && !tok.isUpper && !isHeadWord(tok) && !(tok.lists & ROLE_NOUN) && !tok.fold.endsWith("'");
}

const ROLE_LINKS = new Set(['de', 'du', "d'", 'of', 'chez', 'at']);
// Endings of common nouns written with a capital in titles ("président de la République").
const COMMON_NOUN = /(?:tion|sion|ment|ite|ique|ance|ence|isme|ure|eur|ing|ship|ness|ogie|ies|aire)$/u;

const NOT_COMPANIES = new Set(['cabinet', 'campagne', 'projet', 'programme', 'recherche', 'communications', 'finances', 'operations', 'marketing', 'sales', 'research', 'programs', 'state', 'board', 'staff', 'studies', 'etudes']);

/** "le PDG de Norvia", "CEO of Tallis", "Halifax-based Emera": a company named by its cue. */
export function findRoleCompanies(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  for (let i = 0; i < t.length - 2; i++) {
    const tok = t[i]!;
    let k = -1;
    if ((tok.lists & COMPANY_ROLE) !== 0 && ROLE_LINKS.has(t[i + 1]!.fold)) k = i + 2;
    else if (tok.shape & BASED_COMPOUND) k = i + 1;
    if (k < 0 || !isCompanyWord(a, k) || isHeadWord(t[k]) || NOT_COMPANIES.has(t[k]!.fold)) continue;
    let end = k + 1;
    while (end < k + 3 && isCompanyWord(a, end, true) && !isHeadWord(t[end])) end++;
    // "président de la République" is a title; "présidente de Hydraulique Val-d'Isère" names a firm of two words.
    if (COMMON_NOUN.test(t[k]!.fold) && end === k + 1) continue;
    out.push({ type: 'ORG', start: k, end, priority: 4, confidence: 0.55 });
  }
  return out;
}


function isLowerFiller(tok: Token): boolean {
  if (!tok.isWord || hasDigit(tok) || ENGLISH_FUNCTION.has(tok.fold)) return false;
  return tok.fold === 'soit' || tok.fold === 'dont' || tok.fold === 'comme' || tok.fold === 'notamment' || !LOWER_STOP.has(tok.fold);
}

/** Names at k, right after their descriptor, joined by ",", "et", "and": each a run of one to three capitalized words. */
function coordinatedNames(a: Analysis, k: number): Candidate[] {
  const t = a.tokens;
  const out: Candidate[] = [];
  let j = k;
  while (j < t.length && out.length < 6) {
    // "la coopérative Les Vergers du Bessin", "le journal Le Devoir": an article in capitals opens the name.
    const article = j === k && NAME_ARTICLES.has(t[j]!.fold) && t[j]!.isCap && !t[j]!.sentenceStart && isCompanyWord(a, j + 1, true) ? 1 : 0;
    if (!article && !isCompanyWord(a, j, j === k)) break;
    let end = j + 1 + article;
    for (;;) {
      if (end < j + 3 + article && (isCompanyWord(a, end, true) || isInnerGivenName(a, end)) && !t[end]!.isUpper) end++;
      // "Prés du Cotentin", "Vignobles de la Loire": a "de" complement inside the name.
      else if (end < j + 5 && INNER_LINKS.has(t[end]?.fold ?? '') && !t[end]!.isCap && isCompanyWord(a, end + 1, true) && end > j + article) end += 2;
      else break;
    }
    // "l'accélérateur Hauts-de-France": a descriptor before a mere place says where.
    if (a.inPlace[j] && startsArea(a, j, end)) break;
    out.push({ type: 'ORG', start: j, end, priority: 4, confidence: 0.6 });
    const sep = t[end];
    if (!sep || !(isPunct(sep, ',') || sep.fold === 'et' || sep.fold === 'and')) break;
    j = end + 1;
    if (t[j]?.fold === 'et' || t[j]?.fold === 'and') j++;
  }
  return out;
}

/** Whether a gazetteer place proper starts at j and ends by `end`. */
function startsArea(a: Analysis, j: number, end: number): boolean {
  for (let k = j + 1; k <= end; k++) if (isAreaRange(a, j, k)) return true;
  return false;
}

const NAME_ARTICLES = new Set(['le', 'la', 'les', "l'"]);
const INNER_LINKS = new Set(['de', 'du', 'des', "d'"]);
const ENGLISH_FUNCTION = new Set(['of', 'the', 'for', 'and', 'in', 'at', 'to', 'on']);

/** A word of a company name; a place may continue one ("Voltrans Canada") but not open it. */
function isCompanyWord(a: Analysis, j: number, continuing = false): boolean {
  const tok = a.tokens[j];
  if (!tok || !isNameWord(tok) || tok.sentenceStart || tok.lineStart || (a.inPlace[j] && !continuing) || isGivenName(tok) || tok.lists & ROLE_NOUN) return false;
  return !UPPER_STOP_WORDS.has(tok.fold) && !startsWithDigit(tok.text);
}

/** "l'entreprise Tanvir Rose Kellan": after the name's first word, a word spelled like a given name goes on with it. */
function isInnerGivenName(a: Analysis, j: number): boolean {
  const tok = a.tokens[j];
  return tok !== undefined && isGivenName(tok) && !tok.sentenceStart && !tok.lineStart && !(tok.lists & ROLE_NOUN) && isNameWord(a.tokens[j + 1]) && !a.tokens[j + 1]!.lineStart;
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Brand-like words with an inner capital (SupAgro), with the capitalized word before. */
export function findCamelCaseOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!(a.shapesInText & CAMEL_CASE)) return out;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (!(tok.shape & CAMEL_CASE) || a.inHeadline[i]) continue;
    const prev = t[i - 1];
    if (prev && prev.lists & HONORIFIC) continue;
    if (isPunct(prev, '.') && HONORIFICS.has(t[i - 2]?.fold ?? '')) continue;
    // "#GreenSteel", "#RegionalDevelopment": a hashtag joins a topic's words, it names no body.
    if (isPunct(prev, '#') && prev!.end === tok.start) continue;
    // "@TownChamber:": a social-media handle is an account's name, not a body's.
    if (isPunct(prev, '@') && prev!.end === tok.start) continue;
    // "DeLand", "McAdam": a place the gazetteer knows, written with an inner capital, is no brand.
    if (isAreaRange(a, i, i + 1) && brandTailEnd(t, i + 1) === i + 1) continue;
    // "BrelFest", "FestiLune": a festival named in one word, an event and no body.
    if (FESTIVAL_PART.test(tok.text)) continue;
    const start = isNameWord(prev) && !tok.sentenceStart && !isGivenName(prev) ? i - 1 : i;
    out.push({ type: 'ORG', start, end: brandTailEnd(t, i + 1), priority: 4, confidence: 0.55 });
  }
  return out;
}

const FESTIVAL_PART = /Fest(?!\p{Ll})|Festi(?=\p{Lu})/u;

/** "NextWave Energy", "BioLume Solutions": a capitalized industry noun after a brand closes its name. */
function brandTailEnd(t: readonly Token[], k: number): number {
  const tok = t[k];
  if (!tok || !tok.isCap || tok.isUpper || tok.lineStart || tok.sentenceStart) return k;
  return UPPER_NAME_TAILS.has(tok.fold) || (tok.lists & INDUSTRY_HEAD_LAST) !== 0 ? k + 1 : k;
}

/** "Investissement Québec", "Hydro-Québec": a domain noun followed by a gazetteer place. */
export function findPlaceNamedBodies(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!(a.listsInText & (PLACE_BODY_PREFIX | PLACE_BODY_COMPOUND))) return out;
  const t = a.tokens;
  let named: Set<string> | undefined;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (!(tok.lists & (PLACE_BODY_PREFIX | PLACE_BODY_COMPOUND)) || !tok.isCap || tok.isUpper || a.inHeadline[i]) continue;
    const dash = tok.fold.indexOf('-');
    if (tok.fold === PLACE_NAMED_BODY_SUFFIX && i > 0 && !tok.sentenceStart && isNameWord(t[i - 1]) && (named ??= placeWords(a)).has(t[i - 1]!.fold)) {
      // "Manitoba Hydro", "Toronto Hydro": the utility after its territory, a word the text names as a place.
      out.push({ type: 'ORG', start: i - 1, end: i + 1, priority: 6, confidence: 0.65 });
    } else if (dash > 0 && PLACE_NAMED_BODY_PREFIXES.has(tok.fold.slice(0, dash)) && isCapitalAt(tok.text, dash + 1)) {
      out.push({ type: 'ORG', start: i, end: i + 1, priority: 6, confidence: 0.65 });
    } else if (AGENCY_PREFIXES.has(tok.fold) && (!tok.sentenceStart || !IMPERATIVE_PREFIXES.has(tok.fold)) && !continuesName(t, i)) {
      // "Destination X River", "Tourism X": a promotion agency named after its
      // area, known to the gazetteer or not.
      // "Invest in X": the investment agency's name may link its area with "in".
      const from = tok.fold === 'invest' && t[i + 1]?.text === 'in' ? i + 2 : i + 1;
      const end = agencyPlaceEnd(t, from);
      if (end > from) out.push({ type: 'ORG', start: i, end, priority: 7, confidence: 0.65 });
    } else if (tok.lists & PLACE_BODY_PREFIX && !a.inPlace[i] && t[i + 1]?.isCap && !t[i + 1]!.lineStart) {
      let end = i + 1;
      while (end < t.length && a.inPlace[end] && isNameWord(t[end]) && !t[end]!.lineStart) end++;
      // "Export Côte" out of "Export Côte d'Azur": a place cut in two names nothing.
      if (end > i + 1 && a.inPlace[end] && t[end]!.isWord && !t[end]!.lineStart) continue;
      // "Invest Hamilton" where only "in Hamilton" later had a cue: a word the text names as a place.
      if (end === i + 1 && isNameWord(t[i + 1]) && (named ??= placeWords(a)).has(t[i + 1]!.fold)) end = i + 2;
      if (end > i + 1) out.push({ type: 'ORG', start: MODIFIED_BODY_PREFIXES.has(tok.fold) ? modifiersBefore(a, i) : tradeBefore(t, i), end, priority: 6, confidence: 0.65 });
    }
  }
  return out;
}

/** Prefixes that name a tourism or investment agency by its area alone, whatever the area. */
const AGENCY_PREFIXES: ReadonlySet<string> = new Set(['tourism', 'tourisme', 'destination', 'invest', 'visit', 'travel']);

/** Of those, the verbs that open an imperative sentence ("Visit Paris in spring"). */
const IMPERATIVE_PREFIXES: ReadonlySet<string> = new Set(['visit', 'travel', 'invest']);

/** Words that, after an agency prefix, make a title, an event or a field rather than an area. */
const AGENCY_NON_AREA: ReadonlySet<string> = new Set([
  'minister', 'ministre', 'ministry', 'week', 'month', 'day', 'days', 'award', 'awards', 'industry', 'sector',
  'strategy', 'plan', 'fund', 'grant', 'program', 'programme', 'summit', 'forum', 'expo', 'show', 'fair', 'guide',
  'marketing', 'office', 'officer', 'manager', 'director', 'team', 'advisory', 'update', 'news', 'trade', 'and',
]);

/** "Trade and Invest X", "Northern Tourism X": the prefix inside a longer name. */
function continuesName(t: readonly Token[], i: number): boolean {
  const prev = t[i - 1];
  if (!prev) return false;
  if (isNameWord(prev) && !prev.sentenceStart) return true;
  return (prev.fold === 'and' || prev.fold === '&' || prev.fold === 'et') && isNameWord(t[i - 2]);
}

/** Words that end an area's name even where they also head a body ("Travel Linn County"). */
const AREA_TAILS: ReadonlySet<string> = new Set(['county', 'region', 'district', 'valley', 'coast', 'island', 'islands', 'shire']);

/** End of the area name (one to three capitalized words) after an agency prefix, or k when none. */
function agencyPlaceEnd(t: readonly Token[], k: number): number {
  let end = k;
  while (end < k + 3 && isNameWord(t[end]) && !t[end]!.isUpper && !t[end]!.lineStart
    && (!isHeadWord(t[end]!) || (end > k && AREA_TAILS.has(t[end]!.fold)))
    && !(t[end]!.lists & (ROLE_NOUN | ROLE_WORD)) && !AGENCY_NON_AREA.has(t[end]!.fold)) end++;
  return end;
}

/**
 * "Yukon Economic Development and Trade", "Alberta Jobs, Economy and Trade": a
 * province's or country's department named by its portfolio, with no head noun. The
 * capitalized words after the place end on a portfolio noun.
 */
export function findPlaceLedDepartments(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (a.areaRanges.size === 0) return out;
  const t = a.tokens;
  // The text's places by their first word, as folded word lists: a mention that opens a
  // longer name ("from Manitoba Economic …") is no place span of its own.
  const byFirst = new Map<string, string[][]>();
  for (const range of a.areaRanges) {
    const [s, e] = rangeBounds(t.length, range);
    const words = t.slice(s, e).map((w) => w.fold);
    const list = byFirst.get(words[0]!) ?? [];
    if (!list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
    byFirst.set(words[0]!, list);
  }
  for (let s = 0; s < t.length; s++) {
    const places = t[s]!.isCap ? byFirst.get(t[s]!.fold) : undefined;
    if (!places) continue;
    for (const words of places) {
      const e = s + words.length;
      if (foldsAt(t, s, words)) {
        const end = portfolioEnd(a, e);
        if (end > 0) out.push({ type: 'ORG', start: s, end, priority: 6, confidence: 0.6 });
      }
    }
  }
  return out;
}

/** Tokens from s on fold to `words`, one by one. */
function foldsAt(t: readonly Token[], s: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) if (t[s + n]?.fold !== words[n]) return false;
  return true;
}

/** End of the portfolio words after a place ending at e, or -1. */
function portfolioEnd(a: Analysis, e: number): number {
  const t = a.tokens;
  let k = e;
  let end = -1;
  let words = 0;
  while (k < t.length && k < e + MAX_PORTFOLIO_WORDS && !t[k]!.lineStart && !t[k]!.sentenceStart) {
    const tok = t[k]!;
    if (isNameWord(tok) && !tok.isUpper && !a.inPlace[k] && !isHeadWord(tok) && !isGivenName(tok)) {
      words++;
      k++;
      if (PORTFOLIO_NOUNS.has(tok.fold)) end = k;
      continue;
    }
    if ((tok.fold === 'and' || tok.fold === '&' || isPunct(tok, ',')) && words > 0 && isNameWord(t[k + 1])) { k++; continue; }
    break;
  }
  // Two words at least ("Alberta Energy" is as often the industry), and the run ends on the portfolio.
  return end > e + 1 && end === k ? end : -1;
}
const MAX_PORTFOLIO_WORDS = 7;
const PORTFOLIO_NOUNS = new Set([
  'development', 'trade', 'affairs', 'resources', 'agriculture', 'innovation', 'environment', 'health', 'education',
  'tourism', 'immigration', 'transportation', 'infrastructure', 'energy', 'finance', 'justice', 'labour', 'labor',
  'economy', 'culture', 'heritage', 'mines', 'forestry', 'fisheries', 'training', 'skills', 'jobs',
  // "Andorra Trade & Invest": an agency named like a department.
  'invest', 'investment',
]);

// A utility named after its territory, the name first.
const PLACE_NAMED_BODY_SUFFIX = 'hydro';

// Domain nouns that need words before them: "Global Affairs Canada", "Fisheries and Oceans Canada".
const MODIFIED_BODY_PREFIXES = new Set(['affairs', 'resources', 'oceans', 'relations', 'heritage', 'services', 'development']);

/** Start of the capitalized words (joined by "and") before a domain noun at i; i when none. */
function modifiersBefore(a: Analysis, i: number): number {
  const t = a.tokens;
  let s = i;
  while (s > i - 4 && !t[s]!.sentenceStart && !t[s]!.lineStart) {
    const prev = t[s - 1];
    if (prev && isNameWord(prev) && !prev.isUpper && !a.inPlace[s - 1] && !isGivenName(prev) && !isHeadWord(prev)) s--;
    else if (prev?.fold === 'and' && !prev.isCap && s === i && isNameWord(t[s - 2]) && !a.inPlace[s - 2] && !isHeadWord(t[s - 2])) s -= 2;
    else break;
  }
  return s;
}

/** "Trade and Invest Harwick", "Trade & Investment Limpopo": trade coordinated before the prefix is part of the name. */
function tradeBefore(t: readonly Token[], i: number): number {
  const and = t[i - 1];
  const trade = t[i - 2];
  if (!INVESTMENT_PREFIXES.has(t[i]!.fold) || !and || (and.fold !== 'and' && and.fold !== '&') || and.isCap) return i;
  return trade?.fold === 'trade' && trade.isCap ? i - 2 : i;
}
const INVESTMENT_PREFIXES = new Set(['invest', 'investment']);

/** Folded single-word places of the text ("ottawa"). */
function placeWords(a: Analysis): Set<string> {
  const out = new Set<string>();
  for (const range of a.areaRanges) {
    const [s, e] = rangeBounds(a.tokens.length, range);
    if (e === s + 1) out.add(a.tokens[s]!.fold);
  }
  return out;
}

function isCapitalAt(text: string, k: number): boolean {
  const ch = text[k] ?? '';
  return ch !== ch.toLowerCase();
}

const TLDS = new Set(['net', 'com', 'org', 'info', 'fr', 'ca', 'be', 'ch', 'ma', 'sn', 'ci', 'io', 'co']);

/** Outlet names written as domains ("Rédigé par example.net"), outside e-mails and URLs: token ranges. */
export function findDomainOrgs(a: Analysis): [number, number][] {
  const out: [number, number][] = [];
  const t = a.tokens;
  for (let k = 2; k < t.length; k++) {
    if (!isPunct(t[k - 1], '.') || !TLDS.has(t[k]!.text)) continue;
    const name = t[k - 2]!;
    if (!name.isWord || name.end !== t[k - 1]!.start || t[k - 1]!.end !== t[k]!.start) continue;
    const before = a.text[name.start - 1] ?? ' ';
    const after = a.text[t[k]!.end] ?? ' ';
    if ('@/.'.includes(before) || /[\w/@]/.test(after)) continue;
    if (t[k - 3]?.fold === 'www' || t[k - 3]?.end === name.start) continue;
    out.push([k - 2, k + 1]);
  }
  return out;
}
