import { APPOSITION_NOUNS, FR_HEADS, FR_SUFFIX_HEADS, NON_ORG_INTRODUCERS, ORG_CUES_BEFORE, PLANT_NOUNS } from '../lexicons/org-head-words.js';
import { UPPER_STOP_WORDS } from '../lexicons/org-stop-words.js';
import { ROLE_WORDS } from '../lexicons/people-titles.js';
import { isAreaRange, type Analysis, type Candidate } from './candidate.js';
import { isLowerBrand } from './find-acronyms.js';
import { frenchExtent } from './find-head-orgs.js';
import type { Token } from './tokenize.js';
import { LOWER_STOP, isAdjectiveLike, isGivenName, isHeadWord, isNameWord, isPunct } from './word-classes.js';
import { BASED_COMPOUND } from './word-shapes.js';
import { CUE_LINK, FIRM_PARTICIPLE, FIRM_VERB, INDUSTRY_HEAD_FIRST, INDUSTRY_HEAD_LAST, POLE_COMPOUND, PRE_HEAD_ADJECTIVE, ROLE_NOUN } from './word-lists.js';

/*
 * Organizations named without a head word ("Innovalais", "Bayou Creole Foods"), found by
 * the cues a careful reader uses: an apposition that says what they are, a word before
 * them that only companies follow, or an industry noun that ends or opens their name.
 * Each rule refuses a span that is a gazetteer place or opens on a given name, so that a
 * capitalized place or person never becomes an organization.
 */

const MAX_NAME_WORDS = 4;
const MAX_APPOSITION_WORDS = 4;

/** All the cue rules of this module. */
export function findCuedOrgs(a: Analysis): Candidate[] {
  const out = findAppositionOrgs(a);
  for (const rule of CUE_RULES) for (const c of rule(a)) out.push(c);
  return out;
}

/**
 * "Innovalais, l'agence vaudoise pour l'innovation", "Ferrosul, a Brazilian mining company",
 * "CardioWave, une société issue de …": a name, a comma, then an article and a noun that
 * says what kind of body it is.
 */
export function findAppositionOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  for (let c = 1; c < t.length - 2; c++) {
    if (!isPunct(t[c], ',') || !introducesBody(t, c + 1, a.language === 'en')) continue;
    // "Veltrane inc., une …": the legal form and its period stay with the name (English heads).
    if (isPunct(t[c - 1], '.') && c >= 2 && !t[c - 2]!.isCap) continue;
    // "Mila, the Quebec AI institute": one word that an apposition calls a body is one, given name or not.
    const alone = c >= 1 && isBareNameWord(t[c - 1]!) && !isBareNameWord(t[c - 2] ?? t[c]!) && !isHeadWord(t[c - 1]) && !a.inPlace[c - 1];
    const start = alone ? c - 1 : nameStartBefore(a, c);
    if (start < 0 || isLocative(t[start - 1])) continue;
    out.push({ type: 'ORG', start, end: c, priority: 5, confidence: 0.65 });
  }
  return out;
}

/** "À Val-Carmin, le groupe …", "In Kumasi, the delegation …": after a locative the name says where. */
function isLocative(tok: Token | undefined): boolean {
  if (!tok || !tok.isWord) return false;
  return LOCATIVES.has(tok.fold) && (tok.fold !== 'a' || tok.text === 'à' || tok.text === 'À');
}
const LOCATIVES = new Set(['a', 'au', 'aux', 'en', 'dans', 'in', 'at', 'near', 'from', 'vers']);

/**
 * An article, up to a few words, then a noun of APPOSITION_NOUNS that heads the phrase:
 * "l'agence vaudoise pour …", "a Sudbury-based mining company", "une PME", "le premier
 * opérateur", or the noun with no article ("fabricant de …", "filiale du groupe …").
 * English puts the head last ("a startup founder" is a person), French first.
 */
function introducesBody(t: readonly Token[], k: number, english: boolean): boolean {
  const first = t[k];
  if (!first || first.isCap) return false;
  if (!APPOSITION_ARTICLES.has(first.fold)) return BARE_APPOSITION_NOUNS.has(first.fold) && ['de', 'du', "d'", 'of', 'specialise', 'specialisee', 'based'].includes(t[k + 1]?.fold ?? '');
  for (let j = k + 1; j < t.length && j <= k + MAX_APPOSITION_WORDS; j++) {
    const tok = t[j]!;
    if (!tok.isWord) return false;
    if (APPOSITION_NOUNS.has(tok.fold)) return !english || headsEnglishPhrase(t, j);
    // The noun heads the apposition: "le fondateur de la société …" describes a person.
    if (!tok.isCap && (LOWER_STOP.has(tok.fold) || APPOSITION_BREAKS.has(tok.fold) || (ROLE_WORDS.has(tok.fold) && !ORDINALS.has(tok.fold)))) return false;
  }
  return false;
}

/** An English noun at j ends its phrase: punctuation, a preposition or a verb follows, not another noun or "'s". */
function headsEnglishPhrase(t: readonly Token[], j: number): boolean {
  const next = t[j + 1];
  if (!next) return true;
  if (next.fold === "'s") return false;
  if (!next.isWord) return true;
  return !next.isCap && (LOWER_STOP.has(next.fold) || APPOSITION_BREAKS.has(next.fold) || next.fold === 'based' || next.fold.endsWith('ed') || next.fold.endsWith('s'));
}
const ORDINALS = new Set(['premier', 'premiere']);
// Nouns that open an apposition without an article: "X, fabricant de …", "X, filiale du groupe Y".
const BARE_APPOSITION_NOUNS = new Set(['fabricant', 'filiale', 'societe', 'entreprise', 'specialiste', 'leader', 'chef', 'equipementier', 'editeur', 'subsidiary', 'maker', 'manufacturer', 'developer', 'operator', 'producer', 'supplier']);
const APPOSITION_BREAKS = new Set(['de', 'du', 'des', "d'", 'of', 'for', 'pour', 'a', 'au', 'aux', 'in', 'at', 'et', 'and', 'ou', 'or']);
const APPOSITION_ARTICLES = new Set(['l\'', 'la', 'le', 'une', 'un', 'a', 'an', 'the', 'cette', 'this']);

/** Start of a run of 1–4 capitalized name words that ends at `end`, or -1 when it is a place or a person. */
function nameStartBefore(a: Analysis, end: number): number {
  const t = a.tokens;
  let s = end;
  while (s > end - MAX_NAME_WORDS && s > 0 && isBareNameWord(t[s - 1]!) && !(s < end && (t[s]!.sentenceStart || t[s]!.lineStart))) s--;
  if (s === end || isNotAnOrg(a, s, end)) return -1;
  return s;
}

function isBareNameWord(tok: Token): boolean {
  if (isLowerBrand(tok)) return true;
  // "Yarrowdale-based": where a firm is based opens no part of its name.
  return isNameWord(tok) && !/^\d/.test(tok.text) && !(tok.lists & ROLE_NOUN) && !(tok.isUpper && UPPER_STOP_WORDS.has(tok.fold)) && !(tok.shape & BASED_COMPOUND);
}

/** A gazetteer place, a person's name or a lone head word: no bare organization name. */
function isNotAnOrg(a: Analysis, s: number, end: number): boolean {
  const t = a.tokens;
  if (isGivenName(t[s]) && end - s >= 2) return true;
  if (end - s === 1 && (isHeadWord(t[s]) || isGivenName(t[s]))) return true;
  if (end > s && isAreaRange(a, s, end)) return true;
  return a.inPlace[s] === true && a.inPlace[end - 1] === true && allInPlace(a, s, end);
}

function allInPlace(a: Analysis, s: number, end: number): boolean {
  for (let k = s; k < end; k++) if (!a.inPlace[k]) return false;
  return true;
}

/** "Intel's CEO", "Eastgate's headquarters": what only a company has, after a name in the possessive. */
export function findPossessiveOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  // "'s" is written with one apostrophe or the other.
  if (!a.text.includes("'") && !a.text.includes('’')) return out;
  const t = a.tokens;
  for (let p = 1; p < t.length - 1; p++) {
    // An "'s" token is two chars: the length from the offsets spares reading most folds.
    if (t[p]!.end - t[p]!.start !== 2 || t[p]!.fold !== "'s" || t[p - 1]!.end !== t[p]!.start) continue;
    const what = t[p + 1]!.fold;
    // "chief executive", not "chief of staff" (a politician's aide).
    if (!COMPANY_POSSESSIONS.has(what) && !(what === 'chief' && CHIEF_OF_COMPANY.has(t[p + 2]?.fold ?? ''))) continue;
    const start = nameStartBefore(a, p);
    if (start < 0 || a.inPlace[p - 1] || a.inHeadline[p]) continue;
    out.push({ type: 'ORG', start, end: p, priority: 4, confidence: 0.55 });
  }
  return out;
}
const NOUN_HOMOGRAPHS = new Set(['markets', 'exports']);
const CHIEF_OF_COMPANY = new Set(['executive', 'financial', 'operating', 'technology', 'technical']);
const COMPANY_POSSESSIONS = new Set(['ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'cofounder', 'chairman', 'chairwoman', 'board', 'shareholders', 'headquarters', 'plant', 'factory', 'subsidiary', 'shares', 'stock', 'workforce', 'employees', 'products']);

/**
 * "Optiscan emploie 60 personnes", "Eastgate employs 40 people", "Ferrosul a investi …": a
 * name right before a verb that only firms take.
 */
export function findFirmVerbOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!(a.listsInText & (FIRM_VERB | FIRM_PARTICIPLE))) return out;
  const t = a.tokens;
  for (let v = 1; v < t.length - 1; v++) {
    const verb = t[v]!;
    if (verb.isCap || !verb.isWord) continue;
    let firm = (verb.lists & FIRM_VERB) !== 0;
    // "a investi", "has invested", "a levé": an auxiliary and a participle.
    if (!firm && (verb.fold === 'a' || verb.fold === 'has') && t[v + 1]!.lists & FIRM_PARTICIPLE) firm = true;
    if (!firm || !isBareNameWord(t[v - 1]!) || a.inPlace[v - 1] || a.inHeadline[v]) continue;
    // "the UK and European markets", "Canadian exports": a plural noun after an adjective.
    if (NOUN_HOMOGRAPHS.has(verb.fold) && isAdjectiveLike(t[v - 1]!)) continue;
    const start = nameStartBefore(a, v);
    if (start < 0 || isGivenName(t[start])) continue;
    out.push({ type: 'ORG', start, end: v, priority: 4, confidence: 0.55 });
  }
  return out;
}

/**
 * "chez Desjardins", "operated by Ferrosul", "exploitée par Orano", "a subsidiary of X": a
 * capitalized run after words that only companies follow.
 */
export function findCueBeforeOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  for (let i = 0; i < t.length - 1; i++) {
    const tok = t[i]!;
    if (!(tok.lists & CUE_LINK) || tok.isCap) continue;
    let k = -1;
    if (tok.fold === 'chez') k = i + 1;
    else if ((tok.fold === 'by' || tok.fold === 'par' || tok.fold === 'of' || tok.fold === 'de') && ORG_CUES_BEFORE.has(t[i - 1]?.fold ?? '')) k = i + 1;
    if (k < 0 || a.inHeadline[k]) continue;
    if (t[k]?.fold === 'the' && !t[k]!.isCap) k++;
    let end = k;
    while (end < k + MAX_NAME_WORDS && end < t.length && isBareNameWord(t[end]!) && !t[end]!.sentenceStart && !t[end]!.lineStart) end++;
    if (end === k || isNotAnOrg(a, k, end) || a.inPlace[k]) continue;
    out.push({ type: 'ORG', start: k, end, priority: 4, confidence: 0.55 });
  }
  return out;
}

/**
 * "Bayou Creole Foods", "Bretagne Frais Logistique", "Éoliennes Côte d'Albâtre",
 * "Transports Lemarié": a capitalized run closed (English, French) or opened (French) by
 * an industry noun. A run at a sentence start needs three words, since its first capital
 * may be the sentence's.
 */
export function findIndustryNamedOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!(a.listsInText & (INDUSTRY_HEAD_LAST | INDUSTRY_HEAD_FIRST))) return out;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (!tok.isCap || tok.isUpper || a.inHeadline[i] || a.inTitleCase[i]) continue;
    // "Mining Minister Ana Ruiz", "Resources Minister": a portfolio before a role, no company.
    if (tok.lists & INDUSTRY_HEAD_LAST && i > 0 && !ROLE_WORDS.has(t[i + 1]?.fold ?? '')) {
      let s = i;
      while (s > i - MAX_NAME_WORDS && s > 0 && isIndustryNameWord(t[s - 1]!) && !t[s]!.sentenceStart && !t[s]!.lineStart) s--;
      if (s < i && (!t[s]!.sentenceStart || i - s >= 2) && !(isGivenName(t[s]) && i - s === 1) && !namesSector(a, s, i)) out.push({ type: 'ORG', start: s, end: i + 1, priority: 6, confidence: 0.65 });
    }
    if (tok.lists & INDUSTRY_HEAD_FIRST && a.language !== 'en' && !NON_ORG_INTRODUCERS.has(t[i - 1]?.fold ?? '')) {
      const end = capitalizedRunAfter(a, i + 1);
      if (end > i + 1) out.push({ type: 'ORG', start: i, end, priority: 6, confidence: 0.65 });
    }
  }
  return out;
}

/**
 * "the Canadian Aerospace sector", "Northern Ontario Mining", "le Salon Industries …": an
 * industry noun after a nationality or direction adjective (and places), before a sector
 * noun, or inside an event's name names no company.
 */
function namesSector(a: Analysis, s: number, head: number): boolean {
  const t = a.tokens;
  if (SECTOR_NOUNS.has(t[head + 1]?.fold ?? '')) return true;
  for (let k = s; k < head; k++) if (NON_ORG_INTRODUCERS.has(t[k]!.fold)) return true;
  if (!SECTOR_ADJECTIVE.test(t[s]!.fold) && !GENERIC_ADJECTIVES.has(t[s]!.fold)) return false;
  for (let k = s + 1; k < head; k++) if (!a.inPlace[k] && !SECTOR_ADJECTIVE.test(t[k]!.fold) && !GENERIC_ADJECTIVES.has(t[k]!.fold)) return false;
  return true;
}
const SECTOR_ADJECTIVE = /(?:ern|ian|ean|ese|ish)$/u;
const GENERIC_ADJECTIVES = new Set(['advanced', 'clean', 'green', 'digital', 'smart', 'sustainable', 'new', 'public', 'mental', 'global', 'community', 'animal']);
const SECTOR_NOUNS = new Set(['sector', 'sectors', 'industry', 'industries', 'cluster', 'companies', 'firms', 'workers', 'jobs', 'supply', 'suppliers', 'market', 'markets', 'secteur', 'secteurs', 'filiere', 'industrie', 'entreprises', 'emplois', 'week', 'summit', 'conference', 'forum', 'show', 'expo']);

function isIndustryNameWord(tok: Token): boolean {
  return isBareNameWord(tok) && !tok.isUpper && !isHeadWord(tok);
}

/** End of capitalized name words after a French industry noun, "de/du/de la" complements included. */
function capitalizedRunAfter(a: Analysis, j: number): number {
  const t = a.tokens;
  let end = j;
  for (let k = j; k < t.length && k < j + MAX_NAME_WORDS + 2; k++) {
    const tok = t[k]!;
    if (tok.sentenceStart || tok.lineStart) break;
    if (!tok.isCap && FR_LINKS.has(tok.fold)) {
      const next = FR_ARTICLES.has(t[k + 1]?.fold ?? '') && !t[k + 1]!.isCap ? k + 2 : k + 1;
      if (t[next] && t[next]!.isCap && isBareNameWord(t[next]!)) { k = next - 1; continue; }
      break;
    }
    if (!isBareNameWord(tok) || (isGivenName(tok) && k === j && isNameWord(t[k + 1]))) break;
    end = k + 1;
  }
  return end;
}
const FR_LINKS = new Set(['de', 'du', 'des', "d'"]);
const FR_ARTICLES = new Set(['la', "l'"]);

/** "Grand Conseil", "Haute Autorité de santé": an adjective in capitals before a French head opens the name. */
export function findPreHeadAdjectiveOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!(a.listsInText & PRE_HEAD_ADJECTIVE)) return out;
  const t = a.tokens;
  for (let i = 0; i < t.length - 1; i++) {
    const tok = t[i]!;
    const head = t[i + 1]!;
    if (!(tok.lists & PRE_HEAD_ADJECTIVE) || !tok.isCap || tok.isUpper || a.inHeadline[i] || tok.sentenceStart) continue;
    if (!head.isCap || head.isUpper || !FR_HEADS.has(head.fold) || FR_SUFFIX_HEADS.has(head.fold)) continue;
    const end = Math.max(i + 2, frenchExtent(a, i + 1));
    out.push({ type: 'ORG', start: i, end, priority: 8, confidence: 0.7 });
  }
  return out;
}

/** "Aéropôle", "Cancéropôle": one capitalized word compounded with "-pôle" names a cluster. */
export function findPoleCompounds(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!(a.listsInText & POLE_COMPOUND)) return out;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (!(tok.lists & POLE_COMPOUND) || !tok.isCap || tok.isUpper || a.inHeadline[i]) continue;
    // "Aéropôle Clermont-Limagne": capitalized words right after it are its name; "d'Écublens" says where.
    let end = i + 1;
    while (end < i + 4 && isBareNameWord(t[end] ?? tok) && t[end] !== undefined && !t[end]!.sentenceStart && !t[end]!.lineStart && !isGivenName(t[end])) end++;
    out.push({ type: 'ORG', start: i, end, priority: 5, confidence: 0.6 });
  }
  return out;
}

/**
 * "l'usine Vextra de Saint-Ormel", "la raffinerie Petrolia à Port-Nord": a plant named after
 * the firm that runs it, then the town it stands in. The firm is the name between them.
 */
export function findPlantOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  for (let i = 0; i < t.length - 3; i++) {
    const plant = t[i]!;
    if (plant.isCap || !PLANT_NOUNS.has(plant.fold)) continue;
    let end = i + 1;
    while (end < i + 1 + MAX_PLANT_NAME_WORDS && end < t.length && isBareNameWord(t[end]!) && !t[end]!.sentenceStart && !t[end]!.lineStart) end++;
    const [link, town] = [t[end], t[end + 1]];
    if (end === i + 1 || !link || link.isCap || !PLANT_TOWN_LINKS.has(link.fold) || !town?.isCap) continue;
    if (isNotAnOrg(a, i + 1, end) || a.inPlace[i + 1] || a.inHeadline[i + 1]) continue;
    out.push({ type: 'ORG', start: i + 1, end, priority: 4, confidence: 0.55 });
  }
  return out;
}
const PLANT_TOWN_LINKS = new Set(['de', "d'", 'a']);
const MAX_PLANT_NAME_WORDS = 3;

// After findAppositionOrgs, in the order their candidates are listed.
const CUE_RULES: readonly ((a: Analysis) => Candidate[])[] = [findPossessiveOrgs, findFirmVerbOrgs, findCueBeforeOrgs, findIndustryNamedOrgs, findPreHeadAdjectiveOrgs, findPoleCompounds, findPlantOrgs];
