import { POST_NOMINALS, ROLE_MODIFIERS } from '../lexicons/people-titles.js';
import { CAP_STOP_WORDS } from '../lexicons/org-stop-words.js';
import { FOREIGN_HEADS_NEEDING_COMPLEMENT, FOREIGN_NAME_LINKS } from '../lexicons/foreign-org-heads.js';
import { INDUSTRY_HEADS_LAST } from '../lexicons/org-head-words.js';
import { CHINESE_SURNAMES, PINYIN_GIVEN_NAME, VIETNAMESE_SURNAMES } from '../lexicons/people-surnames.js';
import { isPlaceRange, type Analysis, type Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { hasDigit, isGivenName, isHeadWord, isNameWord, isPunct, isRoleWord } from './word-classes.js';
import { COMPANY_TRIGGER, HONORIFIC, INDUSTRY_HEAD_LAST, PRIME_WORD, ROLE_WORD } from './word-lists.js';

// "son of/daughter of" in Malay and Arabic names, which often follow two given names: "Ahmad Nizam bin Yusof".
const PATRONYMICS = new Set(['bin', 'binti', 'binte', 'bint', 'ibn']);
const IRISH_PARTICLES = new Set(['Ní', 'Nic', 'Ó', 'Uí', 'Ua', 'Mac', 'Mhic']);
const PARTICLES = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'del', 'della', ...PATRONYMICS, 'ben', 'al', 'el', 'ter', 'ten']);
// Nouns before a name that make it a street, building or prize, not a person.
const NAMED_AFTER = new Set(['rue', 'avenue', 'boulevard', 'place', 'pont', 'parc', 'station', 'lycee', 'ecole', 'college', 'aeroport', 'stade', 'prix', 'chemin', 'route', 'street', 'road', 'bridge', 'park', 'airport', 'square', 'quai', 'allee', 'impasse', 'cours', 'salle', 'pavillon']);
const MAX_NAME_TOKENS = 4;
// Capitalized nouns that follow a given name in names of things ("Victoria Day", "Grace Church").
const NOT_SURNAMES = new Set(['day', 'street', 'avenue', 'road', 'park', 'church', 'hall', 'island', 'lake', 'river', 'bay', 'valley', 'mountain', 'mountains', 'falls', 'democrats', 'award', 'awards', 'prize', 'cup', 'festival', 'airport', 'station', 'bridge', 'building', 'tower', 'square', 'county', 'city', 'memorial', 'hospital', 'stadium', 'arena', 'trophy', 'foundation', 'school', 'institute', 'act', 'plan', 'league', 'party', 'council', 'cabinet', 'office', 'government', 'assembly', 'forum', 'summit', 'conference', 'convention', 'week', 'research', 'development', 'academic']);
// Role nouns that are no family names: a name stops before them ("Deputy City Mayor").
const ROLE_NOT_SURNAMES = new Set(['mayor', 'maire', 'mairesse', 'chairman', 'chairwoman', 'chairperson', 'president', 'presidente', 'ceo', 'pdg', 'minister', 'ministre', 'secretary', 'governor', 'senator', 'councillor', 'councilor', 'director', 'directeur', 'directrice', 'premier', 'deputy', 'depute', 'deputee', 'ambassador', 'ambassadeur', 'ambassadrice', 'consul', 'commissioner', 'spokesperson', 'spokesman', 'spokeswoman', 'founder', 'fondateur', 'fondatrice', 'executive', 'vice-president', 'vice-presidente', 'prefet', 'gouverneur', 'bourgmestre', 'echevin',
  'member', 'members', 'leader', 'officer', 'manager', 'representative', 'delegate', 'coordinator', 'adviser', 'advisor', 'convenor', 'convener', 'treasurer', 'vice-chancellor', 'registrar']);
// Adjective endings of a portfolio after a role ("Vice-Chancellor Global", "Director Academic").
const PORTFOLIO_ADJECTIVE = /(?:bal|ital|onal|ernal|emic|omic|ific|ical)$/u;
// Endings of common nouns that a capitalized role complement may carry ("vice-président Innovation").
export const COMMON_NOUN = /(?:tion|sion|ment|ite|ing|ance|ence|isme|ure|eur|ise|ship|ness|ogie|ique|ies)$/u;

// "le docteur Awa Ba", "monsieur Sok Dara": spelled out in lower case inside a sentence, before a full name.
const SPELLED_OUT_HONORIFICS = new Set(['monsieur', 'madame', 'mademoiselle', 'docteur', 'docteure']);

/** PERSON candidates anchored on honorifics, roles, given names and appositions. */
export function findPeople(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    // Every anchor is a word: punctuation and numbers open no name.
    if (!t[i]!.isWord) continue;
    const c = bylinePerson(a, i) ?? honorificPerson(a, i) ?? rolePerson(a, i) ?? surnameFirstPerson(a, i) ?? givenNamePerson(a, i) ?? appositionPerson(a, i);
    if (c) {
      out.push(c);
      i = c.end - 1;
    }
  }
  return out;
}

/** End (exclusive) of the name that starts at `j`, and how many words it has. */
export function nameExtent(t: readonly Token[], j: number, inPlace: readonly boolean[] = [], maxWords = MAX_NAME_TOKENS): { end: number; words: number } {
  let k = j;
  let words = 0;
  while (k < t.length && words < maxWords) {
    const tok = t[k]!;
    if (k > j && (tok.sentenceStart || tok.lineStart)) break;
    if (isInitial(t, k) && isNameWord(t[k + 2])) { k += 2; continue; }
    // Particles follow the given name ("Charles de Gaulle"); after a surname "de X" is a locative.
    if ((words === 1 || (words === 2 && PATRONYMICS.has(tok.fold))) && PARTICLES.has(tok.fold) && !tok.isUpper) {
      const after = PARTICLES.has(t[k + 1]?.fold ?? '') && !t[k + 1]!.isCap ? k + 2 : k + 1;
      // "Anne Le GUENNEC": a family name in capitals after a capitalized particle, the given name written in lower case.
      const upperFamilyName = tok.isCap && !t[j]!.isUpper && t[after] !== undefined && t[after]!.isUpper && t[after]!.text.length >= 3;
      if (isSurnameWord(t[after]) && (!t[after]!.isUpper || upperFamilyName) && !isHeadWord(t[after]) && !inPlace[after]) { k = after; continue; }
    }
    // "Carla Puig i Serra": Catalan joins two family names with a lower-case "i".
    if (words >= 2 && tok.text === 'i' && isSurnameWord(t[k + 1]) && !t[k + 1]!.isUpper && !isHeadWord(t[k + 1]) && !inPlace[k + 1] && !t[k + 1]!.lineStart) { k += 2; words++; continue; }
    // "Áine Ní Dhuibhir", "Seán Ó Sé": after an Irish particle comes the surname, even one spelled like a common word.
    if (words >= 1 && IRISH_PARTICLES.has(tok.text) && t[k + 1]?.isCap && !t[k + 1]!.isUpper && !t[k + 1]!.sentenceStart) { k += 2; words += 2; continue; }
    if (!isSurnameWord(tok) || (k > j && ((isHeadWord(tok) && !isBareForeignHead(t, k)) || POST_NOMINALS.has(tok.fold) || NOT_SURNAMES.has(tok.fold) || ROLE_NOT_SURNAMES.has(tok.fold) || tok.lists & INDUSTRY_HEAD_LAST))) break;
    k++;
    words++;
  }
  return { end: k, words };
}

/** "Amadou Camara", "Lucia Centro": a foreign head that needs its "de/di" complement is a surname without one. */
function isBareForeignHead(t: readonly Token[], k: number): boolean {
  return FOREIGN_HEADS_NEEDING_COMPLEMENT.has(t[k]!.fold) && !FOREIGN_NAME_LINKS.has(t[k + 1]?.fold ?? '');
}

/** In a Title Case headline every word has a capital: a name is the given name and one more word. */
function titleCaseLimit(a: Analysis, j: number): number {
  if (!a.inTitleCase[j]) return MAX_NAME_TOKENS;
  return isGivenName(a.tokens[j]) ? 2 : 1;
}

function isSurnameWord(tok: Token | undefined): boolean {
  // isNameWord implies a leading capital letter, so only digits remain to rule out.
  return tok !== undefined && isNameWord(tok) && !hasDigit(tok);
}

function isInitial(t: readonly Token[], k: number): boolean {
  const tok = t[k]!;
  return tok.isCap && tok.text.length === 1 && isPunct(t[k + 1], '.');
}

/**
 * "By Tama Riwaka", "Par Awa Ndoye Fall | 14 mars", "Propos recueillis par X — Anse-Lavande":
 * the author a byline names, whatever their given name. The line opens on "By"/"Par" or on
 * a few lower-case words ending with it, and the name closes the line or its first segment.
 */
function bylinePerson(a: Analysis, i: number): Candidate | undefined {
  const t = a.tokens;
  const tok = t[i]!;
  if ((tok.fold !== 'by' && tok.fold !== 'par') || !opensByline(t, i) || !t[i + 1] || t[i + 1]!.lineStart) return undefined;
  // "Led by Mayor Ana Ruiz": the title is no part of the name; the role rule reads it.
  if ((t[i + 1]!.lists & (HONORIFIC | ROLE_WORD)) !== 0) return undefined;
  const { end, words } = nameExtent(t, i + 1, a.inPlace);
  if (words < 2 || !closesBylineName(t, end) || isPlaceRange(a, i + 1, end)) return undefined;
  for (let k = i + 1; k < end; k++) if (t[k]!.isUpper || isHeadWord(t[k])) return undefined;
  return { type: 'PERSON', start: i + 1, end, priority: 9, confidence: 0.85 };
}

// Lower-case words that may precede the byline's "par"/"by" on its line ("Propos recueillis par", "Written by").
const MAX_BYLINE_LEAD = 3;

function opensByline(t: readonly Token[], i: number): boolean {
  if (t[i]!.lineStart) return t[i]!.isCap;
  // "News | 8 October 2026 | By Ana Ruiz": a dateline's segments are split by bars.
  if (isPunct(t[i - 1], '|')) return t[i]!.isCap;
  for (let k = i - 1; k >= 0 && k >= i - MAX_BYLINE_LEAD; k--) {
    if (!t[k]!.isWord) return false;
    if (t[k]!.lineStart) return true;
    if (t[k]!.isCap) return false;
  }
  return false;
}

/** After a byline's name: the line's end, or a separator before the date, place or role. */
function closesBylineName(t: readonly Token[], end: number): boolean {
  const next = t[end];
  return next === undefined || next.lineStart || isPunct(next, ',|—–-(/');
}

function honorificPerson(a: Analysis, i: number): Candidate | undefined {
  const t = a.tokens;
  const tok = t[i]!;
  if (!(tok.lists & HONORIFIC) || !(tok.isCap || SPELLED_OUT_HONORIFICS.has(tok.fold))) return undefined;
  // "Notre Dame X", "Notre-Dame de Paris": "Dame" after "Notre" names a church or a school.
  if (tok.fold === 'dame' && t[i - 1]?.fold === 'notre') return undefined;
  const dotted = isPunct(t[i + 1], '.');
  // "M" and "MM" mean Monsieur/Messieurs only with their period.
  if ((tok.fold === 'm' || tok.fold === 'mm') && !dotted) return undefined;
  // "Me" (Maître) and "Pr" are French; in English "Me Too" is no title.
  if ((tok.fold === 'me' || tok.fold === 'pr') && a.language === 'en') return undefined;
  const j = dotted ? i + 2 : i + 1;
  if (!isSurnameWord(t[j]) || t[j]!.lineStart) return undefined;
  // "P.C., M.P.": dotted letters after a name, no "M." (Monsieur) and a person.
  if (t[j]!.text.length === 1 && isPunct(t[j + 1], '.') && !isNameWord(t[j + 2])) return undefined;
  const { end, words } = nameExtent(t, j, a.inPlace, titleCaseLimit(a, j));
  if (words === 0 || (!tok.isCap && words < 2)) return undefined;
  return { type: 'PERSON', start: j, end, priority: 9, confidence: 0.9, surnameOnly: words === 1 };
}

function rolePerson(a: Analysis, i: number): Candidate | undefined {
  const t = a.tokens;
  if (a.inTitleCase[i]) return undefined;
  const j = afterRole(a, i);
  if (j >= 0 && ['de', 'du', "d'", 'of'].includes(t[j]?.fold ?? '')) return roleComplementPerson(a, j);
  if (j < 0 || !isSurnameWord(t[j]) || t[j]!.sentenceStart || a.inPlace[i] || a.inPlace[j]) return undefined;
  const { end, words } = nameExtent(t, j, a.inPlace);
  if (words === 0) return undefined;
  if (words === 1) {
    // A lone word after a role is a surname only when nothing says it is a place.
    if (a.inPlace[j] || isGivenName(t[j]) || isHeadWord(t[j]) || t[j]!.isUpper || COMMON_NOUN.test(t[j]!.fold) || NOT_SURNAMES.has(t[j]!.fold) || INDUSTRY_HEADS_LAST.has(t[j]!.fold)) return undefined;
    // "Chief Executive Officer Associate Professor Ng": a word before a second title is that title's rank.
    if (t[end] !== undefined && (t[end]!.lists & (HONORIFIC | ROLE_WORD)) !== 0) return undefined;
    // "Deputy Vice-Chancellor Global, Professor Ana Ruiz": the holder's name follows, so the word is the portfolio.
    if (PORTFOLIO_ADJECTIVE.test(t[j]!.fold) && isPunct(t[end], ',') && t[end + 1] !== undefined && (t[end + 1]!.lists & (HONORIFIC | ROLE_WORD)) !== 0) return undefined;
    return { type: 'PERSON', start: j, end, priority: 7, confidence: 0.7, surnameOnly: true };
  }
  if (isPlaceRange(a, j, end)) return undefined;
  return { type: 'PERSON', start: j, end, priority: 8, confidence: 0.85 };
}

/**
 * "consul général de France Hugo Lenoir", "présidente de région Anne Morel": a role, a
 * short complement of lower-case words or gazetteer places, then a full name.
 */
function roleComplementPerson(a: Analysis, j: number): Candidate | undefined {
  const t = a.tokens;
  let k = j + 1;
  if (['la', "l'", 'le', 'les'].includes(t[k]?.fold ?? '')) k++;
  const from = k;
  while (k < t.length && k < from + 3 && t[k]!.isWord && (a.inPlace[k] || (!t[k]!.isCap && !LOWER_STOP_NAMES.has(t[k]!.fold)))) k++;
  // "conseillère d'État Anne Morel", "ministre de l'Économie Paul Roy": a portfolio in one capitalized word, then a given name.
  if (k === from && isSurnameWord(t[k]) && !t[k]!.isUpper && !isGivenName(t[k]) && isGivenName(t[k + 1])) k++;
  if (k === from || !isSurnameWord(t[k]) || a.inPlace[k] || t[k]!.sentenceStart) return undefined;
  // "fondateur de la coopérative Agro Nova": a company noun before the name makes it the company's.
  if (t[k - 1]!.lists & COMPANY_TRIGGER) return undefined;
  const { end, words } = nameExtent(t, k, a.inPlace);
  if (words < 2 || isPlaceRange(a, k, end)) return undefined;
  for (let n = k; n < end; n++) if (t[n]!.isUpper || isHeadWord(t[n]) || a.inPlace[n]) return undefined;
  return { type: 'PERSON', start: k, end, priority: 7, confidence: 0.7 };
}

const ROLE_COMPLEMENT_LINKS = new Set(['of', 'de', 'du', "d'", 'for']);
const LOWER_STOP_NAMES = new Set(['et', 'and', 'a', 'qui', 'que', 'est', 'sont', 'ont', 'avec', 'par', 'pour', 'dans', 'sur', 'of', 'the', 'in', 'to']);

/** Index of the first token after a role phrase starting at i ("premier ministre"), or -1. */
function afterRole(a: Analysis, i: number): number {
  const t = a.tokens;
  const tok = t[i]!;
  // Only a role word or "premier"/"prime" opens a role phrase (asked of every token: one bit test).
  if (!tok.isWord || !(tok.lists & (ROLE_WORD | PRIME_WORD))) return -1;
  let j = i + 1;
  if (tok.fold === 'premier' || tok.fold === 'prime') {
    if (t[j]?.fold === 'ministre' || t[j]?.fold === 'minister') j++;
    else if (a.language === 'fr' || tok.fold === 'prime') return -1;
  } else if (!isRoleWord(tok)) return -1;
  while (j < t.length && j < i + 4 && t[j]!.isWord && !t[j]!.isCap && ROLE_MODIFIERS.has(t[j]!.fold)) j++;
  // "Consul General Ana Ruiz", "the Consul General of Australia": a capitalized modifier is still the role.
  if (j < t.length && t[j]!.isCap && ROLE_MODIFIERS.has(t[j]!.fold) && (isSurnameWord(t[j + 1]) || ROLE_COMPLEMENT_LINKS.has(t[j + 1]?.fold ?? ''))) j++;
  // "Chief Executive Officer Ana Ruiz": the role goes on over capitalized role nouns.
  while (j < t.length && j < i + 4 && t[j]!.isCap && !t[j]!.lineStart && isRoleWord(t[j]!)) j++;
  return j;
}

function givenNamePerson(a: Analysis, i: number): Candidate | undefined {
  const t = a.tokens;
  if (t[i]!.isUpper) return upperCasePerson(a, i);
  if (!isGivenName(t[i]) || namedAfter(t, i) || (a.inPlace[i] && a.inPlace[i - 1])) return undefined;
  // "Energy Park X": a Korean family name spelled like an English noun, inside a run of capitals, is that noun.
  if (WORDLIKE_KOREAN_SURNAMES.has(t[i]!.fold) && t[i - 1]?.isCap && t[i - 1]!.isWord && !t[i]!.sentenceStart && !t[i]!.lineStart) return undefined;
  const { end, words } = nameExtent(t, i, a.inPlace, titleCaseLimit(a, i));
  if (words < 2 || isPlaceRange(a, i, end)) return undefined;
  // "Lone Star Robotics", "Jean Coutu Pharma": a name that an industry noun closes is a company's.
  if (t[end]?.isCap && INDUSTRY_HEADS_LAST.has(t[end]!.fold)) return undefined;
  // "Ana Ruiz Bay", "Ana Ruiz Square": a name a place or building noun closes names that thing.
  if (t[end]?.isCap && !t[end]!.lineStart && NOT_SURNAMES.has(t[end]!.fold) && !t[end + 1]?.isCap) return undefined;
  return { type: 'PERSON', start: i, end, priority: 8, confidence: 0.8 };
}

// Letters only Vietnamese spells with: a name that has one is Vietnamese, whatever its words.
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/**
 * "Sun Jianguo", "Trần Thị Mai": Chinese and Vietnamese names put the family name first,
 * so the given-name lexicon never anchors them. A Chinese surname takes one pinyin word;
 * a Vietnamese one (with its diacritics) takes up to three words, one spelled the Vietnamese way.
 */
function surnameFirstPerson(a: Analysis, i: number): Candidate | undefined {
  const t = a.tokens;
  const tok = t[i]!;
  if (!tok.isCap || tok.isUpper || a.inPlace[i]) return undefined;
  if (!CHINESE_SURNAMES.has(tok.fold) && !VIETNAMESE_SURNAMES.has(tok.text)) return undefined;
  let end = i + 1;
  if (CHINESE_SURNAMES.has(tok.fold)) {
    if (!fitsSurnameName(a, end) || !PINYIN_GIVEN_NAME.test(t[end]!.fold)) return undefined;
    end++;
  } else if (VIETNAMESE_SURNAMES.has(tok.text)) {
    while (end < i + 4 && fitsSurnameName(a, end)) end++;
    if (end === i + 1 || !t.slice(i + 1, end).some((w) => VIETNAMESE_LETTERS.test(w.text))) return undefined;
  } else return undefined;
  // "Xu Haobo Holdings": a name a company or industry noun closes is the company's.
  if (t[end]?.isCap && (isHeadWord(t[end]) || INDUSTRY_HEADS_LAST.has(t[end]!.fold))) return undefined;
  if (isPlaceRange(a, i, end)) return undefined;
  return { type: 'PERSON', start: i, end, priority: 8, confidence: 0.75 };
}

/** Token k can go on a surname-first name: a name word inside the sentence, no head word, no place. */
function fitsSurnameName(a: Analysis, k: number): boolean {
  const w = a.tokens[k];
  return w !== undefined && isSurnameWord(w) && !w.isUpper && !w.sentenceStart && !w.lineStart && !isHeadWord(w) && !a.inPlace[k];
}

const WORDLIKE_KOREAN_SURNAMES = new Set(['park', 'moon', 'song', 'hong', 'nam', 'han', 'son', 'bae', 'ahn']);

/** "JEAN TREMBLAY" in a caption: a given name in capitals before a word in capitals. */
function upperCasePerson(a: Analysis, i: number): Candidate | undefined {
  const t = a.tokens;
  const next = t[i + 1];
  if (!isGivenName(t[i], true) || !next?.isUpper || hasDigit(next) || next.lineStart || isHeadWord(next) || CAP_STOP_WORDS.has(next.fold)) return undefined;
  if (a.inPlace[i] || a.inPlace[i + 1]) return undefined;
  return { type: 'PERSON', start: i, end: i + 2, priority: 6, confidence: 0.6 };
}

function namedAfter(t: readonly Token[], i: number): boolean {
  const prev = isPunct(t[i - 1], '.') ? t[i - 2] : t[i - 1];
  return prev !== undefined && (NAMED_AFTER.has(prev.fold) || prev.fold === 'st' || prev.fold === 'ste' || prev.fold === 'mt' || prev.fold === 'prince');
}

/** "…, Prénom Nom, directrice de …" or "le maire de X, Prénom Nom": unknown given names. */
function appositionPerson(a: Analysis, i: number): Candidate | undefined {
  const t = a.tokens;
  const tok = t[i]!;
  if (!isSurnameWord(tok) || tok.isUpper || isHeadWord(tok) || a.inTitleCase[i] || isDemonym(tok)) return undefined;
  // "Secretary Blinken, …", "Deputy Leader, Councillor …": a role noun opens a title, not a name.
  if (isRoleWord(tok) || ROLE_NOT_SURNAMES.has(tok.fold)) return undefined;
  const { end, words } = nameExtent(t, i, a.inPlace);
  // At a sentence start only ", directrice de …" right after the name vouches for it.
  if (tok.sentenceStart && !(isPunct(t[end], ',') && startsRole(a, end + 1)) && !isContactName(t, i, end)) return undefined;
  if (words < 2 || words > 3 || isPlaceRange(a, i, end) || a.inPlace[i]) return undefined;
  // The weakest rule: any capital, head noun or gazetteer place in the span vetoes it, but for a
  // family name in capitals after the given name ("…, Ana-Maria POPESCU, …").
  for (let k = i; k < end; k++) if ((t[k]!.isUpper && !isUpperFamilyName(t, i, k, end)) || isHeadWord(t[k]) || a.inPlace[k]) return undefined;
  // "Remercie M. Paul Roy, directeur": a dotted honorific inside the span opens the name; the word before is no part of it.
  if (a.language === 'fr') for (let k = i + 1; k < end; k++) if ((t[k]!.lists & HONORIFIC) !== 0 && isPunct(t[k + 1], '.') && (t[k]!.fold === 'm' || t[k]!.fold === 'mm')) return undefined;
  const roleAfter = (isPunct(t[end], ',') && startsRole(a, end + 1)) || saysAfter(t, end) || SPEECH_BEFORE.has(t[i - 1]?.fold ?? '') || isContactName(t, i, end);
  const roleBefore = isPunct(t[i - 1], ',') && roleInClause(a, i - 1) && (isPunct(t[end], ',.;') || t[end] === undefined || t[end]!.fold === 'et' || t[end]!.fold === 'and');
  if (!roleAfter && !roleBefore) return undefined;
  return { type: 'PERSON', start: i, end, priority: 6, confidence: 0.65 };
}

/** The last word of a name [i, end) in capitals after words in lower case: a family name, not an acronym, when it has 3 letters or more. */
function isUpperFamilyName(t: readonly Token[], i: number, k: number, end: number): boolean {
  return k === end - 1 && k > i && t[k]!.text.length >= 3 && !CAP_STOP_WORDS.has(t[k]!.fold);
}

/** "Scottish Canals", "Welsh Water": a nationality adjective opens a body's name, not a person's. */
export function isDemonym(tok: Token): boolean {
  return !isGivenName(tok) && (tok.fold.endsWith('ese') || DEMONYMS.has(tok.fold));
}
// Listed rather than matched on "-ish", which given names share ("Tavish").
const DEMONYMS = new Set([
  'scottish', 'english', 'irish', 'british', 'welsh', 'cornish', 'spanish', 'danish', 'swedish', 'finnish', 'polish',
  'turkish', 'flemish', 'kurdish', 'french', 'dutch', 'swiss', 'greek', 'thai',
]);

// Verbs of saying around a name: "a déclaré Awa Ndiaye", "said Kwasi Mensah", "selon …".
const SPEECH_BEFORE = new Set(['said', 'says', 'told', 'selon', 'declare', 'souligne', 'affirme', 'ajoute', 'explique', 'indique', 'precise', 'commente', 'estime', 'rappelle', 'exprime', 'soutient', 'partage', 'added', 'explained', 'noted']);
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'declared']);

/** "Media contact: Ana Ruiz, Office of …", "Renseignements : Ana Ruiz –": the first name a contact label gives. */
function isContactName(t: readonly Token[], i: number, end: number): boolean {
  if (!isPunct(t[i - 1], ':') || !CONTACT_LABELS.has(t[i - 2]?.fold ?? '')) return false;
  // "Media contact: Corporate Communications, …" gives the unit, not a person.
  for (let k = i; k < end; k++) if (CONTACT_UNIT_WORDS.has(t[k]!.fold)) return false;
  const next = t[end];
  return next === undefined || next.lineStart || isPunct(next, ',–—-(|');
}
const CONTACT_UNIT_WORDS = new Set(['communications', 'communication', 'relations', 'media', 'press', 'presse', 'team', 'office', 'desk', 'unit', 'service', 'services']);
const CONTACT_LABELS = new Set(['contact', 'contacts', 'enquiries', 'inquiries', 'information', 'informations', 'renseignements', 'presse', 'media']);

/** Whether a verb of saying follows the name ending before token `end` ("… said", "… a déclaré"). */
export function saysAfter(t: readonly Token[], end: number): boolean {
  const next = t[end];
  if (!next) return false;
  if (SPEECH_AFTER.has(next.fold)) return true;
  return next.fold === 'a' && SPEECH_BEFORE.has(t[end + 1]?.fold ?? '');
}

/** Whether a role ("directrice", "chief executive") opens the words from token `k`. */
export function startsRole(a: Analysis, k: number): boolean {
  const t = a.tokens;
  let j = k;
  for (let j = k; j < t.length && j < k + 3; j++) {
    const fold = t[j]!.fold;
    if (isRoleWord(t[j]!) || fold === 'premier') return true;
    if (!ROLE_MODIFIERS.has(fold) && fold !== 'then' && fold !== 'le' && fold !== 'la') return false;
  }
  return false;
}

function roleInClause(a: Analysis, comma: number): boolean {
  const t = a.tokens;
  for (let k = comma - 1; k >= 0 && k > comma - 24; k--) {
    const tok = t[k]!;
    if (isPunct(tok, '.;!?:«»"“”') || tok.lineStart) return isRoleWord(tok);
    if (isRoleWord(tok) && !CAP_STOP_WORDS.has(tok.fold)) return true;
  }
  return false;
}
