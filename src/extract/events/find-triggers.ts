import { byFirstLetter, wordRegex } from '../text/word-regex.js';
import type { EventType, Span } from '../types.js';
import { isGoverningDelegation, isProgrammeStop, isStandingPost, isWorkMission } from './trip-traps.js';

/** A word or phrase that names an agreement or a mission, with the noun phrase the text uses. */
export interface Trigger extends Span {
  readonly type: EventType;
  /** The noun phrase ("protocole d'accord de coopération", "mission économique"). */
  readonly kind: string;
  /** True when the noun is qualified (mission économique, protocole d'accord): strong evidence alone. */
  readonly strong: boolean;
  /** The determiner before the noun, lower-cased ("une", "cette", "the", ""). */
  readonly determiner: string;
  readonly plural: boolean;
  /** A verb of travel ("s'est rendu à", "visited") rather than a noun: names a trip only when alone. */
  readonly verb?: boolean;
}

const L = "[\\p{L}\\p{M}]";
const AP = "['’]";

// Agreement nouns. Order matters: longer phrases first so the alternation takes them.
const AGREEMENT_FR = [
  `protocoles?\\s+d${AP}(?:accord|entente)`,
  `protocoles?\\s+de\\s+(?:coopération|collaboration|partenariat|jumelage)`,
  `m[ée]moires?\\s+d${AP}entente`,
  `m[ée]morandums?(?:\\s+d${AP}entente)?`,
  `lettres?\\s+d${AP}(?:intention|entente)`,
  `pactes?\\s+(?:d${AP}(?:amitié|amitie)|de\\s+(?:coopération|partenariat|jumelage|l${AP}amitié))`,
  `feuilles?\\s+de\\s+route`,
  `ententes?-cadres?`,
  `conventions?-cadres?`,
  `protocoles?-cadres?`,
  `d[ée]clarations?\\s+d${AP}intentions?`,
  `d[ée]clarations?\\s+(?:commune|conjointe)s?`,
  `d[ée]clarations?\\s+d${AP}(?:amitié|amitie|engagement|entente)`,
  `d[ée]clarations?\\s+de\\s+(?:coopération|partenariat|collaboration|jumelage|l${AP}amitié|amitié)`,
  `lettres?\\s+de\\s+(?:coopération|collaboration|partenariat)`,
  // "un avenant à la charte": what amends a signed text is signed in its turn.
  `avenants?(?:\\s+(?:à|au)\\s+(?:la\\s+|l${AP}|le\\s+)?(?:charte|convention|accord|protocole|entente|contrat|pacte)s?)?`,
  `chartes?\\s+(?:de\\s+(?:la\\s+)?(?:coopération\\s+de\\s+|convention\\s+de\\s+)?)?jumelage`,
  `accords?-cadres?`,
  `contrats?-cadres?`,
  `contrats?\\s+de\\s+(?:coentreprise|co-entreprise|partenariat|collaboration|coopération|jumelage)`,
  // A commercial contract between two firms is an agreement between them: "un contrat de distribution avec …".
  `contrats?\\s+(?:de\\s+|d${AP})(?:distribution|licence|approvisionnement|fourniture|vente|sous-traitance|maintenance|exclusivité|franchise|concession|services?)`,
  `accords?`,
  `ententes?`,
  `conventions?`,
  `jumelages?`,
  `jumel(?:é|ée|és|ées|le|les)`,
  `partenariats?`,
  `procès-verba(?:l|ux)`,
  `protocoles?`,
  `documents?`,
  `lettres?`,
  `textes?`,
  `contrats?`,
  `chartes?`,
  `renouvellements?`,
];
const AGREEMENT_EN = [
  `memorand(?:um|ums|a)\\s+of\\s+understanding`,
  `memorand(?:um|ums|a)`,
  `MOUs?`,
  `MoUs?`,
  `letters?\\s+of\\s+(?:intent|understanding|agreement|cooperation|co-operation|collaboration|partnership|friendship)`,
  `declarations?\\s+of\\s+(?:intent|cooperation|co-operation|partnership|friendship)`,
  `amendments?\\s+to\\s+(?:the|their|its)\\s+(?:agreement|MOU|MoU|memorandum|charter|accord|protocol|convention)`,
  `road\\s?maps?`,
  `friendship\\s+(?:pacts?|charters?)`,
  `twinning\\s+(?:pacts?|charters?)`,
  `cooperation\\s+(?:pacts?|charters?)`,
  `joint\\s+declarations?`,
  `declarations?\\s+of\\s+(?:friendship|cooperation|partnership)`,
  `supply\\s+contracts?`,
  `distribution\\s+contracts?`,
  `licen[cs]e\\s+contracts?`,
  `licensing\\s+contracts?`,
  `purchase\\s+contracts?`,
  `franchise\\s+contracts?`,
  `twinning(?:\\s+agreements?)?`,
  `twinned`,
  `sister[- ]cit(?:y|ies)(?:\\s+agreements?)?`,
  `agreements?`,
  `accords?`,
  `partnerships?`,
  `protocols?`,
  `documents?`,
  `letters?`,
  `contracts?`,
  `renewals?`,
];
const MISSION = [
  `missions?`,
  `d[ée]l[ée]gations?`,
  `visites?`,
  `séjours?`,
  `delegations?`,
  `visits?`,
  `trips?`,
  // "un voyage d'études en Flandre", "a study tour of three ports": a trip made to learn from the places visited.
  `voyages?\\s+d${AP}études?`,
  `study\\s+tours?`,
];

// A trip told with a verb: "s'est rendu à Louga", "se rendra en Chine", "visited Halifax".
const TRAVEL = [
  `s${AP}est\\s+(?:\\p{Ll}+\\s+)?rendue?s?`,
  `se\\s+sont\\s+(?:\\p{Ll}+\\s+)?rendue?s?`,
  `s${AP}était\\s+(?:\\p{Ll}+\\s+)?rendue?s?`,
  `s${AP}étaient\\s+(?:\\p{Ll}+\\s+)?rendue?s?`,
  `se\\s+rend(?:ra|ront|ent)?`,
  `a\\s+visité`,
  `ont\\s+visité`,
  `avait\\s+visité`,
  `avaient\\s+visité`,
  `visited`,
  `will\\s+travel(?:l?ed|s)?\\s+to`,
  `travel(?:l?ed|s)?\\s+to`,
  `will\\s+visit`,
  `is\\s+visiting`,
  `are\\s+visiting`,
];

// The nouns searched over the whole text in one pass, branches grouped by first letter (see byFirstLetter).
// English phrases first: "Memorandum of Understanding" must not stop at the French "memorandum".
// A branch listed again later could never match where its first copy failed: kept once.
// One pass finds what a pass per list would: a mission noun and an agreement noun never start
// at the same offset, and neither can start inside the other (no noun of one list is a part or
// an end of a word of the other).
export const NOUN_BRANCHES = [...new Set(['accords?-cadres?', 'ententes?-cadres?', 'conventions?-cadres?', 'protocoles?-cadres?', ...AGREEMENT_EN, ...AGREEMENT_FR]), ...MISSION];
/** What must follow a trigger noun: no letter or combining mark. */
export const NOUN_END = `(?!${L})`;
const NOUN_RE = new RegExp(`${byFirstLetter(NOUN_BRANCHES, true)}${NOUN_END}`, 'giu');
const MISSION_NOUN = new RegExp(`^(?:${MISSION.join('|')})$`, 'iu');
const TRAVEL_RE = new RegExp(`${byFirstLetter(TRAVEL, false)}(?=\\s+(?:à|au|aux|en|\\p{Lu}|the\\s+\\p{Lu}))`, 'gu');

// A sentence that opens on the agreement just named: "Celle-ci devrait être signée à Lomé au printemps",
// "Sa signature est envisagée à l'automne, à Gênes", "Its signing is planned for May". Capitalized: a sentence start.
const BACK_REFERENCE_RE = new RegExp(
  byFirstLetter([`Celle-ci`, `Celui-ci`, `Sa\\s+signature`, `Leur\\s+signature`, `Its\\s+signing`, `Their\\s+signing`], false) + NOUN_END,
  'gu',
);
// A signing word soon after it: only then is the pronoun an agreement's.
const SIGNING_AHEAD = /^[^.;]{0,30}?(?:sign|paraph|conclu|renouvel|ratifi|scell|prévue|envisagée|programmée|planned|scheduled|expected)/iu;

/** Qualifiers that make a mission noun an event on their own (trade mission, mission économique). */
const MISSION_QUALIFIER_AFTER =
  /^\s+(?:économiques?|commerciales?|exploratoires?|de\s+prospection|d['’]affaires|officielles?|ministérielles?|régionales?|de\s+travail|d['’]étude|diplomatiques?|institutionnelles?|technologiques?|de\s+coopération|multisectorielles?)(?![\p{L}])/iu;
const MISSION_QUALIFIER_BEFORE =
  /(?:trade|business|economic|investment|commercial|official|diplomatic|exploratory|fact-finding|state)\s+$/iu;

/**
 * Every agreement or mission noun in [start, end) of text, traps removed. `nouns`: every match
 * of NOUN_RE in the slice, those inside a word included, when the caller searched them already.
 */
export function findTriggers(text: string, span: Span, nouns?: readonly Span[]): Trigger[] {
  const slice = text.slice(span.start, span.end);
  const found: Trigger[] = [];
  for (const [start, end] of nouns ? wordStarts(nouns, slice) : wordMatches(NOUN_RE, slice)) {
    const mission = MISSION_NOUN.test(slice.slice(start, end));
    const t = mission ? missionTrigger(text, span.start + start, span.start + end) : agreementTrigger(text, span.start + start, span.start + end);
    if (t) found.push(t);
  }
  for (const [s, e] of wordMatches(BACK_REFERENCE_RE, slice)) {
    const start = span.start + s;
    if (SIGNING_AHEAD.test(text.slice(span.start + e, span.start + e + 40))) {
      found.push({ type: 'agreement', start, end: span.start + e, kind: slice.slice(s, e), strong: false, determiner: 'ce', plural: false });
    }
  }
  for (const [s, e] of wordMatches(TRAVEL_RE, slice)) {
    const start = span.start + s;
    found.push({ type: 'mission', start, end: span.start + e, kind: slice.slice(s, e), strong: false, determiner: '', plural: false, verb: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Every trigger of the document in one pass per pattern, for callers that then bucket by sentence;
 * `nouns` as for findTriggers (findEventWords).
 */
export function findAllTriggers(text: string, nouns?: readonly Span[]): Trigger[] {
  return findTriggers(text, { start: 0, end: text.length }, nouns);
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * Matches that start a word. The check is done here rather than with a leading lookbehind,
 * which keeps V8 from scanning the alternation at every offset. A match inside a word is
 * passed over with the search resumed one character later, not after it: "Xprotocole d'entente"
 * still holds "entente".
 */
function wordMatches(re: RegExp, text: string): [number, number][] {
  const found: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (startsInsideWord(text, m.index)) re.lastIndex = m.index + 1;
    else {
      if (m[0].length === 0) re.lastIndex++;
      found.push([m.index, m.index + m[0].length]);
    }
  }
  return found;
}

/**
 * True when a trigger noun matched at `at` is the end of a longer word ("Xmission"). Every noun
 * starts with a Latin letter, so a match never starts inside a surrogate pair.
 */
export function startsInsideWord(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  return c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : LETTER.test(text[at - 1]!);
}

/** The matches found beforehand that start a word, as wordMatches keeps them. */
function wordStarts(matches: readonly Span[], text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const m of matches) if (!startsInsideWord(text, m.start)) found.push([m.start, m.end]);
  return found;
}

function agreementTrigger(text: string, start: number, end: number): Trigger | undefined {
  const word = text.slice(start, end);
  if (isAgreementTrap(text, start, end, word)) return undefined;
  const kindEnd = extendKind(text, start, end);
  const lower = word.toLowerCase();
  const strong = /\s/.test(word) || kindEnd > end || /^(?:mou|memorand|accord|entente|agreement)/i.test(lower);
  return {
    type: 'agreement',
    start,
    end,
    kind: text.slice(start, kindEnd),
    strong,
    determiner: determinerBefore(text, start, false, AGREEMENT_NOUN_MODIFIERS),
    plural: isPlural(lower),
  };
}

// "le document", "the text": an agreement only when a signing word is next to it ("qui ont paraphé le document").
// "The letter is to be signed by …", "la lettre sera signée": a letter named before, when a signing word is next to it.
// "The renewal was signed Oct. 2 by …": the agreement renewed, named before.
const DOCUMENT_NOUN = /^(?:documents?|textes?|lettres?|letters?|contrats?|contracts?|renewals?|renouvellements?)$/i;
const DOCUMENT_SIGNED =
  /(?:sign|paraph|ratifi|scell|seal|inked)\p{L}*\s+(?:le|la|ce|cette|the|this)\s+$|^\s+(?:a\s+été\s+|was\s+|were\s+|ont\s+été\s+|is\s+to\s+be\s+|will\s+be\s+|sera\s+|doit\s+être\s+|devrait\s+être\s+)?(?:sign|paraph|ratifi)/iu;

// "jumelée depuis 1968 avec X", "twinned with X since 1974": a participle names a twinning only with the year it began.
const TWINNED = /^(?:jumel(?:é|ée|és|ées|le|les)|twinned)$/iu;
const SINCE_YEAR_AHEAD = /^[^.;:!?]{0,80}?(?:depuis|since)\s+\d{4}(?!\d)/iu;
const CONSENT_OF = /^\s+(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])\p{Lu}/u;
const DOCUMENT_DETERMINER = /(?:^|\s)(?:le|la|ce|cette|the|this)\s+(?:(?:original|previous|first|initial|earlier|première|premier|précédente?|initiale?)\s+)?$/i;

function isAgreementTrap(text: string, start: number, end: number, word: string): boolean {
  if (TWINNED.test(word)) return !SINCE_YEAR_AHEAD.test(text.slice(end, end + 100));
  if (DOCUMENT_NOUN.test(word)) {
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 30);
    // "The original letter was signed in …", "la première lettre": the earlier text, named as such.
    return !(DOCUMENT_SIGNED.test(before) || DOCUMENT_SIGNED.test(after)) || !DOCUMENT_DETERMINER.test(before);
  }
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  const after = text.slice(end, end + 20).toLowerCase();
  // An all-caps word used as a programme or strategy name (démarche ACCORD), not a headline.
  if (word.length > 3 && word === word.toUpperCase() && !isUpperCaseLine(text, start)) return true;
  const accord = /^accord/i.test(word);
  if (accord && /(?:^|[^\p{L}])d['’]\s*$/u.test(before)) return true; // d'accord
  if (accord && /(?:^|[^\p{L}])commun\s+$/u.test(before)) return true; // d'un commun accord
  // "Il faut aussi l'accord de Wallonie-Europe International": a body's consent, not a text between two.
  if (/^accord$/i.test(word) && /(?:^|[^\p{L}])(?:l['’]\s*|son\s+|leur\s+)$/u.test(before) && CONSENT_OF.test(text.slice(end, end + 12))) return true;
  if (accord && /(?:^|[^\p{L}])(?:en|in)\s+$/u.test(before) && /^\s+(?:avec|with)/.test(after)) return true; // en accord avec, in accord with
  if (isAgreeingState(text, start, word)) return true;
  // "avec l'accord de tous les groupes", "with the agreement of the council": consent, not a text.
  if (/^(?:accord|agreement)$/i.test(word) && /(?:^|[^\p{L}])(?:avec\s+l['’]\s*|with\s+the\s+)$/u.test(before) && /^\s+(?:de|du|des|d['’]|of)(?![\p{L}])/u.test(after)) return true;
  if (/^conventions?$/i.test(word) && /^\s+(?:center|centre|hall|bureau)/i.test(after)) return true;
  // "des rencontres de jumelage d'affaires": matchmaking between firms, not a twinning.
  if (/^jumelages?$/i.test(word) && /^\s+(?:d['’](?:entreprises|affaires)|entre\s+(?:les\s+)?entreprises)/iu.test(after)) return true;
  // "the City's sister city committee", "a twinning association": a body named after the tie, not an agreement.
  if (/^(?:sister[- ]cit(?:y|ies)|twinning)$/i.test(word) && SISTER_BODY_AFTER.test(after)) return true;
  // "a memorandum to staff", "an internal memo": a note inside one body, not an agreement between two.
  if (/^m[ée]morand/i.test(word) && (INTERNAL_NOTE_AFTER.test(text.slice(end, end + 40)) || /(?:^|[^\p{L}])(?:internal|interne)\s+$/u.test(before))) return true;
  // "the BIO International Convention", "San Diego Convention": a capitalized name of a gathering or a venue.
  if (/^Conventions?$/u.test(word) && CAPITALIZED_WORD_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !isUpperCaseLine(text, start)) return true;
  return false;
}

const SISTER_BODY_AFTER = /^\s+(?:committee|commission|association|society|club|board|coordinator|officer|liaison)s?(?![\p{L}])/iu;

// "We are in complete agreement on the science", "nous sommes en parfait accord sur ce point": people who agree, not a text.
const AGREEING_STATE_BEFORE = /(?:^|[^\p{L}])(?:in|en)\s+(?:(?:complete|full|broad|general|total|perfect|entire|close|substantial|basic|parfait|plein|total|complet|profond)\s+)?$/iu;

function isAgreeingState(text: string, start: number, word: string): boolean {
  return /^(?:agreement|accord)$/i.test(word) && AGREEING_STATE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

const INTERNAL_NOTE_AFTER =
  /^\s+(?:(?:sent|addressed|circulated|issued)\s+)?(?:to|for)\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?(?:staff|employees|members|personnel|managers|workers|colleagues|board|council|teams?|students|parents|shareholders)\b|^\s+(?:interne|adressée?\s+(?:au|aux)\s+(?:personnel|employés|salariés|agents|membres))/iu;

// The word just before is a capitalized name word, not a sentence start: "International Convention".
const CAPITALIZED_WORD_BEFORE = /(?:^|[^.!?:\n]\s)\p{Lu}[\p{L}\p{N}&'’.-]*\s+$/u;

function missionTrigger(text: string, start: number, end: number): Trigger | undefined {
  const word = text.slice(start, end);
  const lower = word.toLowerCase();
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 40);
  if (isMissionTrap(lower, before, after, text.slice(end, end + 100)) || (/^missions?$/.test(lower) && isPurpose(text.slice(end, end + 100)))) return undefined;
  if ((/^missions?$/.test(lower) && isWorkMission(before, text.slice(end, end + 70))) || isProgrammeStop(lower, text.slice(Math.max(0, start - 160), start))) return undefined;
  if (isGoverningDelegation(lower, before, after) || isStandingPost(lower, before, after)) return undefined;
  const qualAfter = MISSION_QUALIFIER_AFTER.exec(after);
  const qualBefore = MISSION_QUALIFIER_BEFORE.exec(before);
  const kindStart = qualBefore ? start - qualBefore[0].length : start;
  const kindEnd = qualAfter ? end + qualAfter[0].length : end + adjectiveAfter(after);
  return {
    type: 'mission',
    start,
    end,
    kind: text.slice(kindStart, kindEnd),
    strong: Boolean(qualAfter ?? qualBefore),
    determiner: determinerBefore(text, kindStart, true),
    plural: isPlural(lower),
  };
}

// "La mission première d'une mairie, c'est d'écouter", "The mission of a twinning, the mayor said, "is not a photo"",
// "The mission of the board, she added, is first to …": a purpose told with an adjective, an aside or a negation.
const PURPOSE_OF = String.raw`(?:\s+(?:de|d['’]|du|des|of)\s*[^,.;:!?«»"“”]{1,50}?)?`;
const PURPOSE_VERB = String.raw`\s*,?\s*[«"“]?\s*(?:(?:est|était|is|was|c['’]est)\s+(?:(?:d['’]abord|avant\s+tout|surtout|first|firstly|above\s+all)\s+)?(?:de\s|à\s(?!l['’]étude)|to\s|d['’])|(?:n['’]est\s+pas|is\s+not|isn['’]t)\s+(?:de\s|à\s|to\s|d['’]|une?\s|an?\s))`;
const MISSION_IS_PURPOSE_TOLD = new RegExp(
  [
    // "La mission première d'une mairie, c'est d'écouter": an adjective of rank.
    String.raw`^\s+(?:première|premier|first|primary|main|principale?|vraie?|real)${PURPOSE_OF}${PURPOSE_VERB}`,
    // "The mission of the board, she added, is first to …": an aside before the verb.
    String.raw`^${PURPOSE_OF}\s*,\s*[^,.;:!?«»"“”]{1,40}?,${PURPOSE_VERB}`,
    // "La mission d'un comité n'est pas de …", "the mission of a twinning is not a photo".
    String.raw`^${PURPOSE_OF}\s*(?:n['’]est\s+pas|is\s+not|isn['’]t)\s+(?:de\s|à\s|to\s|d['’]|une?\s|an?\s)`,
  ].join('|'),
  'iu',
);

function isPurpose(after: string): boolean {
  return MISSION_IS_PURPOSE.test(after) || MISSION_IS_PURPOSE_TOLD.test(after);
}

// "La mission d'Innovalais est de …", "sa mission consiste à", "the agency's mission was to": a purpose, not a trip.
// "Notre mission, c'est de vendre …", "la mission d'un jumelage, c'est d'abord de durer": the same, told with "c'est".
// "la mission qu'il s'est fixée", "the mission it set itself": a goal someone gave himself.
const MISSION_IS_PURPOSE =
  /^(?:\s+(?:de|d['’]|du|des|of)\s*(?:la\s+|le\s+|l['’]|les\s+|the\s+)?[\p{L}\p{N}’'.-]+(?:\s+[\p{L}\p{N}’'.-]+){0,3}?)?(?:\s+(?:est|était|sera|reste|demeure|consiste|is|was|remains|will\s+be)|\s*,?\s*c['’](?:est|était)(?:\s+(?:d['’]abord|avant\s+tout|surtout|aussi))?)\s+(?:(?:de|à|to)\s|d['’])|^\s+(?:qu['’](?:il|elle|ils|elles|on)\s+s['’](?:est|était|sont|étaient)\s+(?:fixée?s?|donnée?s?|assignée?s?)|(?:that\s+)?(?:it|he|she|they|we)\s+(?:has\s+|have\s+|had\s+)?(?:set|gave|given)\s+(?:itself|himself|herself|themselves|ourselves))(?![\p{L}])/iu;

const DESTINATION_AHEAD = /\s(?:à|au|aux|en)\s+\p{Lu}/u;
const LED_AHEAD = /^[^.;:!?]{0,60}?\s(?:conduite|menée|dirigée|emmenée|pilotée|led|headed)\s+(?:par|by)\s/iu;

const SITE_VISITED =
  /^\s+(?:du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|d['’]une?\s+|of\s+(?:the|a|an)\s+|to\s+(?:the|a|an)\s+)(?:\p{Ll}[\p{L}-]*\s+)?(?:sites?|usines?|entreprises?|exploitations?|campus|chantiers?|laboratoires?|installations?|fermes?|plants?|factory|factories|facility|facilities|laboratory|laboratories|farms?|mines?|hatcher(?:y|ies)|ateliers?|serres?)(?![\p{L}])/iu;

const DELEGATED_POWER =
  /^\s+(?:of|de|d['’])\s*(?:(?:the|la|le|signing|spending|financial|legal|budgetary)\s+)?(?:authorit|power|responsibilit|dut(?:y|ies)|task|competenc|function|management|signature|pouvoir|compétence|service\s+public|services\s+publics|gestion|crédit|attribution|tâche|fonction|maîtrise\s+d['’]ouvrage)/iu;

function isMissionTrap(lower: string, before: string, after: string, ahead: string): boolean {
  // "a pour mission de", "notre mission de rendre", "la mission de l'organisme": a mandate, not a trip.
  // … unless a destination follows: "la mission de la Chambre au Sénégal".
  const mission = /^missions?$/.test(lower);
  // … or it is led by someone ("lors d'une mission de la Commune conduite par la conseillère X"): a trip has a leader.
  if (mission && /^\s+(?:de|d['’]|of)\s+(?:\p{Ll}+er|\p{Ll}+ir|\p{Ll}+re|l['’]|la|notre|votre|to)\b/iu.test(after) && !DESTINATION_AHEAD.test(after) && !LED_AHEAD.test(ahead)) return true;
  if (mission && /(?:pour|comme|our|its|whose)\s+$/i.test(before)) return true;
  if (mission && /^\s+(?:statement|is\s+to)/i.test(after)) return true;
  // "to visit processors", "pour visiter": a verb of the trip's programme, not a trip.
  if (/^visit$/.test(lower) && /(?:^|[^\p{L}])to\s+$/u.test(before)) return true;
  // "une visite du site de Hautcharage", "a visit to the plant": a stop on a programme, not a trip.
  if (/^visit/.test(lower) && SITE_VISITED.test(after)) return true;
  // "visite(z) notre site", "visit our website"
  if (/^visit/.test(lower) && /^\s+(?:notre|our|the|le|la)?\s*(?:site|website|page|www)/i.test(after)) return true;
  // "a delegation of signing authority", "délégation de service public": powers handed down, not a trip.
  if (/^d[ée]l[ée]gations?$/.test(lower) && DELEGATED_POWER.test(after)) return true;
  // Délégation générale du Québec à …, Délégation Wallonie-Bruxelles: an institution.
  if (/^d[ée]l[ée]gation/i.test(lower) && /^\s+(?:générale|generale|permanente|du\s+Québec|du\s+Quebec|Wallonie)/iu.test(after)) return true;
  return false;
}

/** End of the agreement noun phrase: "de coopération", "d'accord de coopération et d'échanges en matière de francophonie". */
function extendKind(text: string, start: number, end: number): number {
  // English adjectives come before the noun; only French ones follow it.
  const english = ENGLISH_NOUN.test(text.slice(start, end));
  let at = end;
  for (let i = 0; i < 6; i++) {
    const rest = text.slice(at, at + 80);
    const step = KIND_PREPOSITION.exec(rest) ?? (english ? null : KIND_ADJECTIVE.exec(rest));
    if (!step) break;
    at += step[0].length;
  }
  return at;
}

const ENGLISH_NOUN = /^(?:memorand|mou|letter|joint|twinning|sister|agreement|partnership|protocol)/i;

// A complement "de coopération", "sur des initiatives communes", "of understanding": a preposition and one to three nouns.
const KIND_PREPOSITION = wordRegex(
  String.raw`^\s+(?:(?:de|du|des|sur|en\s+matière\s+de|portant\s+sur|et\s+de|of|on)\b|d['’]|et\s+d['’])\s*(?:la\s+|l['’]|le\s+|les\s+|des\s+)?(?!(?:la|le|les|l|un|une|deux|ses|son|sa|leur|leurs|the|a|an|ici)\b)\p{Ll}[\p{L}-]+(?:\s+(?!(?:de|du|des|et|à|au|en|entre|avec|par|pour|qui|que|a|ont|est|sont|été|and|with|between|by|for|to|was|were|is|has|have|signed)\b)\p{Ll}[\p{L}-]*(?:ique|iques|ale|ales|aux|el|elle|els|elles|aire|aires|ive|ives|if|ifs|ienne|iennes|oise|oises|aise|aises|ée|ées|é|és|al|ic|ary|ive|ional|ed|e|es)){0,2}\b`,
  'u',
);
// A following adjective: "stratégiques", "économique", "universitaire", "bilateral".
const KIND_ADJECTIVE = wordRegex(
  String.raw`^\s+(?!(?:de|du|des|et|à|au|en|entre|avec|par|pour|qui|que|a|ont|est|sont|été|and|with|between|by|for|to|was|were|is|has|have|signed|signée?s?|signés)\b)\p{Ll}[\p{L}-]*(?:ique|iques|ale|ales|aux|el|elle|els|elles|aire|aires|ive|ives|if|ifs|ienne|iennes|oise|oises|aise|aises|ique|al|ic|ary|ional|ral)\b`,
  'u',
);

function adjectiveAfter(after: string): number {
  const m = /^\s+(?!de\b|du\b|des\b|à\b|au\b|en\b|et\b|a\b|est\b|qui\b|s['’]|to\b|of\b|in\b|and\b|the\b|was\b|is\b)[\p{Ll}][\p{Ll}-]*(?:aise|oise|ienne|ande|aine|ine|ane|ise|que|ale|elle|éenne|ienne|ère)s?(?![\p{L}])/u.exec(after);
  return m ? m[0].length : 0;
}

/**
 * The determiner of the noun, read back over modifiers; with `names`, over capitalized words too
 * ("the Welsh delegation", "the Hawaii delegation": English names and demonyms come before the noun).
 */
function determinerBefore(text: string, start: number, names = false, nounModifiers?: ReadonlySet<string>): string {
  const from = Math.max(0, start - 50);
  const original = text.slice(from, start);
  const before = original.toLowerCase();
  // Lower-casing may change a length ("İ"): names are then not read, the offsets would not match.
  const readNames = names && before.length === original.length;
  // "le projet de convention", "the draft agreement": the draft's determiner is the agreement's.
  const draft = before.includes('projet') || before.includes('draft') ? DRAFT_OF.exec(before) : null;
  // The last four words (runs of letters and apostrophes), read backwards from the noun.
  let end = draft ? draft.index + draft[1]!.length : before.length;
  let afterNounModifier = false;
  for (let n = 0; n < 4; n++) {
    const gapEnd = end;
    while (end > 0 && !isWordUnitBefore(before, end)) end -= unitBefore(before, end);
    if (end === 0) break;
    // "the 2015 friendship agreement": a noun modifier counts only right after its determiner.
    if (afterNounModifier && before.slice(end, gapEnd).trim() !== '') return '';
    let wordStart = end;
    while (wordStart > 0 && isWordUnitBefore(before, wordStart)) wordStart -= unitBefore(before, wordStart);
    const w = before.slice(wordStart, end).replace("'", '’');
    const capitalized = readNames && UPPER_START.test(original.slice(wordStart, end));
    end = wordStart;
    const apostrophe = w.indexOf('’');
    // "l’accord" → "l’", "d’un accord" → "un".
    const word = apostrophe < 0 ? w : apostrophe === w.length - 1 ? w : w.slice(apostrophe + 1);
    if (MODIFIERS.has(word)) continue;
    if (nounModifiers?.has(word)) {
      afterNounModifier = true;
      continue;
    }
    if (DETERMINERS.has(word)) return word;
    if (!capitalized) return '';
  }
  return '';
}

const UPPER_START = /^\p{Lu}/u;
// Tried only on a text holding "projet" or "draft": the forward search tests [^\p{L}] at every offset.
const DRAFT_OF = /(^|[^\p{L}])(?:(?:avant-)?projets?\s+(?:de\s+|d['’]\s*)|drafts?\s+)$/u;

const WORD_UNIT = /^[\p{L}'’]$/u;

/** True when the code point ending at `at` is a letter or an apostrophe. */
function isWordUnitBefore(s: string, at: number): boolean {
  const c = s.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27;
  return WORD_UNIT.test(s.slice(at - unitBefore(s, at), at));
}

/** Length (1 or 2) of the code point ending at `at`. */
function unitBefore(s: string, at: number): number {
  const c = s.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && at >= 2 && isHighSurrogate(s.charCodeAt(at - 2)) ? 2 : 1;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

const DETERMINERS = new Set([
  'un', 'une', 'des', 'de', 'd’', 'le', 'la', 'les', 'l’', 'du', 'au', 'aux',
  'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre',
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our',
]);

// Words that may sit between a determiner and the noun ("ce nouveau partenariat", "two memorandums").
const MODIFIERS = new Set([
  'nouvel', 'nouveau', 'nouvelle', 'nouveaux', 'nouvelles', 'premier', 'première', 'deux', 'trois', 'plusieurs',
  'important', 'importante', 'grand', 'grande', 'véritable', 'new', 'first', 'two', 'three', 'several', 'similar',
  'historic', 'historique', 'formal', 'bilateral', 'joint', 'major', 'second', 'seconde',
  // "the renewed MOU", "the original agreement", "l'ancienne charte": the agreement already known.
  'renewed', 'revised', 'updated', 'original', 'previous', 'former', 'earlier', 'initial', 'initiale',
  'renouvelé', 'renouvelée', 'révisé', 'révisée', 'ancien', 'ancienne', 'précédent', 'précédente',
  // "On the same trip", "lors de ce même séjour": the trip already told, read by its determiner.
  'same', 'même', 'mêmes',
  // "the 14-member delegation", "a 30-strong delegation".
  'member', 'strong', 'person',
  // "the three-year MOU", "a five-day mission", "a long-term agreement": read word by word across the hyphen.
  'one', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'year', 'month', 'week', 'day', 'decade', 'long', 'term',
]);

// English nouns that name an agreement's purpose before it: "the friendship agreement" is as definite as "the agreement".
const AGREEMENT_NOUN_MODIFIERS = new Set([
  'friendship', 'partnership', 'cooperation', 'operation', 'collaboration', 'twinning', 'sister', 'city', 'cities',
  'town', 'exchange', 'framework', 'link', 'linking', 'cultural', 'economic', 'academic', 'proposed', 'planned', 'draft',
]);

// The first word ends in s or x (aux included), read by char code: regexes per trigger cost more.
function isPlural(lower: string): boolean {
  const space = lower.search(WHITESPACE);
  const last = lower.charCodeAt((space < 0 ? lower.length : space) - 1);
  return (last === 115 || last === 120) && !lower.startsWith('procès') && lower !== 'mou' && lower !== 'mous';
}
const WHITESPACE = /\s/;

// A line is judged within this many chars of the word each way; a longer line by the fixed
// window of LINE_WINDOW chars holding the word, so a 1 MB single line costs no full scan per word.
const LINE_WINDOW = 1000;

function isUpperCaseLine(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && at - s < LINE_WINDOW && text[s - 1] !== '\n') s--;
  let e = at;
  while (e < text.length && e - at < LINE_WINDOW && text[e] !== '\n') e++;
  if (e - s >= 2 * LINE_WINDOW) {
    s = at - (at % LINE_WINDOW);
    e = Math.min(text.length, s + LINE_WINDOW);
  }
  // Letters and lower-case letters counted in UTF-16 units, code point by code point.
  let letters = 0;
  let lower = 0;
  for (let i = s; i < e; ) {
    const c = text.charCodeAt(i);
    const size = isHighSurrogate(c) && i + 1 < e && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) { letters++; lower++; }
      else if (c >= 0x41 && c <= 0x5a) letters++;
    } else {
      const ch = text.slice(i, i + size);
      if (LETTER_CHAR.test(ch)) {
        letters += size;
        if (LOWER_CHAR.test(ch)) lower += size;
      }
    }
    i += size;
  }
  return letters > 0 && lower / letters < 0.1;
}

const LETTER_CHAR = /^\p{L}$/u;
const LOWER_CHAR = /^\p{Ll}$/u;

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
