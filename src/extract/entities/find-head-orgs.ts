import { GATHERING_HEADS } from '../lexicons/event-name-words.js';
import { COMPANY_TRIGGERS, EN_OF_ONLY_HEADS, FR_ACRONYM_HEADS, FR_BARE_HEADS, FR_EN_PLACE_HEADS, FR_HEADS, FR_SUFFIX_HEADS, FR_LOWER_HEADS, FR_LOWER_SUFFIX_HEADS, LEGAL_SUFFIXES, NAMED_AFTER_HEADS, NORDIC_LOWER_SUFFIX_HEADS, SEAT_HEADS, VENUE_WORDS } from '../lexicons/org-head-words.js';
import { CAP_STOP_WORDS, UPPER_STOP_WORDS } from '../lexicons/org-stop-words.js';
import { monthNumber } from '../dates/calendar-words.js';
import { HONORIFICS, ROLE_WORDS } from '../lexicons/people-titles.js';
import { BUILDING_PARTS, FR_VENUE_KINDS } from '../places/find-features.js';
import { isAreaRange, isPlaceRange, type Analysis, type Candidate } from './candidate.js';
import { stateFormWordsEnd } from './state-form-names.js';
import { DIPLOMATIC_HEADS, diplomaticPostEnd, seatedPost } from './diplomatic-posts.js';
import { isDemonymAdjective, isPeopleGroup } from './people-groups.js';
import { portfolioComplementEnd } from './portfolio-complement.js';
import { secondSeatEnd } from './seat-pair.js';
import { isTrailingAcronym } from './trailing-acronym.js';
import type { Token } from './tokenize.js';
import { EN_HEAD, FOREIGN_HEAD, FR_HEAD_WORD, HEAD_WORD, LEGAL_SUFFIX, PLACE_BODY_PREFIX, PRE_HEAD_ADJECTIVE, ROLE_WORD } from './word-lists.js';
import { BASED_COMPOUND } from './word-shapes.js';
import { CONNECTORS, COORDINATORS, LOWER_STOP, hasDigit, hasInnerCapital, isAdjectiveLike, isGivenName, isHeadWord, isLowerWord, isNameWord, isPunct } from './word-classes.js';

const MAX_ORG_TOKENS = 18;
const PARTICIPLE = /(?:é|ée|és|ées|ant|ants)$/u;
// Stop words that are nouns after an article ("de l'image et du son").
const NOUN_HOMOGRAPHS = new Set(['son', 'sa', 'fait', 'compte', 'offre', 'ete', 'plan', 'reste']);
const ARTICLES = new Set(['du', 'des', 'la', 'le', "l'", 'au', 'aux']);
const LOWER_HEAD_DETERMINERS = new Set(['le', 'la', "l'", 'du', 'au']);
// After a name, a word followed by one of these is a verb with its object ("… à Lyon coordonne la mission").
const VERB_OBJECTS = new Set(['la', 'le', 'les', "l'", 'un', 'une', 'ses', 'son', 'sa', 'leur', 'leurs', 'cette', 'ce', 'ces', 'nos', 'notre', 'vos', 'votre']);
// "La Ville rappelle que …": a word before "que" is a verb, whatever its ending.
const THAT = new Set(['que', "qu'"]);
const LOCATIVE_FIRST = new Set(['a', 'au', 'aux', 'en', 'pour', 'vers', 'dans']);
const DE = new Set(['de', "d'"]);
// What a lower-case "centre de …" does when it is a body ("centre de santé de X"), not a facility ("centre de tri").
const CENTRE_BODY_KINDS = new Set(['sante', 'formation', 'recherche', 'services', 'documentation', 'jeunesse', 'apprentissage']);
const NAME_ARTICLES = new Set(['le', 'la', 'les', "l'"]);
// Titles before the person a body is named after.
const PERSON_TITLES = new Set(['roi', 'reine', 'president', 'presidente', 'general', 'marechal', 'docteur', 'cardinal', 'abbe', 'pere', 'frere', 'soeur', 'mere', 'professeur']);

/** ORG candidates from French head nouns ("Ville de …", "ministère des …"). */
export function findFrenchHeadOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!(a.listsInText & FR_HEAD_WORD)) return out;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (!(tok.lists & FR_HEAD_WORD) || a.inHeadline[i]) continue;
    const c = tok.isCap ? capitalHeadOrg(a, i) : lowerHeadOrg(a, i);
    if (c) out.push(c.start === i && (isConventionVenue(t, i) || isVisitedBuilding(t, i) || isDatedVenue(t, i)) ? { ...c, type: 'PLACE' } : c);
  }
  return out;
}

/**
 * "Mission locale de X", "Mission locale nantaise": France's local youth-employment
 * bodies. "Mission" heads a name only with "locale" after it; elsewhere it is a trip.
 */
export function findLocalMissions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i]!.fold !== 'mission' || !t[i]!.isCap || t[i]!.isUpper || t[i + 1]!.fold !== 'locale' || a.inHeadline[i]) continue;
    const end = frenchExtent(a, i);
    if (end > i + 2 || (end === i + 2 && isNameWord(t[i + 2]) && !t[i + 2]!.sentenceStart)) {
      // "Mission locale X Métropole": a capitalized name straight after "locale".
      const stop = end > i + 2 ? end : capitalRun(a, i + 2);
      out.push({ type: 'ORG', start: i, end: stop, priority: 9, confidence: 0.8 });
    }
  }
  return out;
}

function capitalHeadOrg(a: Analysis, i: number): Candidate | undefined {
  const t = a.tokens;
  if (t[i]!.isUpper && !FR_ACRONYM_HEADS.has(t[i]!.fold)) return undefined;
  // "Brévannes Métropole": a head that follows its place closes a name (findSuffixHeadOrgs), it opens none.
  if (FR_SUFFIX_HEADS.has(t[i]!.fold) && isNameWord(t[i - 1]) && !t[i - 1]!.fold.endsWith("'") && !t[i]!.sentenceStart && !t[i]!.lineStart) return undefined;
  // "Liverpool City Region …": inside a capitalized run a French head opens nothing (the English rule reads it).
  if (!t[i]!.sentenceStart && !t[i]!.lineStart && isNameWord(t[i - 1]) && !t[i - 1]!.isUpper && !(t[i - 1]!.lists & PRE_HEAD_ADJECTIVE) && a.language === 'en') return undefined;
  // "l'Hôtel de Ville de Lyon": the town hall, a building.
  if (t[i]!.fold === 'ville' && t[i - 1]?.fold === 'de' && t[i - 2]?.fold === 'hotel') return undefined;
  // "Port of Tees", "Cluster for …": an English name, which the English rule reads.
  if (t[i + 1]?.fold === 'of' || t[i + 1]?.fold === 'for') return undefined;
  // "College and McGill University", "l'ancien Département et de l'ancienne Région": a head
  // followed at once by a conjunction has no complement; what follows is another phrase.
  if (COORDINATORS.has(t[i + 1]?.fold ?? '') && !t[i + 1]!.isCap) return undefined;
  const extent = frenchExtent(a, i);
  if (extent < 0) return undefined;
  // "Port Brelac", "Port Sauveterre": a town named with the head is the gazetteer's place, no port authority.
  if (t[i]!.fold === 'port' && extent === i + 2 && isAreaRange(a, i, extent)) return undefined;
  const end = dashedNameEnd(a, i, extent);
  const hasProper = hasProperAfter(t, i, end);
  // "Union européenne" mid-sentence is a name; "Centre de …" needs its complement.
  if (!hasProper && end - i < 3 && (t[i]!.sentenceStart || !isAdjectiveLike(t[end - 1]!))) return undefined;
  return { type: 'ORG', start: i, end, priority: 7, confidence: hasProper ? 0.8 : 0.65 };
}

/**
 * "Université Grenoble III – Stendhal", "CIUSSS du Littoral – CHUL": after a numbered
 * university ("Paris II", "Lyon 1") an en dash and one to three capitalized words are its
 * second name; after a body whose head is an acronym, an en dash
 * and an acronym. Elsewhere the dash opens an aside or a contact ("Service presse – Jane Roy").
 */
function dashedNameEnd(a: Analysis, head: number, end: number): number {
  const t = a.tokens;
  const dash = t[end];
  if (!dash || dash.text !== '–' || !isNameWord(t[end + 1]) || t[end + 1]!.lineStart || a.inPlace[end + 1]) return end;
  if (t[end + 1]!.isUpper && t[end + 1]!.text.length > 1) return t[head]!.isUpper && !isNameWord(t[end + 2]) && t[end + 2]?.text !== '–' ? end + 2 : end;
  if (!NUMBERED_UNIVERSITY.test(t[end - 1]!.text)) return end;
  let k = end + 1;
  while (k < t.length && k <= end + MAX_DASHED_WORDS && isNameWord(t[k]) && !t[k]!.isUpper && !(t[k]!.lists & HEAD_WORD) && !a.inPlace[k]) k++;
  const next = t[k];
  return k === end + 1 || k > end + MAX_DASHED_WORDS || (next !== undefined && isNameWord(next) && !next.lineStart) || next?.text === '–' ? end : k;
}
// The number of a university split from a larger one: "Paris II", "Toulouse III", "Lyon 1".
const NUMBERED_UNIVERSITY = /^(?:[IVX]{1,4}|\d{1,2})$/u;
const MAX_DASHED_WORDS = 3;

function lowerHeadOrg(a: Analysis, i: number): Candidate | undefined {
  const t = a.tokens;
  const head = t[i]!.fold;
  if (!FR_LOWER_HEADS.has(head) || !LOWER_HEAD_DETERMINERS.has(t[i - 1]?.fold ?? '')) return undefined;
  // "le centre de santé de X" is a body; "le centre de X", "le centre historique de X", a part of town.
  if (head === 'centre' && !(DE.has(t[i + 1]?.fold ?? '') && CENTRE_BODY_KINDS.has(t[i + 2]?.fold ?? ''))) return undefined;
  const end = frenchExtent(a, i);
  if (end < 0 || !endsOnProperNoun(t, i, end)) return undefined;
  // "le centre de recherche X": the kind before a name describes it (the name is X's own).
  if (head === 'centre' && !DE.has(t[firstCapital(t, i, end) - 1]?.fold ?? '')) return undefined;
  // "la délégation à Rocheval" is a group travelling; a body's name says "de/du/des" first.
  if (LOCATIVE_FIRST.has(t[i + 1]?.fold ?? '') || isPeopleGroup(t, i)) return undefined;
  // "l'agence Business France": a descriptor noun before a name is not part of it (but
  // "l'école Nationale d'Agriculture" is a name with its head in lower case).
  if (t[i + 1]!.isCap && COMPANY_TRIGGERS.has(head)) return { type: 'ORG', start: i + 1, end, priority: 6, confidence: 0.7 };
  // "l'agence régionale Grand Essor", "l'agence de développement Novela": after the descriptor's
  // adjective or complement, a name not joined by "de" is the body's own.
  if (COMPANY_TRIGGERS.has(head) && namesAfterDescriptor(t, i, end)) return { type: 'ORG', start: firstCapital(t, i, end), end, priority: 6, confidence: 0.7 };
  for (let k = i + 1; k < end; k++) {
    if (t[k]!.isCap && FR_HEADS.has(t[k]!.fold)) return undefined;
    // "la communauté urbaine de la capitale du Québec" describes; a body's name says
    // "de santé", "d'agglomération" without an article before a common noun.
    if (ARTICLES.has(t[k]!.fold) && isLowerWord(t[k + 1]) && !ARTICLES.has(t[k + 1]!.fold) && !isCouncilOfTown(t, i, k) && portfolioComplementEnd(t, i, k) < 0) return undefined;
  }
  return { type: 'ORG', start: i, end, priority: 6, confidence: 0.7 };
}

/**
 * "la délégation spéciale de la commune de Yakouta", "le conseil municipal de la ville de
 * X": a body with its kind's adjective, then the town it governs, named with its article.
 */
function isCouncilOfTown(t: readonly Token[], head: number, article: number): boolean {
  return article === head + 3 && isAdjectiveLike(t[head + 1]!) && DE.has(t[head + 2]!.fold) && TOWN_HEADS.has(t[article + 1]!.fold) && DE.has(t[article + 2]?.fold ?? '');
}
const TOWN_HEADS = new Set(['commune', 'ville', 'municipalite']);

/** The first capital after the head follows a lower-case word that is no link, with only lower-case words before it. */
function namesAfterDescriptor(t: readonly Token[], i: number, end: number): boolean {
  const first = firstCapital(t, i, end);
  const before = t[first - 1]!;
  return first < end && first > i + 1 && !before.isCap && !CONNECTORS.has(before.fold) && !ARTICLES.has(before.fold);
}

function firstCapital(t: readonly Token[], i: number, end: number): number {
  for (let k = i + 1; k < end; k++) if (t[k]!.isCap) return k;
  return end;
}

/** "… de la République française": the last word before trailing adjectives is a proper noun. */
function endsOnProperNoun(t: readonly Token[], i: number, end: number): boolean {
  let k = end - 1;
  if (COMMUNE_NUMBER.test(t[k]!.text)) k--;
  while (k > i && !t[k]!.isCap && isAdjectiveLike(t[k]!)) k--;
  return k > i && t[k]!.isCap;
}

function hasProperAfter(t: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) if (t[k]!.isCap) return true;
  return false;
}

/**
 * End (exclusive) of a French organization name whose head is at i, or -1 when the head
 * has no complement. The name runs over adjectives, capitalized words and "de/du/des/
 * d'/à/en/et/pour" complements; it stops at verbs, punctuation, a new sentence, a
 * coordinated new name ("et l'École …") and a locative "en France".
 */
export function frenchExtent(a: Analysis, i: number): number {
  const t = a.tokens;
  const head = t[i]!.fold;
  // "Région Diana": a given name alone after the head is the region's name, not a person's.
  if (head === 'region') return isNameWord(t[i + 1]) && !(isGivenName(t[i + 1]) && isNameWord(t[i + 2])) && !t[i + 1]!.sentenceStart ? regionNameEnd(a, capitalRun(a, i + 1)) : -1;
  const bare = FR_BARE_HEADS.has(head);
  let j = i + 1;
  let last = -1;
  let proper = false;
  let afterConnector = false;
  let lastConnector = '';
  let namedAfterPerson = false;
  // "Bureau du Québec à Lima et d'Investissement Québec": after its seat a name is complete.
  let seatNamed = false;
  // "Chambre de Commerce, d'Industrie et de Services …": the "et de" that ends an enumeration goes on.
  let enumerating = false;
  let adjectives = 0;
  while (j < t.length && j - i < MAX_ORG_TOKENS) {
    const tok = t[j]!;
    if (tok.sentenceStart || tok.lineStart) break;
    if (isPunct(tok, '/') && isNameWord(t[j + 1]) && !t[j + 1]!.lineStart) { j++; continue; }
    if (isPunct(tok, ',') && last === j && isEnumeratedComplement(t, j)) { j++; enumerating = true; continue; }
    // "… agroalimentaire, vétérinaire et agroenvironnementale": a list of adjectives.
    if (isPunct(tok, ',') && last === j && adjectives > 0 && isAdjectiveList(t, j)) { j += 4; last = j; continue; }
    // "municipalité de St. Arvans": the period of an abbreviated saint's title stays inside the name.
    if (last === j && isAbbreviatedSaint(t, j - 1) && isNameWord(t[j + 1]) && !t[j + 1]!.lineStart) {
      afterConnector = t[j - 2] !== undefined && isConnector(t[j - 2]!);
      j++;
      continue;
    }
    // "commune de X 1", "commune d'Y 1er": a town split into numbered communes keeps its number.
    if (proper && last === j && isCommuneNumber(t, j)) { last = j + 1; break; }
    // "Chambre de commerce de X et région": the area around the town closes the name.
    if (proper && last === j && isAndSurroundings(t, j)) { last = j + 2; break; }
    if (!tok.isWord) break;
    if (isConnector(tok)) {
      if (seatNamed && (tok.fold === 'et' || tok.fold === 'and')) {
        const seatEnd = lastConnector === 'a' && last === j ? secondSeatEnd(a, j) : -1;
        if (seatEnd > 0) last = seatEnd;
        break;
      }
      // "Fanshawe College and Michigan colleges": an English "and" is the English rule's to read.
      if (tok.fold === 'and') break;
      // "La Ville estime le coût …": a bare article after a lower-case word and before a common noun opens a verb's object.
      // "Centre de recherche sur la forêt boréale": after the topic's "sur" the article opens the topic.
      const topicArticle = afterConnector && lastConnector === 'sur';
      if (FRENCH_ARTICLES.has(tok.fold) && isLowerWord(t[j - 1]) && !isConnector(t[j - 1]!) && isLowerWord(t[j + 1]) && !topicArticle) return !proper && j === i + 2 ? -1 : last;
      // "Lycée X of Y", "Liceo Scientifico X of Z" in an English text: "of" + a town says where the school stands.
      if (tok.fold === 'of' && proper && NAMED_AFTER_HEADS.has(head) && a.inPlace[j + 1]) break;
      if (tok.fold === 'a' && proper) seatNamed = true;
      const complementEnd = proper && last === j ? portfolioComplementEnd(t, i, j) : -1;
      if (complementEnd > 0) { j = complementEnd; last = j; continue; }
      const next = connectorTarget(a, j, proper, namedAfterPerson, (proper || isNationsPost(t, i, j)) && FR_EN_PLACE_HEADS.has(head), SEAT_HEADS.has(head), enumerating);
      if (next < 0) break;
      lastConnector = t[next - 1]!.fold;
      j = next;
      afterConnector = true;
      adjectives = 0;
      continue;
    }
    // "Centre de recherche sur les forêts": research names its topic with "sur".
    if (tok.fold === 'sur' && !tok.isCap && last === j && TOPIC_NOUNS.has(t[j - 1]!.fold) && !SUR_ADVERBIALS.has(t[j + 1]?.fold ?? '')) {
      j++;
      afterConnector = true;
      lastConnector = 'sur';
      adjectives = 0;
      continue;
    }
    // "ambassade de la Confédération suisse au Sénégal": lower-case words of a state's formal name.
    const stateEnd = proper && last === j && DIPLOMATIC_FR_HEADS.has(head) ? stateFormWordsEnd(t, j) : j;
    if (stateEnd > j) { j = stateEnd; last = j; continue; }
    if (tok.isCap) {
      // "lycée Les Bruyères", "Collège La Cité": a school named by a name with its article.
      // "lycée agricole Les Sardières", "Coopérative agricole Les Prés-Verts": after the kind's adjectives too.
      if (j === i + 1 + adjectives && !proper && (NAMED_AFTER_HEADS.has(head) || head === 'cooperative') && NAME_ARTICLES.has(tok.fold) && isNameWord(t[j + 1]) && !t[j + 1]!.lineStart && !t[j + 1]!.sentenceStart) { j++; continue; }
      if (isTrailingAcronym(t, i, j)) break;
      // "lycée Anne-Marie Le Floch": a capitalized particle inside the surname of the person the body is named after.
      if (namedAfterPerson && !afterConnector && isSurnameParticle(t, j)) { j++; continue; }
      // A person right after the head names the body ("Fondation Marie-Anne Lavoie"); after a
      // complement, a person starts a new phrase ("Maison de l'Europe Olivier Dupré").
      // "lycée Berthelot de Plouvénec": a lycée takes its name from a person even with no given name
      // ("lycée Parc de …" takes it from a site, whose complement stays).
      if ((j === i + 1 && (isGivenName(tok) || (LYCEE_HEADS.has(head) && !a.inPlace[j] && !SITE_NOUNS.has(tok.fold)))) || (isPersonCompound(t, i, j) && !a.inPlace[j])) namedAfterPerson = true;
      // "Lycée maritime Jean Dupont": a school's adjectives, then the person it is named after.
      else if (j === i + 1 + adjectives && adjectives > 0 && !proper && NAMED_AFTER_HEADS.has(head) && isGivenName(tok) && isNameWord(t[j + 1]) && !t[j + 1]!.sentenceStart) namedAfterPerson = true;
      // "Université Roi Henri Christophe", "lycée Président Salvador Allende": a title, then the person.
      else if (j === i + 1 && PERSON_TITLES.has(tok.fold) && isGivenName(t[j + 1])) namedAfterPerson = true;
      else if ((!isNameWord(tok) && !isGoldAfterElision(t, j)) || (isGivenName(tok) && isNameWord(t[j + 1]) && !namedAfterPerson) || (tok.isUpper && !LEGAL_SUFFIXES.has(tok.fold) && !proper && j === i + 1 && !afterConnector)) break;
      if (bare && !afterConnector && !isPlaceParticleTail(t, j) && !isRomanOrdinal(tok)) break;
      proper = true;
    } else if (proper && last === j && a.inPlace[j] && a.inPlace[j - 1] && t[j - 1]!.isCap) {
      // "ambassade de la République korvèque au Canada": a lower-case word of the place named before it.
    } else if (afterConnector && !proper && !isStopAfter(lastConnector, tok.fold) && !hasDigit(tok)) {
      // the noun of a lower-case complement: "de transfert", "en écologie"
    } else if ((!bare || t[i]!.isCap) && isAdjectiveLike(tok) && !LOWER_STOP.has(tok.fold) && !isAgentRole(tok) && adjectives < 3 && !(t[j - 1]!.isCap && j - 1 > i && PARTICIPLE.test(tok.text)) && !(proper && VERB_OBJECTS.has(t[j + 1]?.fold ?? '')) && !THAT.has(t[j + 1]?.fold ?? '')) {
      // after a proper noun a participle is a comment, not the name ("la Ville de Saint-Ovide représentée par")
      adjectives++;
    } else break;
    afterConnector = false;
    j++;
    last = j;
  }
  return last;
}

/** "l'ambassade korvane en Brellandie": a post named by the demonym of the country it serves, whose seat follows. */
function isNationsPost(t: readonly Token[], head: number, j: number): boolean {
  return j === head + 2 && DIPLOMATIC_FR_HEADS.has(t[head]!.fold) && isLowerWord(t[head + 1]) && isDemonymAdjective(t[head + 1]!);
}
const DIPLOMATIC_FR_HEADS = new Set(['ambassade', 'consulat', 'haut-commissariat']);

/** "Musée Louis-Hémon", "lycée technique Loubaki-Ngoma": a hyphenated name of two capitalized parts after the head (and its lower-case kind). */
function isPersonCompound(t: readonly Token[], i: number, j: number): boolean {
  const afterKind = j === i + 2 && isLowerWord(t[i + 1]) && !CONNECTORS.has(t[i + 1]!.fold);
  return (j === i + 1 || afterKind) && PERSON_COMPOUND.test(t[j]!.text) && !COMPOUND_PREFIX.test(t[j]!.fold);
}
const PERSON_COMPOUND = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
// "Inter-Patronal", "Franco-Allemand": a prefix, no given name, opens these compounds.
const COMPOUND_PREFIX = /^(?:inter|intra|trans|euro|franco|anglo|pan|multi|nord|sud|haut|bas|grand|grande)-/u;

/** "founder", "officer": an English role noun whose "-er" looks like an adjective's ending ("Cluster founder and Chair"). */
function isAgentRole(tok: Token): boolean {
  return (tok.lists & ROLE_WORD) !== 0 && tok.fold.endsWith('er');
}

/** ", des Pêcheries et de l'Alimentation": a comma inside an enumeration of complements. */
function isEnumeratedComplement(t: readonly Token[], comma: number): boolean {
  const next = t[comma + 1];
  if (!next || !['de', 'des', 'du', "d'"].includes(next.fold) || next.isCap) return false;
  let item = comma + 2;
  while (item < t.length && item < comma + 4 && isConnector(t[item]!)) item++;
  if (!t[item]?.isWord || isHeadWord(t[item]) || t[item]!.isUpper) return false;
  for (let k = comma + 2; k < t.length && k < comma + 12; k++) {
    const tok = t[k]!;
    // "Collège Ahuntsic, de Laval, et le …": a place set off by commas, unless the list goes on.
    if (!tok.isWord) return tok.text === ',' && ['de', 'des', 'du', "d'"].includes(t[k + 1]?.fold ?? '');
    if (tok.fold === 'et' && ['de', 'des', 'du', "d'"].includes(t[k + 1]?.fold ?? '')) return true;
  }
  return false;
}

/** "… et X Technopole": a new body named by a place and a trailing head starts at k. */
function startsSuffixNamedBody(t: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < t.length && j <= k + 4; j++) {
    // "… et Espalion agglomération": the grouping's head may follow in lower case.
    if (FR_SUFFIX_HEADS.has(t[j]!.fold) && (t[j]!.isCap || FR_LOWER_SUFFIX_HEADS.has(t[j]!.fold) || NORDIC_LOWER_SUFFIX_HEADS.has(t[j]!.fold))) return true;
    if (!t[j]!.isCap) return false;
  }
  return false;
}

/** ", ADJ et ADJ" closing the name: two adjectives, then no word that goes on. */
function isAdjectiveList(t: readonly Token[], comma: number): boolean {
  const [first, et, second, after] = [t[comma + 1], t[comma + 2], t[comma + 3], t[comma + 4]];
  const adjective = (x: Token | undefined): boolean => x !== undefined && x.isWord && !x.isCap && isAdjectiveLike(x) && !LOWER_STOP.has(x.fold);
  return adjective(first) && (et?.fold === 'et' || et?.fold === 'and') && adjective(second) && (after === undefined || !after.isWord || LOWER_STOP.has(after.fold) || CONNECTORS.has(after.fold));
}

/** "Région Val-Vert de Loire", "Région Pays de la Rance": a region's own name may go on with "de (la)" and a capital. */
function regionNameEnd(a: Analysis, end: number): number {
  const t = a.tokens;
  const link = t[end];
  if (!link || link.isCap || !DE.has(link.fold)) return end;
  let k = end + 1;
  if (t[k]?.fold === 'la' && !t[k]!.isCap && link.fold === 'de') k++;
  const name = t[k];
  if (!isNameWord(name) || name!.isUpper || name!.lineStart || name!.sentenceStart || isGivenName(name)) return end;
  // One word: two capitalized words after "de" are a person's ("Région Sud de Anne Morel").
  return capitalRun(a, k) === k + 1 ? k + 1 : end;
}

function capitalRun(a: Analysis, j: number): number {
  const t = a.tokens;
  let k = j;
  while (k < t.length && isNameWord(t[k]) && !(k > j && t[k]!.sentenceStart)) {
    k++;
    if (isPunct(t[k], '/') && isNameWord(t[k + 1])) k++;
  }
  return k;
}

function isStopAfter(connector: string, fold: string): boolean {
  return LOWER_STOP.has(fold) && !(NOUN_HOMOGRAPHS.has(fold) && ARTICLES.has(connector));
}

function isConnector(tok: Token): boolean {
  if (tok.text === 'a' || tok.text === 'A') return false;
  return !tok.isCap && CONNECTORS.has(tok.fold);
}

/** Where the name goes on after the connector chain at j, or -1 when the name ends here. */
function connectorTarget(a: Analysis, j: number, proper: boolean, namedAfterPerson = false, enPlace = false, seated = false, enumerating = false): number {
  const t = a.tokens;
  const first = t[j]!.fold;
  let k = j;
  while (k < t.length && k < j + 3 && isConnector(t[k]!)) k++;
  // "Université de La Verne", "port du Havre": a capitalized article after the link opens a place's name.
  if (k > j && isCapitalArticle(t[k]) && isNameWord(t[k + 1]) && !t[k + 1]!.lineStart) k++;
  const target = t[k];
  if (!target || !target.isWord || target.sentenceStart || target.lineStart) return -1;
  // The connector chain is t[j, k): its second and last words, no array built.
  const second = k > j + 1 ? t[j + 1]!.fold : '';
  const lastLink = k > j ? t[k - 1]!.fold : '';
  // "… et la Chambre …", "… Alliance and the Research …": an article after the conjunction opens a second name.
  if ((first === 'et' || first === 'and') && SECOND_NAME_ARTICLES.has(second)) return -1;
  if (target.isCap) {
    if ((!isNameWord(target) && !isGoldAfterElision(t, k)) || (isGivenName(target) && isNameWord(t[k + 1]) && !(namedAfterPerson && first === 'et'))) return -1;
    // "en France" is locative, but "Université du Québec en Haute-Matawin" names a campus.
    // "ambassade de Colombie en France": a post's seat, which the place rules leave to the name.
    if ((first === 'en' && !(enPlace && k === j + 1 && (a.inPlace[k] || seated))) || first === 'in' || first === 'on') return -1;
    // "la Chambre de commerce … Souss-Massa à Toulouse": after a name, "à X" says where, unless the head has a seat.
    if (first === 'a' && proper && !seated) return -1;
    // "Conservatoire de musique jurassien et Lavallée Frères": after a closing adjective, "et" + a capital opens a second name.
    if (first === 'et' && k === j + 1 && isLowerWord(t[j - 1]) && isAdjectiveLike(t[j - 1]!)) return -1;
    // "Ville de Lorval et PMA", "Cégep de Lorval et de l'UQAR": an acronym after "et/and" is a second body's
    // (in a line all in capitals every word looks like one).
    if ((first === 'et' || first === 'and') && isAcronymWord(target) && !t[j - 1]!.isUpper) return -1;
    // "lycée Louis-Hémon de Québec": after a person's name, "de" + a place says where the body stands.
    if (namedAfterPerson && !seated && k === j + 1 && (first === 'de' || first === "d'" || (first === 'du' && a.inPlace[k]))) return -1;
    const lastItem = enumerating && first === 'et' && ENUMERATION_LINKS.has(second);
    // "ministère du Tourisme et des Industries créatives": after "et de/des", only a French head
    // opens a second body ("et de la Chambre de commerce"); an English one is a complement's noun.
    const frenchComplement = first === 'et' && ENUMERATION_LINKS.has(second) && !(target.lists & FR_HEAD_WORD);
    if ((first === 'et' || first === 'and') && !lastItem && ((isHeadWord(target) && !frenchComplement) || startsSuffixNamedBody(t, k))) return -1;
    return k;
  }
  // "Chambre de Commerce, d'Industrie et de Services de la région Souss-Massa": the region completes an enumerated name.
  if (enumerating && proper && target.fold === 'region' && isNameWord(t[k + 1]) && !t[k + 1]!.isUpper && k > j) return k + 1;
  if (proper || hasDigit(target)) return -1;
  if (isStopAfter(lastLink, target.fold)) return -1;
  if ((first === 'a' || first === 'pour' || first === 'de' || first === "d'") && /(?:er|ir)$/u.test(target.fold) && k === j + 1) return -1;
  if (first === 'and' || first === 'the' || first === 'of' || first === 'for' || first === 'in' || first === 'on') return -1;
  return k;
}

/** "PMA", "UQAR": a word in capitals of two letters or more. */
function isAcronymWord(tok: Token): boolean {
  return tok.isUpper && tok.end - tok.start >= 2;
}

// Common nouns of a site that open a school's name: "lycée Parc de …", "collège Val de …".
const SITE_NOUNS = new Set(['parc', 'bois', 'val', 'mont', 'vallee', 'plaine', 'pays', 'chateau', 'cite', 'clos', 'champ', 'jardin', 'ile', 'port', 'pointe', 'lac', 'bord', 'haut', 'haute']);

const FRENCH_ARTICLES = new Set(['la', 'le', 'les']);
const ENUMERATION_LINKS = new Set(['de', "d'", 'des', 'du']);

/** "La", "Le", "Les" written with a capital mid-sentence: the start of a place's name. */
function isCapitalArticle(tok: Token | undefined): boolean {
  return tok !== undefined && tok.isCap && !tok.isUpper && !tok.sentenceStart && !tok.lineStart && FRENCH_ARTICLES.has(tok.fold);
}

// Capitalized particles that open a place's name after "de/d'": "d'Al Qasr", "de L'Anse", "de D'Arville".
const PLACE_PARTICLES = new Set(['el', 'al', "l'", "d'", 'la', 'le', 'les']);

/** "Commune d'El Mansour": the word after a capitalized particle that followed the link is the place's. */
function isPlaceParticleTail(t: readonly Token[], j: number): boolean {
  const particle = t[j - 1];
  const link = t[j - 2];
  return particle !== undefined && link !== undefined && particle.isCap && !particle.sentenceStart && PLACE_PARTICLES.has(particle.fold) && isConnector(link) && DE.has(link.fold);
}

/** "Côte d'Or", "Bouton d'Or": "Or" after an elided "d'" is the noun (gold), not the conjunction. */
function isGoldAfterElision(t: readonly Token[], k: number): boolean {
  return t[k]!.fold === 'or' && !t[k]!.isUpper && t[k - 1]?.fold === "d'" && t[k - 1]!.end === t[k]!.start;
}

// Nouns that take their topic with "sur": "recherche sur …", "études sur …".
const TOPIC_NOUNS = new Set(['recherche', 'recherches', 'etudes', 'observatoire']);
// "sur place", "sur mesure": adverbial phrases, no topic.
const SUR_ADVERBIALS = new Set(['place', 'mesure', 'demande', 'rendez-vous', 'invitation']);

const SURNAME_PARTICLES = new Set(['le', 'la', 'de', 'du', 'van', 'von', 'di', 'da', 'del']);

/** "Le" of "Le Floch": a capitalized particle glued to no stop, then the surname's word. */
function isSurnameParticle(t: readonly Token[], j: number): boolean {
  const tok = t[j]!;
  const next = t[j + 1];
  return tok.isCap && !tok.isUpper && SURNAME_PARTICLES.has(tok.fold) && isNameWord(next) && !next!.isUpper && !isGivenName(next) && !next!.lineStart && !next!.sentenceStart && !tok.sentenceStart;
}

// The French secondary school and its Italian namesake, named after a person even with no given name.
const LYCEE_HEADS = new Set(['lycee', 'liceo']);

/** "Ier", "IIe", "IVe": the ordinal of a numbered commune or district ("Commune de Yaoundé IIe"). */
const COMMUNE_NUMBER = /^[1-9]\d?(?:er|re|e|ème)?$/u;
// Nouns a count takes: "la Ville de X 3 fois plus grande" names no third X.
const COUNTED_NOUNS = new Set(['fois', 'ans', 'mois', 'jours', 'semaines', 'heures', 'millions', 'milliards', 'habitants', 'personnes', 'membres', 'elus', 'km', 'kilometres', 'euros', 'dollars', 'francs', 'places', 'times', 'years', 'members', 'people']);

/**
 * "et région" after a town's name, ending the phrase ("et région de X" is another place);
 * in "… de X et région et la Ville de …" a second "et" after the area joins the next body.
 */
function isAndSurroundings(t: readonly Token[], j: number): boolean {
  const area = t[j + 1];
  const after = t[j + 2];
  return t[j]!.fold === 'et' && t[j - 1]!.isCap && area !== undefined && !area.isCap && (area.fold === 'region' || area.fold === 'regions') && !(after !== undefined && !after.lineStart && ((isConnector(after) && !COORDINATORS.has(after.fold)) || isNameWord(after)));
}

/** A number of one or two digits after a town's name, closing it ("X 1", "Y 1er"), not a count. */
function isCommuneNumber(t: readonly Token[], j: number): boolean {
  const next = t[j + 1];
  return t[j - 1]!.isCap && COMMUNE_NUMBER.test(t[j]!.text) && !(next !== undefined && (COUNTED_NOUNS.has(next.fold) || hasDigit(next))) && next?.text !== '%';
}

function isRomanOrdinal(tok: Token): boolean {
  return /^(?:I(?:er|re)|[IVX]+e)$/u.test(tok.text);
}

const SECOND_NAME_ARTICLES = new Set(['la', 'le', "l'", 'les', 'un', 'une', 'the', 'a', 'an']);

const PLACE_ONLY_HEADS = new Set(['state', 'commonwealth', 'province']);
const SUFFIX_HEADS = new Set(['international', 'industries', 'technologies', 'solutions', 'systems', 'holdings', 'partners', 'ventures', 'capital', 'group', 'co', 'ports']);

/** ORG candidates from English head words inside capitalized runs ("… Business Council"). */
export function findEnglishHeadOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  let i = 0;
  while (i < t.length) {
    if (!isNameWord(t[i]) || t[i]!.isUpper || a.inHeadline[i] || a.inTitleCase[i]) { i++; continue; }
    const end = englishRun(a, i);
    for (const [rs, re] of splitAtTitledPeople(a, servedBodyStart(a, i, end), end)) {
      for (const [s, e] of splitCoordinated(a, rs, re)) {
        const c = englishOrgInRun(a, s, e);
        if (c) out.push(c);
      }
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

/**
 * "University of Canterbury President Mary Collins and Ellesmere University", "Waiorua Mayor Kim
 * Soo-min and …": a role glued between a body and a person's name closes the body's part;
 * the person (read by the people rule) is no part of any name, and after "and" the next one starts.
 */
function splitAtTitledPeople(a: Analysis, start: number, end: number): [number, number][] {
  const t = a.tokens;
  for (let k = start + 1; k < end - 1; k++) {
    if (!isLeadRole(t[k]) || t[k]!.isUpper) continue;
    const personEnd = titledPersonEnd(a, k + 1, end);
    if (personEnd < 0 || t[personEnd]?.fold === 'of') continue;
    const rest = t[personEnd]?.fold === 'and' || t[personEnd]?.fold === '&' ? personEnd + 1 : personEnd;
    const bodyEnd = ROLE_LEADS.has(t[k - 1]!.fold) ? k - 1 : k;
    return [[start, bodyEnd], ...(rest < end ? splitAtTitledPeople(a, rest, end) : [])];
  }
  return [[start, end]];
}
// A person's name after a role: two to four capitalized words.
const MIN_PERSON_WORDS = 2;
const MAX_PERSON_WORDS = 4;

/**
 * "Fire Chief Ana Roy of the Lorton Fire Department", "Dr Ana Roy of Velmor University": a run
 * that opens with a title and a person names the body the person serves after "of (the)".
 */
function servedBodyStart(a: Analysis, start: number, end: number): number {
  const t = a.tokens;
  const person = servedPersonStart(t, start);
  if (person < 0) return start;
  const personEnd = titledPersonEnd(a, person, end);
  if (personEnd < 0 || t[personEnd]?.fold !== 'of') return start;
  return t[personEnd + 1]?.fold === 'the' ? personEnd + 2 : personEnd + 1;
}

/** Where the person starts after the run's title ("Fire Chief", "Mayor"), or after an honorific just before the run ("Dr"); -1 when there is no title. */
function servedPersonStart(t: readonly Token[], start: number): number {
  const before = isPunct(t[start - 1], '.') ? t[start - 2] : t[start - 1];
  if (before !== undefined && HONORIFICS.has(before.fold)) return start;
  const role = isTitleWord(t[start + 1]) ? start + 1 : start;
  return isTitleWord(t[role]) ? role + 1 : -1;
}

function isTitleWord(tok: Token | undefined): boolean {
  return isLeadRole(tok) || (tok?.isCap === true && tok.fold === 'chief');
}

/** End of a person's name of capitalized words from `from` (no head, no place, no function word), up to "and", "of" or the run's end; or -1. */
function titledPersonEnd(a: Analysis, from: number, end: number): number {
  const t = a.tokens;
  let k = from;
  while (k < end && isNameWord(t[k]) && !t[k]!.isUpper && !isEnglishHead(t[k]!) && !a.inPlace[k] && !isLeadRole(t[k])) k++;
  const words = k - from;
  if (words < MIN_PERSON_WORDS || words > MAX_PERSON_WORDS) return -1;
  return k === end || t[k]!.fold === 'and' || t[k]!.fold === '&' || t[k]!.fold === 'of' ? k : -1;
}

/** A run of capitalized words joined by "of/for/and/&/the/de". */
function englishRun(a: Analysis, i: number): number {
  const t = a.tokens;
  let k = i + 1;
  let end = k;
  let sawOf = false;
  while (k < t.length) {
    const tok = t[k]!;
    if (tok.sentenceStart || tok.lineStart) break;
    // "Ministry of Economic Development, Job Creation and Trade": a portfolio list after "of".
    if (sawOf && isPunct(tok, ',') && isPortfolioList(a, k)) { k++; continue; }
    if (tok.fold === 'of' && !tok.isCap) sawOf = true;
    if (isNameWord(tok) && !tok.isUpper) { k++; end = k; continue; }
    if (isInnerPossessive(a, k)) { k++; continue; }
    // "City of St. Arvans": the period of an abbreviated saint's title stays inside the name.
    if (end === k && t[k - 2]?.fold === 'of' && isAbbreviatedSaint(t, k - 1) && isNameWord(t[k + 1]) && !t[k + 1]!.isUpper && !t[k + 1]!.lineStart) { k++; continue; }
    if (tok.isUpper && tok.lists & LEGAL_SUFFIX) { k++; end = k; continue; }
    // "Kilbarry LEADER Partnership", "Kilmarra ETB Training Centre": a word in capitals between
    // a place's name and the body's head noun is part of the name.
    if (tok.isUpper && end === k && !sawOf && isNameWord(t[k + 1]) && !t[k + 1]!.isUpper && isEnglishHead(t[k + 1]!) && !t[k + 1]!.lineStart) { k++; continue; }
    // "Veltrane inc.", "Dubé ltée": a legal form in lower case, with its period, closes the name.
    if (!tok.isCap && LOWER_LEGAL_SUFFIXES.has(tok.fold) && isPunct(t[k + 1], '.')) { end = k + 1; break; }
    if (['of', 'for', 'and', '&', 'the', 'on', 'de', 'du', 'des'].includes(tok.fold) && !tok.isCap && isNameWord(t[k + 1]) && !t[k + 1]!.isUpper) { k++; continue; }
    // "Vest og Nordland County Municipality": the Norwegian and Danish "and" of a county's name.
    if (tok.text === 'og' && end === k && isNameWord(t[k + 1]) && !t[k + 1]!.isUpper) { k++; continue; }
    // "High Commission of the Republic of …", "University of the Highlands …".
    if (tok.fold === 'of' && !tok.isCap && t[k + 1]?.fold === 'the' && !t[k + 1]!.isCap && isNameWord(t[k + 2]) && !t[k + 2]!.isUpper) { k += 2; continue; }
    break;
  }
  return end;
}

/**
 * "'s" inside a name: "People's" of state bodies ("Ningbo Municipal People's Government",
 * "People's Bank of …"), or a place whose own name has it ("Cook's Bay Regional Council").
 */
function isInnerPossessive(a: Analysis, k: number): boolean {
  const t = a.tokens;
  if (!isNameWord(t[k + 1]) || t[k + 1]!.isUpper || t[k + 1]!.lineStart) return false;
  if (isPluralApostrophe(t, k)) return true;
  if (t[k]!.fold !== "'s") return false;
  // "Governor's Office of …", "Clerk's Office": the office of a role is a body of its own.
  if (isLeadRole(t[k - 1]) && isEnglishHead(t[k + 1]!)) return true;
  return isPluralPossessor(t[k - 1]!) || (t[k - 1]!.fold === 'people' && t[k - 1]!.isCap) || (a.inPlace[k - 1] === true && a.inPlace[k] === true && a.inPlace[k + 1] === true);
}

/**
 * "Distillers' Association", "Girls' High School": an apostrophe glued after a capitalized
 * plural, then the name goes on; not after a body's own name ("University of X Y' centre").
 */
function isPluralApostrophe(t: readonly Token[], k: number): boolean {
  const owner = t[k - 1];
  const tok = t[k]!;
  if (!(tok.text === "'" || tok.text === '’') || owner === undefined || !owner.isCap || owner.isUpper || owner.fold.length <= 3 || !owner.fold.endsWith('s')) return false;
  for (let j = k - 2; j >= 0 && j >= k - 1 - MAX_OWNER_RUN && !t[j + 1]!.lineStart && (t[j]!.isCap || OWNER_RUN_LINKS.has(t[j]!.fold)); j--) {
    // "the X Cooperative and the Y Growers' …": a "the" not after "of" opens the owner's own name.
    if (t[j]!.fold === 'the' && t[j - 1]?.fold !== 'of') break;
    if (isEnglishHead(t[j]!)) return false;
  }
  return owner.end === tok.start && t[k + 1]!.start > tok.end;
}
// Words before a plural owner searched for a head that would make it a body's own name.
const MAX_OWNER_RUN = 5;
const OWNER_RUN_LINKS = new Set(['of', 'the', 'and', '&', 'for']);

const PLURAL_MEN = /^(?:wo|fisher|sea|crafts|trades|business|fire|police|lay|sports|country)?men$/u;

/** "Fishermen's", "Women's", "Children's": an irregular plural before "'s" names the members of a body. */
function isPluralPossessor(tok: Token): boolean {
  return tok.isCap && !tok.isUpper && (PLURAL_MEN.test(tok.fold) || tok.fold === 'children');
}

/**
 * ", Job Creation and Trade": after the comma, capitalized words that are no head, no
 * place and no acronym, then "and" and one more such run, closing the name.
 */
function isPortfolioList(a: Analysis, comma: number): boolean {
  const t = a.tokens;
  let k = comma + 1;
  let words = 0;
  for (; k < t.length && k < comma + 10; k++) {
    const tok = t[k]!;
    if (tok.fold === 'and' || tok.fold === '&') break;
    if (isPunct(tok, ',') && words > 0) continue;
    if (!isNameWord(tok) || tok.isUpper || tok.lineStart || isEnglishHead(tok) || a.inPlace[k] || isGivenName(tok)) return false;
    words++;
  }
  const last = t[k + 1];
  return words > 0 && (t[k]?.fold === 'and' || t[k]?.fold === '&') && last !== undefined && isNameWord(last) && !last.isUpper && !isEnglishHead(last) && !a.inPlace[k + 1];
}

/**
 * "University of Toronto and McGill University" is two names; "Affairs and Climate Action"
 * one. So are "Sackville and Maine State University", "UOttawa and Carleton University":
 * a place or a brand before "and" names no part of the body after it.
 */
function splitCoordinated(a: Analysis, start: number, end: number): [number, number][] {
  const t = a.tokens;
  let ands = 0;
  for (let k = start + 1; k < end - 1; k++) {
    if (t[k]!.fold !== 'and' && t[k]!.fold !== '&') continue;
    // "Department of Economic and Community Development and Acme Tooling": a name's "of"
    // complement coordinates two words once; a second "and" opens the next name.
    if (t[k]!.fold === 'and' && ands++ > 0 && hasOfBefore(t, start, k)) return [[start, k], ...splitCoordinated(a, k + 1, end)];
    if (isClosedBeforeAnd(t, start, k, end)) return [[start, k], ...splitCoordinated(a, k + 1, end)];
    // "University of Leeds and Universidad de Chile": a head quoted in its own language opens a second name.
    if (t[k + 1]!.isCap && t[k + 1]!.lists & FOREIGN_HEAD && hasEnglishHead(t, start, k)) return [[start, k], ...splitCoordinated(a, k + 1, end)];
    if (SITE_CLOSERS.has(t[k - 1]!.fold) && hasEnglishHead(t, k + 1, end) && !hasEnglishHead(t, start, k)) return [[start, k], ...splitCoordinated(a, k + 1, end)];
    if (isPlaceBrandAfterPlace(a, start, k, nextAnd(t, k + 1, end))) return [[start, k], ...splitCoordinated(a, k + 1, end)];
    if (!hasEnglishHead(t, k + 1, nextAnd(t, k + 1, end))) continue;
    // "Dublin City and County Council", "Carrow City and Dunmore District Council": two tiers of one authority, one body.
    if (TIERS.has(t[k - 1]!.fold) && (TIERS.has(t[k + 1]?.fold ?? '') || isTierCouncil(t, nextAnd(t, k + 1, end)))) continue;
    if (hasClosingHead(t, start, k) || isNamedBeforeAnd(a, start, k, end) || isBetweenParties(t, start, k, end) || isPrefixNamedAgency(a, start, k)) return [[start, k], ...splitCoordinated(a, k + 1, end)];
  }
  return [[start, end]];
}

/**
 * "Harbour Maritime Academy | and Coast Investment & Trade": a name of two words or more that its
 * head closes, with no "of" complement whose "and" it could be, ends before the "and", even
 * when the body after it has no head of its own.
 */
function isClosedBeforeAnd(t: readonly Token[], start: number, and: number, end: number): boolean {
  if (t[and]!.fold !== 'and' || and - start < 2 || !isEnglishHead(t[and - 1]!) || hasOfBefore(t, start, and) || TIERS.has(t[and - 1]!.fold)) return false;
  for (let k = and + 1; k < nextAnd(t, and + 1, end); k++) if (!t[k]!.isCap && t[k]!.fold !== '&') return false;
  return t[and + 1]!.isCap && !isEnglishHead(t[and + 1]!);
}

/**
 * "… University in Sackville | and Akita University", "USask | and …": a seat after a
 * locative or a one-word brand before "and", then a body whose head is not its first word.
 */
/** "Invest X and Y College": a domain word and a known place, an agency's whole name. */
function isPrefixNamedAgency(a: Analysis, start: number, and: number): boolean {
  return and >= start + 2 && (a.tokens[start]!.lists & PLACE_BODY_PREFIX) !== 0 && isPlaceRange(a, start + 1, and);
}

/**
 * "Government of Norland and Opportunities Norland", "Province of Norland and Invest Norland": an "of" complement that a
 * place closes before "and", then a name of its own that words put before a place make (an agency's brand), is two bodies;
 * "Government of Kelvary and Ostmark" (a place alone after "and", a two-part country's name) stays one.
 */
function isPlaceBrandAfterPlace(a: Analysis, start: number, and: number, end: number): boolean {
  const t = a.tokens;
  let of = and - 2;
  while (of > start && of > and - 6 && t[of]!.fold !== 'of') of--;
  if (of <= start || t[of]!.fold !== 'of' || !isPlaceRange(a, of + 1, and)) return false;
  if (!isNameWord(t[and + 1]) || a.inPlace[and + 1]) return false;
  for (let p = and + 2; p < end && p <= and + 4; p++) if (isPlaceRange(a, p, end)) return true;
  return false;
}

function isNamedBeforeAnd(a: Analysis, start: number, and: number, end: number): boolean {
  const t = a.tokens;
  if (isEnglishHead(t[and + 1]!) || !hasEnglishHead(t, and + 2, end)) return false;
  return (SEAT_LOCATIVES.has(t[start - 1]?.fold ?? '') && isPlaceRange(a, start, and)) || (and === start + 1 && isCapitalizedBrand(t[start]!));
}
const SEAT_LOCATIVES = new Set(['in', 'at', 'near']);
// "X Park and Y University", "X Campus and …": a site's name closes before "and" and a body.
const SITE_CLOSERS = new Set(['park', 'campus', 'square', 'gardens', 'stadium', 'arena', 'hall']);
const TIERS = new Set(['city', 'county', 'town', 'borough', 'district', 'region']);

/** A council named by its tier that ends before `end`: "… District Council". */
function isTierCouncil(t: readonly Token[], end: number): boolean {
  return t[end - 1]?.fold === 'council' && TIERS.has(t[end - 2]?.fold ?? '');
}

/**
 * "between NHS Fife and Moi Teaching Hospital": after "between", the "and" joins the two
 * parties, when the first is bare capitalized words (no "of" complement whose "and" it could
 * be) and the second a body that its own head closes.
 */
function isBetweenParties(t: readonly Token[], start: number, and: number, end: number): boolean {
  let before = start - 1;
  if (t[before]?.isUpper || t[before]?.fold === 'the') before--;
  if (t[before]?.fold !== 'between' || isEnglishHead(t[and + 1]!) || !isEnglishHead(t[end - 1]!)) return false;
  // "between X and Y Council and the City of Z": the "and" after the body is the parties' own, so this one is inside a name.
  if (t[end]?.fold === 'and' || t[afterParenthesis(t, end)]?.fold === 'and') return false;
  for (let k = start; k < and; k++) if (!t[k]!.isCap) return false;
  for (let k = and + 1; k < end; k++) if (!t[k]!.isCap) return false;
  return true;
}

/** "… Training Board (Kelso ETB) and …": the token after a short parenthesis at k, or k. */
function afterParenthesis(t: readonly Token[], k: number): number {
  if (!isPunct(t[k], '(')) return k;
  for (let j = k + 1; j < t.length && j <= k + MAX_PARENTHESIS_TOKENS; j++) if (isPunct(t[j], ')')) return j + 1;
  return k;
}
const MAX_PARENTHESIS_TOKENS = 5;

/** "USask", "UOttawa", "McGill": one word with a capital inside, a name of its own. */
function isCapitalizedBrand(tok: Token): boolean {
  if (!tok.isCap || tok.isUpper) return false;
  // "Franco-German": a capital after a hyphen opens a compound's second word, no brand.
  for (let k = 1; k < tok.text.length; k++) {
    const c = tok.text.charCodeAt(k);
    if (c >= 65 && c <= 90 && tok.text.charCodeAt(k - 1) !== 45) return true;
  }
  return hasInnerCapital(tok);
}

function nextAnd(t: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (t[k]!.fold === 'and') return k;
  return end;
}

function hasOfBefore(t: readonly Token[], start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) if (t[k]!.fold === 'of' && !t[k]!.isCap && isEnglishHead(t[k - 1]!)) return true;
  return false;
}

/**
 * A head in [start, end) that can close a name before "and": not "City" or "County" opening
 * a committee's portfolio ("City Works and Finance Committee"), which makes a body only before "of".
 */
function hasClosingHead(t: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    if (!isEnglishHead(t[k]!)) continue;
    if (!EN_OF_ONLY_HEADS.has(t[k]!.fold) || k === end - 1 || t[k + 1]!.fold === 'of' || isEnglishHead(t[k + 1]!)) return true;
  }
  return false;
}

function hasEnglishHead(t: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isEnglishHead(t[k]!)) return true;
  return false;
}

function isEnglishHead(tok: Token): boolean {
  if (!tok.isCap) return LOWER_LEGAL_SUFFIXES.has(tok.fold);
  return (tok.lists & EN_HEAD) !== 0 || ((tok.lists & LEGAL_SUFFIX) !== 0 && (tok.isUpper || tok.end - tok.start > 2));
}

// Plural nouns for a body's people that open a sentence before "of" + the body's name.
const PEOPLE_GROUPS = new Set(['representatives', 'members', 'staff', 'officials', 'delegates', 'employees', 'students', 'researchers', 'leaders', 'executives', 'scientists', 'experts', 'teams', 'officers']);

/** A legal form: "Acme Ltd" ends there, "of Fayetteville" after it says where the company is. */
function isLegalSuffix(tok: Token): boolean {
  return LEGAL_SUFFIXES.has(tok.fold) && (tok.isUpper || tok.text.length > 2);
}

// Legal forms also written in lower case after the name ("Veltrane inc.", "Dubé ltée").
const LOWER_LEGAL_SUFFIXES = new Set(['inc', 'ltee', 'ltd', 'corp', 'enr']);
// Particles written with a capital inside a name: "De Lacy University", "Van Horne Institute".
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'das', 'el', 'al', 'st', 'saint', 'sainte']);
// Country codes written in capitals before a body's name ("UK Department for …", "EU Commission").
const UPPER_COUNTRY_PREFIXES = new Set(['us', 'uk', 'eu', 'usa']);

/**
 * Where a name found at `start` really begins: a capitalized particle mid-sentence ("De
 * Montfort University"), a dotted initialism ("U.S. Census Bureau") or an acronym in
 * capitals ("MINTEK Underground Centre", "UK Department for …") belongs to it.
 */
function widenEnglishStart(a: Analysis, start: number): number {
  const t = a.tokens;
  let s = start;
  // Dotted initialism: letters and periods glued together, "U.S.", "U.K.".
  if (isPunct(t[s - 1], '.') && isGlued(t, s - 2, s - 1) && t[s - 2]!.isUpper === false && t[s - 2]!.isCap && t[s - 2]!.text.length === 1) {
    let k = s - 2;
    while (k >= 2 && isPunct(t[k - 1], '.') && isGlued(t, k - 1, k) && t[k - 2]!.isCap && t[k - 2]!.text.length === 1 && isGlued(t, k - 2, k - 1)) k -= 2;
    return k < s - 2 && !t[s]!.lineStart ? k : s;
  }
  // "St. Lawrence College", "St. John's University": an abbreviated saint's title opens the name.
  if (isAbbreviatedSaint(t, s - 2) && !a.inHeadline[s - 2]) return s - 2;
  for (let n = 0; n < 2; n++) {
    const prev = t[s - 1];
    if (!prev || t[s]!.sentenceStart || t[s]!.lineStart || a.inHeadline[s - 1] || a.inTitleCase[s - 1]) break;
    if (prev.isCap && !prev.isUpper && NAME_PARTICLES.has(prev.fold) && !prev.sentenceStart) { s--; continue; }
    if (n === 0 && prev.isUpper && prev.text.length <= 8 && !isGlued(t, s - 2, s - 1) && (UPPER_COUNTRY_PREFIXES.has(prev.fold) || isAcronymLike(prev))) s--;
    break;
  }
  return s;
}

/** "St." or "Ste." at k: the abbreviation glued to its period. */
export function isAbbreviatedSaint(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  return tok !== undefined && tok.isCap && !tok.isUpper && SAINT_ABBREVIATIONS.has(tok.fold) && isPunct(t[k + 1], '.') && isGlued(t, k, k + 1);
}
const SAINT_ABBREVIATIONS = new Set(['st', 'ste']);

function isGlued(t: readonly Token[], x: number, y: number): boolean {
  return x >= 0 && t[x] !== undefined && t[y] !== undefined && t[x]!.end === t[y]!.start;
}

/** An all-caps word that can be an organization's acronym, not a unit, a code or a role. */
function isAcronymLike(tok: Token): boolean {
  return !UPPER_STOP_WORDS.has(tok.fold) && !LEGAL_SUFFIXES.has(tok.fold) && !ROLE_WORDS.has(tok.fold) && /^[\p{Lu}\d&]+$/u.test(tok.text) && /\p{Lu}.*\p{Lu}/u.test(tok.text);
}

function englishOrgInRun(a: Analysis, i: number, end: number): Candidate | undefined {
  const t = a.tokens;
  let start = i;
  // "Sudbury-based Boreal Mining Group": where the body is based is no part of its name.
  while (start < end && ((CAP_STOP_WORDS.has(t[start]!.fold) && !hasInnerCapital(t[start]!)) || (t[start]!.sentenceStart && isGivenName(t[start]) && !beforeAdjectiveHead(t, start + 1)) || (t[start]!.shape & BASED_COMPOUND) !== 0)) start++;
  // "Representatives of Ohio State University": people of a body, then its name.
  if (start < end - 2 && t[start]!.sentenceStart && PEOPLE_GROUPS.has(t[start]!.fold) && t[start + 1]!.fold === 'of') {
    start += 2;
    if (t[start]!.fold === 'the') start++;
  }
  start = afterLeadingRole(t, afterLeadingPerson(a, start, end), end);
  let last = -1;
  for (let k = start; k < end; k++) if (isEnglishHead(t[k]!)) last = k;
  if (last < 0) return undefined;
  // "Government of the State of X": the state is the government's complement, the government the head.
  if (PLACE_ONLY_HEADS.has(t[last]!.fold) && t[last - 1]?.fold === 'the' && t[last - 2]?.fold === 'of') {
    for (let k = last - 3; k >= start; k--) if (isEnglishHead(t[k]!) && !PLACE_ONLY_HEADS.has(t[k]!.fold)) { last = k; break; }
  }
  // "Federation of Industries of the State of X": "Industries" after "of" is the federation's complement, not a company's head.
  if (SUFFIX_HEADS.has(t[last]!.fold) && t[last - 1]?.fold === 'of' && last + 1 < end) {
    for (let k = last - 2; k >= start; k--) if (isEnglishHead(t[k]!) && !SUFFIX_HEADS.has(t[k]!.fold)) { last = k; break; }
  }
  // "Government of West Java Province": a province named with its tier is the complement, the government the head.
  if (PLACE_ONLY_HEADS.has(t[last]!.fold) && last === end - 1 && last > start + 2 && isNameWord(t[last - 1]) && t[last - 1]!.fold !== 'of') {
    let of = last - 1;
    while (of > start && isNameWord(t[of]) && !isEnglishHead(t[of]!)) of--;
    if (t[of]?.fold === 'of') for (let k = of - 1; k >= start; k--) if (isEnglishHead(t[k]!) && !PLACE_ONLY_HEADS.has(t[k]!.fold)) { last = k; break; }
  }
  // "Department of State Development", "Board of County Commissioners": a state or county with no "of" after it
  // is the portfolio's word, the department or board the head.
  if ((PLACE_ONLY_HEADS.has(t[last]!.fold) || EN_OF_ONLY_HEADS.has(t[last]!.fold)) && t[last - 1]?.fold === 'of' && !t[last - 1]!.isCap && t[last + 1]?.fold !== 'of' && isNameWord(t[last + 1]) && !isLeadRole(t[last + 1]) && !isGivenName(t[last + 1]) && last + 1 < end) {
    for (let k = last - 2; k >= start; k--) if (isEnglishHead(t[k]!) && !PLACE_ONLY_HEADS.has(t[k]!.fold)) { last = k; break; }
  }
  const headAtStart = last === start;
  // "Consulate General of Canada": the head is two words.
  const headEnd = DIPLOMATIC_HEADS.has(t[last]!.fold) && t[last + 1]?.fold === 'general' ? last + 1 : last;
  const ofFollows = ['of', 'for', 'de', 'du', 'des'].includes(t[headEnd + 1]?.fold ?? '') && headEnd + 1 < end && !isLegalSuffix(t[last]!);
  // "Region of X" is the regional government; "Région de …" is left to the French rules.
  if (t[last]!.fold === 'region' && t[headEnd + 1]?.fold !== 'of') return undefined;
  if (headAtStart && !ofFollows) return countryCodedPost(a, start, headEnd, end) ?? acronymBeforeHead(a, start, last, end);
  // "International", "Capital" … name a company only at the end of the run.
  if (SUFFIX_HEADS.has(t[last]!.fold) && last + 1 < end) return undefined;
  // "Port of Tees and Emden Seaports": after "City of", "Port of" comes one place, not a list.
  const stop = ofFollows ? (EN_OF_ONLY_HEADS.has(t[last]!.fold) ? placeComplementEnd(t, headEnd + 2, end) : end) : placeSuffixEnd(a, last, ampersandTailEnd(a, headEnd + 1, end), end);
  if (stop - start < 2) return undefined;
  // "City Council voted …": the council of a city the text does not name, no name of its own.
  if (stop - start === 2 && EN_OF_ONLY_HEADS.has(t[start]!.fold) && t[start + 1]!.fold === 'council') return undefined;
  if (EN_OF_ONLY_HEADS.has(t[last]!.fold) && !(headAtStart && ofFollows) && !namesCityBody(t, last) && !isInHeadComplement(t, start, last)) return undefined;
  // "State of Maine", not "State of Emergency": a state's body is named after a place.
  if (PLACE_ONLY_HEADS.has(t[last]!.fold) && !a.inPlace[headEnd + 2]) return undefined;
  // "TeCH Discovery District" is a body; "District of Columbia", "Ottawa District" are areas.
  if (t[last]!.fold === 'district' && (headAtStart || a.inPlace[last - 1])) return undefined;
  // "the Council Chamber": the room a council sits in, no body.
  if (t[last]!.fold === 'chamber' && last === start + 1 && t[start]!.fold === 'council') return undefined;
  if (isEventEdition(t, start, last, stop)) return undefined;
  const venue = (t[last]!.fold === 'center' || t[last]!.fold === 'centre') && VENUE_WORDS.has(t[last - 1]?.fold ?? '');
  const type = venue || (t[last]!.fold === 'port' && headAtStart && isVisitedSite(t, start)) || isVisitedBuildingName(t, start, last, stop) || isAreaDistrict(t, start, last, stop) ? 'PLACE' : 'ORG';
  const finalEnd = stop === end ? parentAcronymEnd(a, start, last, diplomaticPostEnd(a, last, stop)) : stop;
  return { type, start: start === i ? widenEnglishStart(a, start) : start, end: finalEnd, priority: 7, confidence: 0.75 };
}

/**
 * "the 2024 Brelland Circle Assembly", "on the sidelines of the Korrowa Assembly": an assembly
 * with its year before it, or that something happens on the sidelines of, is a gathering, no body.
 */
function isEventEdition(t: readonly Token[], start: number, last: number, stop: number): boolean {
  if (stop !== last + 1 || !GATHERING_HEADS.has(t[last]!.fold)) return false;
  const before = t[start - 1]?.fold === 'the' ? start - 2 : start - 1;
  const year = t[before];
  if (year !== undefined && /^(?:19|20)\d\d$/u.test(year.text) && t[before - 1]?.fold === 'the') return true;
  return t[before]?.fold === 'of' && t[before - 1]?.fold === 'sidelines';
}

/**
 * "Korrowa District", "the city's Innovation District": a district closing the name with
 * no body's word before it is an area. "Tallis Irrigation District", "Brelland School District",
 * "Dunmore Regional District" are bodies, and so is a brand's ("KiNet Discovery District").
 */
function isAreaDistrict(t: readonly Token[], start: number, last: number, stop: number): boolean {
  if (t[last]!.fold !== 'district' || stop !== last + 1) return false;
  for (let k = start; k < last; k++) if (DISTRICT_BODY_WORDS.has(t[k]!.fold) || hasInnerCapital(t[k]!) || t[k]!.isUpper) return false;
  return true;
}
const DISTRICT_BODY_WORDS = new Set([
  'regional', 'municipal', 'borough', 'school', 'irrigation', 'conservancy', 'water', 'fire', 'health', 'hospital',
  'transit', 'library', 'sanitation', 'drainage', 'park', 'parks', 'improvement', 'utility', 'sewer', 'college',
  'port', 'airport', 'conservation', 'sanitary', 'flood', 'reclamation', 'levee', 'cemetery', 'mosquito', 'recreation',
]);

/**
 * "Perth College UHI", "Strathbeg College UHI": a college of a federated university
 * carries the university's initials after its head; not its own initials ("Nova Scotia
 * Community College NSCC"), a two-letter state code or a word that goes on into another name.
 */
function parentAcronymEnd(a: Analysis, start: number, head: number, end: number): number {
  const t = a.tokens;
  const tag = t[end];
  if (end !== head + 1 || !COLLEGE_HEADS.has(t[head]!.fold) || !tag?.isUpper || !tag.isWord || tag.lineStart || a.inPlace[end] || !isSpaced(t, end - 1, end)) return end;
  if (tag.text.length < 3 || tag.text.length > 4 || hasDigit(tag) || isNameWord(t[end + 1]) || t[end + 1]?.isUpper) return end;
  let initials = '';
  for (let k = start; k <= head; k++) if (t[k]!.isCap) initials += t[k]!.text[0]!.toLowerCase();
  return initials === tag.fold ? end : end + 1;
}
const COLLEGE_HEADS = new Set(['college', 'campus']);

/**
 * "Local Enterprise Office X", "Energy Cluster X", "X College Y": a place
 * right after the head, closing the run, names the branch or the country the body is of.
 * Not after a head that makes a body only before "of" ("Quebec City Montreal" is two places).
 */
function placeSuffixEnd(a: Analysis, head: number, stop: number, end: number): number {
  const t = a.tokens;
  if (stop !== head + 1 || end - stop > MAX_PLACE_SUFFIX || EN_OF_ONLY_HEADS.has(t[head]!.fold) || a.inPlace[head]) return stop;
  if (isBranchTown(t, head, end)) return end;
  for (let k = stop; k < end; k++) if (!a.inPlace[k] || t[k]!.isUpper) return stop;
  return a.inPlace[end] ? stop : end;
}
const MAX_PLACE_SUFFIX = 3;

/**
 * "Tarvel College Brinmouth", "Kelso University Marnby", "Local Enterprise Office Kelmore":
 * one capitalized word closing the run after the head of a body with branches is the
 * branch's town, known to the gazetteer or not; a role there is a person's title.
 */
function isBranchTown(t: readonly Token[], head: number, end: number): boolean {
  const town = t[head + 1]!;
  return end === head + 2 && BRANCHED_HEADS.has(t[head]!.fold) && !town.isUpper && !isEnglishHead(town) && !isLeadRole(town) && !isGivenName(town) && !(town.lists & ROLE_WORD) && !isNameWord(t[end]);
}
const BRANCHED_HEADS = new Set(['college', 'university', 'academy', 'office', 'institute', 'campus', 'polytechnic']);

/** "Tilburg University & Research", "Texas A&M University & Health": "&" and a field after the head stay in the name. */
function ampersandTailEnd(a: Analysis, from: number, end: number): number {
  const t = a.tokens;
  if (t[from]?.fold !== '&' || end - from < 2 || end - from > MAX_AMPERSAND_TAIL + 1) return from;
  for (let k = from + 1; k < end; k++) if (!isNameWord(t[k]) || t[k]!.isUpper || isEnglishHead(t[k]!) || a.inPlace[k]) return from;
  return end;
}
const MAX_AMPERSAND_TAIL = 2;

/** "the training institute KTI Group": a company's acronym, then a company head that closes the run. */
/** "US Embassy in Lusaka", "UK Consulate General": a country code in capitals, then a diplomatic head and its seat. */
function countryCodedPost(a: Analysis, head: number, headEnd: number, end: number): Candidate | undefined {
  const t = a.tokens;
  const code = t[head - 1];
  if (!DIPLOMATIC_HEADS.has(t[head]!.fold) || headEnd + 1 !== end || t[head]!.lineStart || a.inHeadline[head - 1]) return undefined;
  // "U.S. Embassy in Lima", "U.K. Consulate": the code written with periods.
  const dotted = isPunct(code, '.') ? widenEnglishStart(a, head) : head;
  if (dotted < head) return { type: 'ORG', start: dotted, end: diplomaticPostEnd(a, head, end), priority: 7, confidence: 0.75 };
  if (!code?.isUpper || !UPPER_COUNTRY_PREFIXES.has(code.fold)) return seatedPost(a, head, end);
  return { type: 'ORG', start: head - 1, end: diplomaticPostEnd(a, head, end), priority: 7, confidence: 0.75 };
}

function acronymBeforeHead(a: Analysis, start: number, head: number, end: number): Candidate | undefined {
  const t = a.tokens;
  const acronym = t[start - 1];
  if (head + 1 !== end || !SUFFIX_HEADS.has(t[head]!.fold) || !acronym || !isAcronymLike(acronym) || t[start]!.lineStart || a.inHeadline[start - 1] || !isSpaced(t, start - 1, start)) return undefined;
  return { type: 'ORG', start: start - 1, end: head + 1, priority: 7, confidence: 0.7 };
}

function isSpaced(t: readonly Token[], x: number, y: number): boolean {
  return t[x]!.end + 1 === t[y]!.start;
}

/**
 * "toured the Port of Granton Bay", "site visits at …, the Port of Mombasa", "in Port of Spain": a
 * port that is visited or that locates something is the place; one that signs is the body.
 */
export function isVisitedSite(t: readonly Token[], start: number): boolean {
  const before = cueBefore(t, ownerBefore(t, start));
  if (SITE_LOCATIVES.has(t[before]?.fold ?? '') || visitedBefore(t, start)) return true;
  // "in the foyer of the X Centre", "on the steps of X Hall": a part of the building, then the building.
  const part = t[before - 1];
  return t[before]?.fold === 'of' && part !== undefined && !part.isCap && BUILDING_PARTS.has(part.fold) && SITE_LOCATIVES.has(t[cueBefore(t, before - 1)]?.fold ?? '');
}

/** The token before `start`, past a "the". */
function cueBefore(t: readonly Token[], start: number): number {
  return t[start - 1]?.fold === 'the' ? start - 2 : start - 1;
}

/** "at Acme University's Brisk Centre", "at the college's Brisk Hall": the start of the owner's possessive before the name, else `start`. */
function ownerBefore(t: readonly Token[], start: number): number {
  const owner = t[start - 2];
  if (t[start - 1]?.fold !== "'s" || owner === undefined || !owner.isWord || owner.end !== t[start - 1]!.start) return start;
  if (!owner.isCap) return t[start - 3]?.fold === 'the' ? start - 2 : start;
  let first = start - 2;
  while (first > start - 2 - MAX_OWNER_WORDS && t[first - 1]?.isCap && t[first - 1]!.isWord && !t[first]!.sentenceStart) first--;
  // "St John's Theatre": a saint's possessive is the building's own name, no owner.
  return SAINT_WORDS.has(t[first]!.fold) ? start : first;
}
const SAINT_WORDS = new Set(['st', 'saint', 'ste', 'sainte']);
const MAX_OWNER_WORDS = 4;
const SITE_WINDOW = 8;
const SITE_LOCATIVES = new Set(['in', 'at', 'near']);
const VISIT_WORDS = new Set([
  'visit', 'visits', 'visited', 'visiting', 'tour', 'tours', 'toured', 'touring',
  'visite', 'visites', 'visitee', 'visitees', 'visiter', 'visitant',
]);

function visitedBefore(t: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - SITE_WINDOW && !t[k + 1]!.sentenceStart; k--) if (VISIT_WORDS.has(t[k]!.fold)) return true;
  return false;
}

// French heads of a building that is also a body: "la Maison natale de Colette", "la Cité de l'Ocre"; a museum
// in lower case ("le musée Bonnat"), since "le Musée Louis-Hémon" in capitals is the institution's own name.
const FR_BUILDING_BODIES = new Set(['maison', 'cite']);

/** "Centre des congrès de Saint-Ovide", "Centre des expositions": a hall, never a body. */
function isConventionVenue(t: readonly Token[], i: number): boolean {
  return t[i]!.fold === 'centre' && t[i + 1]?.fold === 'des' && FR_VENUE_KINDS.has(t[i + 2]?.fold ?? '');
}

/**
 * "Le jeudi 15 octobre, au Centre culturel X, …": a centre after a date and "au" is where the day's event is
 * held; a centre of care, training or research stays the body ("au Centre de formation X").
 */
function isDatedVenue(t: readonly Token[], i: number): boolean {
  if (t[i]!.fold !== 'centre' || !t[i]!.isCap || t[i - 1]?.fold !== 'au' || t[i - 1]!.isCap) return false;
  const kind = DE.has(t[i + 1]?.fold ?? '') ? t[i + 2] : t[i + 1];
  if (kind !== undefined && (CENTRE_BODY_KINDS.has(kind.fold) || CENTRE_CARE_WORDS.has(kind.fold))) return false;
  const month = isPunct(t[i - 2], ',') ? i - 3 : i - 2;
  return month > 0 && monthNumber(t[month]!.text) !== undefined && /^\d/u.test(t[month - 1]!.text);
}
// Adjectives and nouns of a centre that cares, teaches or studies: "Centre hospitalier", "Centre d'études".
const CENTRE_CARE_WORDS = new Set(['hospitalier', 'hospitalo-universitaire', 'medical', 'etudes', 'integre', 'universitaire', 'collegial']);

/**
 * "a visité le musée Bonnat", "signés à la Cité du vin": a building visited or where
 * something happens is the place; "la Maison … a signé" stays the body, and so does "au musée",
 * which reads both ways.
 */
function isVisitedBuilding(t: readonly Token[], i: number): boolean {
  if (!FR_BUILDING_BODIES.has(t[i]!.fold) && !(t[i]!.fold === 'musee' && !t[i]!.isCap)) return false;
  const article = t[i - 1]?.fold;
  if ((article === 'la' || article === "l'") && t[i - 2]?.fold === 'a' && !t[i - 2]!.isCap) return true;
  return visitedBefore(t, i);
}

/**
 * "signed at the Rowntree Centre", "toured Royal Preston Hospital": a building named before its
 * head, where something happens, is the place; a research or university centre stays the body that works there.
 */
function isVisitedBuildingName(t: readonly Token[], start: number, last: number, stop: number): boolean {
  if (last !== stop - 1 || !EN_BUILDING_HEADS.has(t[last]!.fold) || !isVisitedSite(t, start)) return false;
  // "the Harbour Museum and Archives", "the Maritime Museum Cornwall": a museum's name goes on past the part read here.
  if (t[last]!.fold === 'museum' && (t[last + 1]?.isCap || ((t[last + 1]?.fold === 'and' || t[last + 1]?.fold === '&') && t[last + 2]?.isCap))) return false;
  // "the Edith Cavell Community Hospital": named after a person, whom the people rule would read.
  if (isGivenName(t[start])) return false;
  for (let k = start; k < last; k++) if (RESEARCH_WORDS.has(t[k]!.fold)) return false;
  return true;
}
const EN_BUILDING_HEADS = new Set(['centre', 'center', 'hospital', 'arena', 'theatre', 'theater', 'hall', 'museum']);
const RESEARCH_WORDS = new Set(['research', 'development', 'innovation', 'training', 'science', 'technology', 'studies', 'university', 'universities', 'education', 'learning']);

/** "Valdosta Technical College", "Florence State University": an adjective, then the head, after a given name that names the body's town. */
function beforeAdjectiveHead(t: readonly Token[], k: number): boolean {
  return t[k] !== undefined && t[k]!.isCap && isAdjectiveLike(t[k]!) && !isEnglishHead(t[k]!) && t[k + 1] !== undefined && isEnglishHead(t[k + 1]!);
}

/**
 * "Leader of Rutland Council", "Mayor of the City of Galway", "Minister for Industries":
 * a role and its "of/for" open no body's name; the body, if any, follows them.
 */
function afterLeadingRole(t: readonly Token[], start: number, end: number): number {
  if (start >= end) return start;
  const role = ROLE_LEADS.has(t[start]!.fold) && isLeadRole(t[start + 1]) ? start + 1 : start;
  if (!isLeadRole(t[role])) return start;
  for (let k = role + 1; k < end && k <= role + MAX_ROLE_WORDS + MAX_NAME_AFTER_ROLE; k++) {
    const fold = t[k]!.fold;
    // A role "for" a portfolio names no body ("Minister for Industries", "Pro-Vice-Chancellor for Research and Enterprise").
    if (fold === 'for' && !t[k]!.isCap) return end;
    if (fold === 'of' && !t[k]!.isCap) return t[k + 1]?.fold === 'the' && !t[k + 1]!.isCap ? k + 2 : k + 1;
    // "Mayor Ann Roy and X Council": the titled person, then "and" and the body.
    if ((fold === 'and' || fold === '&') && k > role + 1 && !hasHeadBetween(t, role + 1, k)) return k + 1;
    if (!t[k]!.isCap || (k > role + MAX_ROLE_WORDS && isEnglishHead(t[k]!))) return start;
  }
  return start;
}
// A person's name between a role and "of"/"and": "Vice Governor Zhao Ming of the …".
const MAX_NAME_AFTER_ROLE = 2;

function hasHeadBetween(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isEnglishHead(t[k]!)) return true;
  return false;
}
// "Vice-President International of …": the role and one capitalized word of its portfolio.
const MAX_ROLE_WORDS = 2;
// Words before a role that stay part of it: "Chief Executive", "Deputy Mayor".
const ROLE_LEADS = new Set(['chief', 'deputy', 'senior', 'acting', 'interim', 'assistant', 'associate', 'former', 'vice']);

/** A role noun, or a compound that ends with one ("Pro-Vice-Chancellor"). */
function isLeadRole(tok: Token | undefined): boolean {
  // "Consulate-General" is a post, not a role like "Consul-General".
  if (!tok || !tok.isCap || DIPLOMATIC_HEADS.has(tok.fold)) return false;
  return (tok.lists & ROLE_WORD) !== 0 || ROLE_WORDS.has(tok.fold.slice(tok.fold.lastIndexOf('-') + 1));
}

/**
 * "CEO Ana Ruiz and Ocean Cluster founder": a given name and no head before the first "and" is a person, not the name's start;
 * so is one before "of" ("Ana Ruiz of the Ocean Cluster").
 */
function afterLeadingPerson(a: Analysis, start: number, end: number): number {
  const t = a.tokens;
  if (!isGivenName(t[start])) return unlistedPersonEnd(a, start, end);
  for (let k = start + 1; k < end - 1; k++) {
    if (isEnglishHead(t[k]!)) return start;
    // "Sheldon Research and Development Centre": a town's name that is also a given name, before a field.
    if (t[k]!.fold === 'and' || t[k]!.fold === '&') return namesField(t, start + 1, k) ? start : k + 1;
    // "Mara Lind of the Kanazu Institute": a given name and a surname or two, then the body the person is of.
    if (t[k]!.fold === 'of' && !t[k]!.isCap && k - start >= 2 && k - start <= 3) return t[k + 1]?.fold === 'the' && !t[k + 1]!.isCap ? k + 2 : k + 1;
  }
  return start;
}

function namesField(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (RESEARCH_WORDS.has(t[k]!.fold) || t[k]!.lists & PLACE_BODY_PREFIX) return true;
  return false;
}

/**
 * "led by Wang Fang of the Sichuan Provincial Department …": after "by"/"with", two or three
 * capitalized words that are no head, place or adjective, then "of the" and the body, are
 * a person whose given name the lexicon lacks.
 */
function unlistedPersonEnd(a: Analysis, start: number, end: number): number {
  const t = a.tokens;
  if (!PERSON_INTRODUCERS.has(t[start - 1]?.fold ?? '') || t[start - 1]!.isCap) return start;
  let k = start;
  while (k < end && k - start < 3 && t[k]!.isCap && !t[k]!.isUpper && !isEnglishHead(t[k]!) && !a.inPlace[k] && !isAdjectiveLike(t[k]!)) k++;
  if (k - start < 2 || t[k]?.fold !== 'of' || t[k + 1]?.fold !== 'the' || t[k]!.isCap || t[k + 1]!.isCap) return start;
  return k + 2;
}
const PERSON_INTRODUCERS = new Set(['by', 'with', 'alongside']);

/** "People's Government of Hangzhou City", "Municipality of the County of Kings": a city or county in the "of" complement of an earlier head. */
function isInHeadComplement(t: readonly Token[], start: number, last: number): boolean {
  for (let k = start; k < last - 1; k++) if (isEnglishHead(t[k]!) && t[k + 1]!.fold === 'of' && !t[k + 1]!.isCap) return true;
  return false;
}

/** "a Iksan City delegation", "Seoyang City officials": "X City" before its people is the municipal body. */
function namesCityBody(t: readonly Token[], last: number): boolean {
  const next = t[last + 1];
  return t[last]!.fold === 'city' && next !== undefined && !next.isCap && CITY_BODY_PEOPLE.has(next.fold);
}
const CITY_BODY_PEOPLE = new Set(['delegation', 'delegations', 'officials', 'government', 'administration', 'staff', 'representatives', 'leaders']);

/** End of the place after "City of": the run up to its first "and". */
function placeComplementEnd(t: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (t[k]!.fold === 'and' || t[k]!.fold === '&') return k;
  return end;
}
