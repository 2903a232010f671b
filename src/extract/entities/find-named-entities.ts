import { EN_HEADS, FR_HEADS, LEGAL_SUFFIXES, NAMED_AFTER_HEADS, NON_ORG_INTRODUCERS } from '../lexicons/org-head-words.js';
import type { ExtractedEntity, GeoPoint, Language } from '../types.js';
import { analyzeText, type PlaceSpan } from './analyze-text.js';
import type { Analysis, Candidate } from './candidate.js';
import { findAbbreviatedPlaceBodies } from './find-abbreviated-place-bodies.js';
import { findAcronymSeatBodies } from './find-acronym-seat-bodies.js';
import { findAmpersandNames } from './find-ampersand-names.js';
import { aliasesOf, findAcronyms, isLowerBrand, type AcronymDefinition } from './find-acronyms.js';
import { findEnglishHeadOrgs, findFrenchHeadOrgs, findLocalMissions } from './find-head-orgs.js';
import { findCamelCaseOrgs, findDomainOrgs, findPlaceLedDepartments, findPlaceNamedBodies, findRoleCompanies, findSuffixHeadOrgs, findTriggeredCompanies, findUpperCaseOrgs } from './find-named-companies.js';
import { findCityBodies } from './find-city-bodies.js';
import { findCuedOrgs } from './find-cued-orgs.js';
import { findForeignHeadOrgs } from './find-foreign-head-orgs.js';
import { findListedCompanies } from './find-listed-companies.js';
import { findListMates } from './find-list-mates.js';
import { findLetterheadBodies } from './find-letterhead-bodies.js';
import { findMastheadOutlets } from './find-masthead-outlets.js';
import { findPlaceFirstAgencies } from './find-place-first-agencies.js';
import { findStateBodies } from './find-state-bodies.js';
import { findLegalFormOrgs } from './find-legal-form-orgs.js';
import { findPeople, isDemonym } from './find-people.js';
import { findPortfolioListOrgs } from './find-portfolio-list-orgs.js';
import { findPressUnits } from './find-press-units.js';
import { findCommsSegments } from './find-comms-segments.js';
import { endBeforeOwnerAcronym } from './owner-acronym.js';
import { findPossessiveHeadOrgs } from './find-possessive-head-orgs.js';
import { findWorksOwners } from './find-works-owners.js';
import { absorb, acronymKey, acronymKeyOfFold, draftOf, finish, nameKey, type EntityDraft } from './group-entities.js';
import { groupPeople } from './group-people.js';
import { dropPeopleInOrgNames } from './org-held-people.js';
import { withoutOrgNameParts } from './org-name-parts.js';
import { endAtPlaceEnd } from './place-ends.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { splitKnownSeconds } from './split-known-seconds.js';
import { fold } from './tokenize.js';
import { isHeadWord } from './word-classes.js';

/** A gazetteer place as X2's findPlaces returns it (PlaceMention, read structurally). */
export interface PlaceInput extends PlaceSpan {
  readonly name: string;
  readonly geo?: GeoPoint;
  readonly confidence: number;
}

/**
 * ORG, PERSON and PLACE entities of a text, given the places a gazetteer found in it.
 * Each entity is listed once, named by its fullest form, with its other forms as
 * aliases and every mention as a char span.
 */
export function findNamedEntities(text: string, language: Language, places: readonly PlaceInput[]): ExtractedEntity[] {
  const a = analyzeText(text, language, places);
  const acronyms = findAcronyms(a);
  const accepted = splitKnownSeconds(a, resolveOverlaps(dropPeopleInOrgNames(a, collectCandidates(a, acronyms)), a.tokens.length));
  const taken = new Uint8Array(a.tokens.length);
  for (const c of accepted) taken.fill(1, c.start, c.end);
  const orgs = groupOrgs(a, accepted, acronyms, taken);
  const people = withoutOrgNameParts(a, groupPeople(a, accepted, taken), orgs);
  const placeDrafts = groupPlaces(a, accepted, places, people);
  return [...orgs, ...people, ...placeDrafts].map(finish);
}

function collectCandidates(a: Analysis, acronyms: readonly AcronymDefinition[]): Candidate[] {
  const people = findPeople(a);
  const surnames = people.filter((p) => !p.surnameOnly).map((p) => acronymKey(a.tokens[p.end - 1]!.text));
  const blocked = new Set([...acronyms.filter((d) => !d.isOrg).map((d) => acronymKey(d.acronym)), ...programNames(a), ...surnames]);
  const heads = findFrenchHeadOrgs(a);
  append(heads, findEnglishHeadOrgs(a));
  append(heads, findLocalMissions(a));
  append(heads, findForeignHeadOrgs(a));
  append(heads, findStateBodies(a));
  append(heads, findCityBodies(a));
  const startByEnd = new Map<number, number>();
  for (const h of heads) if (h.type === 'ORG') startByEnd.set(h.end, Math.min(h.start, startByEnd.get(h.end) ?? h.start));
  // Appended in this order (no spread of each rule's list into a new one).
  const out: Candidate[] = [];
  for (const d of acronyms) {
    if (d.longForm) out.push(widenLongForm(d.longForm, startByEnd));
    else append(out, ownedByName(a, d, startByEnd));
  }
  append(out, people);
  append(out, heads);
  append(out, findPossessiveHeadOrgs(a));
  append(out, findPortfolioListOrgs(a));
  append(out, findAbbreviatedPlaceBodies(a));
  append(out, findAcronymSeatBodies(a));
  append(out, findUpperCaseOrgs(a, blocked, new Set(acronyms.filter((d) => d.isOrg && d.acronym.includes(' ')).map((d) => fold(d.acronym)))));
  append(out, findTriggeredCompanies(a));
  append(out, findCamelCaseOrgs(a));
  append(out, findPlaceNamedBodies(a));
  append(out, findPlaceLedDepartments(a));
  append(out, findPlaceFirstAgencies(a));
  append(out, findListedCompanies(a));
  append(out, findMastheadOutlets(a));
  append(out, findLetterheadBodies(a));
  append(out, findSuffixHeadOrgs(a));
  append(out, findRoleCompanies(a));
  append(out, findLegalFormOrgs(a));
  append(out, findPressUnits(a));
  append(out, findAmpersandNames(a));
  // A cue before a lone word that is a surname of the text's people ("Abbott's …") names the person.
  for (const c of findCuedOrgs(a)) if (c.end - c.start > 1 || !surnames.includes(acronymKey(a.tokens[c.start]!.text))) out.push(c);
  append(out, findWorksOwners(a));
  append(out, domainCandidates(a));
  append(out, findListMates(a, out));
  // After the list mates: a contact line ("Ana Roy, Communications Office, Town of X and Y") is no list.
  append(out, findCommsSegments(a));
  return out.filter((c) => !isLoneDemonym(a, c)).map((c) => endBeforeOwnerAcronym(a, endAtPlaceEnd(a, c)));
}

/**
 * "built by Irish hands", "firms eye Scottish market": a nationality adjective alone before a
 * lower-case noun qualifies it; a cue before it names no body ("Scottish Canals" keeps its head).
 */
function isLoneDemonym(a: Analysis, c: Candidate): boolean {
  if (c.type !== 'ORG' || c.end !== c.start + 1) return false;
  const tok = a.tokens[c.start]!;
  const next = a.tokens[c.end];
  return (isDemonym(tok) || MORE_DEMONYMS.has(tok.fold)) && next !== undefined && next.isWord && !next.isCap && !next.lineStart;
}
// Nationality adjectives beside find-people's list, whose surnames rule must not read them.
const MORE_DEMONYMS = new Set(['norwegian', 'icelandic', 'german', 'italian', 'american', 'canadian', 'mexican', 'australian', 'korean', 'russian', 'ukrainian']);

function append(out: Candidate[], more: readonly Candidate[]): void {
  for (const c of more) out.push(c);
}

/**
 * The initials match gives the shortest long form; a head-word name that ends at the
 * same place and starts earlier is the full one ("Massachusetts Executive Office of
 * Energy and Environmental Affairs (EEA)").
 */
function widenLongForm(longForm: Candidate, startByEnd: ReadonlyMap<number, number>): Candidate {
  const start = startByEnd.get(longForm.end);
  return longForm.type !== 'ORG' || start === undefined || start >= longForm.start ? longForm : { ...longForm, start };
}

/** "Agence de développement … du Québec (DEC)": initials differ, but the name ends at the "(". */
function ownedByName(a: Analysis, d: AcronymDefinition, startByEnd: ReadonlyMap<number, number>): Candidate[] {
  const open = d.openAt;
  if (open === undefined) return [];
  // The name may stop a few words short of the "(" ("… du Canada | pour les régions du Québec (DEC)").
  for (let end = open; end >= open - MAX_NAME_TAIL && end > 0; end--) {
    if (!a.tokens[end - 1]!.isWord) return [];
    const start = startByEnd.get(end);
    if (start !== undefined) return [{ type: 'ORG', start, end: open, priority: 10, confidence: 0.8, aliases: aliasesOf(d.acronym) }];
  }
  return [];
}
const MAX_NAME_TAIL = 5;

/** All-caps words written after a program word ("la stratégie PRISME") anywhere in the text. */
function programNames(a: Analysis): string[] {
  const out: string[] = [];
  const t = a.tokens;
  if (!a.hasUpper) return out;
  for (let k = 1; k < t.length; k++) if (t[k]!.isUpper && NON_ORG_INTRODUCERS.has(t[k - 1]!.fold)) out.push(acronymKey(t[k]!.text));
  return out;
}

function domainCandidates(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (const [start, end] of findDomainOrgs(a)) out.push({ type: 'ORG', start, end, priority: 6, confidence: 0.5 });
  return out;
}

function groupOrgs(a: Analysis, accepted: readonly Candidate[], acronyms: readonly AcronymDefinition[], taken: Uint8Array): EntityDraft[] {
  const byKey = new Map<string, EntityDraft>();
  const byAcronym = new Map<string, EntityDraft>();
  for (const c of accepted) {
    if (c.type !== 'ORG') continue;
    const d = draftOf(a, c);
    const key = d.key;
    const owner = byKey.get(key) ?? (byAcronym.size > 0 ? byAcronym.get(acronymKey(d.name)) : undefined);
    if (owner) { absorb(owner, d); continue; }
    byKey.set(key, d);
    for (const alias of d.aliases) byAcronym.set(acronymKey(alias), d);
  }
  linkAcronymMentions(a, acronyms, byAcronym, taken);
  return mergePrefixes([...new Set(byKey.values())]).filter((d) => !isLowerRegion(d.name) || renamedToCapitalRegion(a, d));
}

/** "la région X … La Région X a financé": a capitalized mention names the body; the draft takes its spelling. */
function renamedToCapitalRegion(a: Analysis, d: EntityDraft): boolean {
  for (const m of d.mentions) {
    const name = a.text.slice(m.start, m.end);
    if (name.charAt(0) === 'R' && nameKey(name) === d.key) {
      d.name = name;
      return true;
    }
  }
  return false;
}

/**
 * "la région Auvergne-Rhône-Alpes" means the territory; it names the regional body only as
 * the short form of a "Région …" the text names, into which mergePrefixes has folded it.
 */
function isLowerRegion(name: string): boolean {
  return name.startsWith('région ') || name.startsWith('region ');
}

/** Bare uses of a defined acronym that no rule took (a lower-case "Cciad") join their entity. */
function linkAcronymMentions(a: Analysis, acronyms: readonly AcronymDefinition[], byAcronym: Map<string, EntityDraft>, taken: Uint8Array): void {
  const wanted = new Set(acronyms.filter((d) => d.isOrg).map((d) => acronymKey(d.acronym)));
  if (wanted.size === 0) return;
  // The tokens asked about start with a letter, which their key keeps: a key's first char is their fold's.
  const firsts = new Set<number>();
  for (const key of wanted) firsts.add(key.charCodeAt(0));
  const t = a.tokens;
  for (let k = 0; k < t.length; k++) {
    const tok = t[k]!;
    if (taken[k] || tok.end - tok.start > 12 || !(tok.isCap || isLowerBrand(tok)) || !firsts.has(tok.fold.charCodeAt(0))) continue;
    const key = acronymKeyOfFold(tok.fold);
    if (wanted.has(key)) byAcronym.get(key)?.mentions.push({ start: tok.start, end: tok.end });
  }
}

/**
 * "ministère des X" and "ministère des X du Québec", "Chambre de Laval" and "Chambre de
 * commerce de Laval": a shorter name whose words appear in order in a longer one with
 * the same head is the same body, kept as an alias.
 */
function mergePrefixes(drafts: EntityDraft[]): EntityDraft[] {
  const keyed = drafts.map((d) => ({ d, words: contentWords(d.key) })).sort((x, y) => y.words.length - x.words.length);
  const byHead = new Map<string, { d: EntityDraft; words: string[] }[]>();
  const out: EntityDraft[] = [];
  for (const x of keyed) {
    const bucket = byHead.get(x.words[0] ?? '') ?? [];
    // Capped so that a hostile text with thousands of names stays linear.
    const candidates = x.words.length >= 2 && bucket.length <= MAX_MERGE_BUCKET ? bucket : [];
    const longer = candidates.find((o) => o.words.length > x.words.length && isSubsequence(x.words, o.words) && !addsHead(x.words, o.words));
    if (longer) absorb(longer.d, x.d);
    else {
      out.push(x.d);
      bucket.push(x);
      byHead.set(x.words[0] ?? '', bucket);
    }
  }
  return out;
}

const MAX_MERGE_BUCKET = 200;
const NAME_FUNCTION_WORDS = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'et', 'en', 'a', 'au', 'aux', 'pour', 'of', 'the', 'and', 'for']);

/** The words of a name's key that are no function words. */
function contentWords(key: string): string[] {
  return key.split(' ').filter((w) => w && !NAME_FUNCTION_WORDS.has(w));
}

/** "Seoyang City" and "Seoyang City Council": a head noun the shorter name lacks makes another body. */
function addsHead(short: readonly string[], long: readonly string[]): boolean {
  return long.some((w) => (EN_HEADS.has(w) || FR_HEADS.has(w)) && !COMPANY_TAILS.has(w) && !LEGAL_SUFFIXES.has(w) && !short.includes(w));
}
// Words that close a company's name without making another body ("Acme" and "Acme Group Inc").
const COMPANY_TAILS = new Set(['company', 'incorporated', 'group', 'holdings', 'international', 'industries', 'technologies', 'solutions', 'systems', 'partners', 'ventures', 'capital']);

/** Same first word, and every word of `short` found in order in `long`. */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  if (short[0] !== long[0]) return false;
  let k = 1;
  for (let j = 1; j < long.length && k < short.length; j++) if (long[j] === short[k]) k++;
  return k === short.length;
}

/**
 * Gazetteer places, less those inside a person's name, plus places our rules saw. A place
 * that only names an organization ("Vauclerc AgroSup", "EVA Ireland") is listed too, as
 * the dev gold does.
 */
function groupPlaces(a: Analysis, accepted: readonly Candidate[], places: readonly PlaceInput[], people: readonly EntityDraft[]): EntityDraft[] {
  const byName = new Map<string, EntityDraft>();
  if (places.length > 0) {
    const skip = notPlaceMentions(a, accepted, people);
    for (const p of places) {
      if (skip(p)) continue;
      addPlace(byName, { type: 'PLACE', name: p.name, key: nameKey(p.name), aliases: new Set(), confidence: p.confidence, mentions: [{ start: p.start, end: p.end }], ...(p.geo ? { geo: p.geo } : {}) });
    }
  }
  for (const c of accepted) if (c.type === 'PLACE') addPlace(byName, draftOf(a, c));
  return [...byName.values()];
}

function addPlace(byName: Map<string, EntityDraft>, d: EntityDraft): void {
  const owner = byName.get(d.key);
  if (owner) absorb(owner, d);
  else byName.set(d.key, d);
}

/** Gazetteer spans that are no place mention: inside a person's name, or an organization's head or name. */
function notPlaceMentions(a: Analysis, accepted: readonly Candidate[], people: readonly EntityDraft[]): (p: { start: number; end: number }) => boolean {
  const inPerson = coveredBy(people.flatMap((p) => p.mentions));
  const orgHeads = new Set<number>();
  // Char spans as start * (length + 1) + end: one number per span, no string keys.
  const span = a.text.length + 1;
  const orgNames = new Set<number>();
  for (const c of accepted) {
    if (c.type !== 'ORG') continue;
    const first = a.tokens[c.start]!;
    const last = a.tokens[c.end - 1]!;
    if (isHeadWord(first)) orgHeads.add(first.start);
    // A place that is a whole organization's name ("le pôle Aerospace Valley") or the name
    // part of "Université Rocheval" is no place mention; "Université de Rocheval" keeps its place.
    orgNames.add(first.start * span + last.end);
    if (c.end - c.start >= 2 && NAMED_AFTER_HEADS.has(first.fold)) orgNames.add(a.tokens[c.start + 1]!.start * span + last.end);
    // "Bishop's College" and its alias "Bishop's": the patron a body is named after, in the possessive, is no place mention.
    if (c.end - c.start >= 2 && a.tokens[c.start + 1]!.fold === "'s") orgNames.add(first.start * span + first.end);
  }
  // A head noun that opens an organization's name is no place ("Ville de …").
  return (p) => inPerson(p) || orgHeads.has(p.start) || orgNames.has(p.start * span + p.end);
}

/** Whether a span lies inside one of `spans` (sorted sweep, no pairwise scan). */
function coveredBy(spans: readonly { start: number; end: number }[]): (p: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  sorted.forEach((s, k) => maxEnd.push(Math.max(s.end, maxEnd[k - 1] ?? 0)));
  return (p) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= p.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! >= p.end;
  };
}
