import type { EventType, Span } from '../types.js';

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
}

const L = "[\\p{L}\\p{M}]";
const AP = "['’]";

// Agreement nouns. Order matters: longer phrases first so the alternation takes them.
const AGREEMENT_FR = [
  `protocoles?\\s+d${AP}(?:accord|entente)`,
  `protocoles?\\s+de\\s+(?:coopération|collaboration|partenariat|jumelage)`,
  `m[ée]moires?\\s+d${AP}entente`,
  `m[ée]morandums?(?:\\s+d${AP}entente)?`,
  `lettres?\\s+d${AP}intention`,
  `d[ée]clarations?\\s+(?:commune|conjointe)s?`,
  `chartes?\\s+(?:de\\s+(?:la\\s+)?(?:coopération\\s+de\\s+|convention\\s+de\\s+)?)?jumelage`,
  `accords?-cadres?`,
  `accords?`,
  `ententes?`,
  `conventions?`,
  `jumelages?`,
  `partenariats?`,
  `procès-verba(?:l|ux)`,
  `chartes?`,
];
const AGREEMENT_EN = [
  `memorand(?:um|ums|a)\\s+of\\s+understanding`,
  `memorand(?:um|ums|a)`,
  `MOUs?|MoUs?`,
  `letters?\\s+of\\s+intent`,
  `joint\\s+declarations?`,
  `twinning(?:\\s+agreements?)?`,
  `sister[- ]cit(?:y|ies)(?:\\s+agreements?)?`,
  `agreements?`,
  `accords?`,
  `partnerships?`,
  `protocols?`,
];
const MISSION = [
  `missions?`,
  `d[ée]l[ée]gations?`,
  `visites?`,
  `séjours?`,
  `delegations?`,
  `visits?`,
  `trips?`,
];

const AGREEMENT_RE = new RegExp(`(?<!${L})(?:${[...AGREEMENT_FR, ...AGREEMENT_EN].join('|')})(?!${L})`, 'giu');
const MISSION_RE = new RegExp(`(?<!${L})(?:${MISSION.join('|')})(?!${L})`, 'giu');

/** Qualifiers that make a mission noun an event on their own (trade mission, mission économique). */
const MISSION_QUALIFIER_AFTER =
  /^\s+(?:économiques?|commerciales?|exploratoires?|de\s+prospection|d['’]affaires|officielles?|ministérielles?|régionales?|de\s+travail|d['’]étude|diplomatiques?|institutionnelles?|technologiques?|de\s+coopération|multisectorielles?)(?![\p{L}])/iu;
const MISSION_QUALIFIER_BEFORE =
  /(?:trade|business|economic|investment|commercial|official|diplomatic|exploratory|fact-finding|state)\s+$/iu;

/** Every agreement or mission noun in [start, end) of text, traps removed. */
export function findTriggers(text: string, span: Span): Trigger[] {
  const slice = text.slice(span.start, span.end);
  const found: Trigger[] = [];
  for (const m of slice.matchAll(AGREEMENT_RE)) {
    const t = agreementTrigger(text, span.start + m.index, span.start + m.index + m[0].length);
    if (t) found.push(t);
  }
  for (const m of slice.matchAll(MISSION_RE)) {
    const t = missionTrigger(text, span.start + m.index, span.start + m.index + m[0].length);
    if (t) found.push(t);
  }
  return found.sort((a, b) => a.start - b.start);
}

function agreementTrigger(text: string, start: number, end: number): Trigger | undefined {
  const word = text.slice(start, end);
  if (isAgreementTrap(text, start, end, word)) return undefined;
  const kindEnd = extendKind(text, end);
  const lower = word.toLowerCase();
  const strong = /\s/.test(word) || kindEnd > end || /^(?:mou|memorand|accord|entente|agreement)/i.test(lower);
  return {
    type: 'agreement',
    start,
    end,
    kind: text.slice(start, kindEnd),
    strong,
    determiner: determinerBefore(text, start),
    plural: isPlural(lower),
  };
}

function isAgreementTrap(text: string, start: number, end: number, word: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  const after = text.slice(end, end + 20).toLowerCase();
  // An all-caps word used as a programme or strategy name (démarche ACCORD), not a headline.
  if (word.length > 3 && word === word.toUpperCase() && !isUpperCaseLine(text, start)) return true;
  if (/(?:^|[^\p{L}])d['’]\s*$/u.test(before) && /^accord/i.test(word)) return true; // d'accord
  if (/(?:^|[^\p{L}])en\s+$/u.test(before) && /^\s+avec/.test(after) && /^accord/i.test(word)) return true; // en accord avec
  if (/^accords?$/i.test(word) && /^\s+(?:sur\s+le\s+commerce|de\s+libre[- ]échange)/i.test(after)) return false;
  if (/^conventions?$/i.test(word) && /^\s+(?:center|centre|hall|bureau)/i.test(after)) return true;
  if (/^(?:in|with)\s+$/.test(before.slice(-5)) && /^accordance/.test(after)) return true;
  return false;
}

function missionTrigger(text: string, start: number, end: number): Trigger | undefined {
  const word = text.slice(start, end);
  const lower = word.toLowerCase();
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 40);
  if (isMissionTrap(lower, before, after)) return undefined;
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
    determiner: determinerBefore(text, kindStart),
    plural: isPlural(lower),
  };
}

function isMissionTrap(lower: string, before: string, after: string): boolean {
  // "a pour mission de", "notre mission de rendre", "la mission de l'organisme": a mandate, not a trip.
  if (/^missions?$/.test(lower) && /^\s+(?:de|d['’]|of)\s+(?:\p{Ll}+er|\p{Ll}+ir|\p{Ll}+re|l['’]|la|notre|votre|to)\b/iu.test(after)) return true;
  if (/(?:pour|comme|our|its|whose)\s+$/i.test(before) && /^missions?$/.test(lower)) return true;
  if (/^missions?$/.test(lower) && /^\s+(?:statement|is\s+to)/i.test(after)) return true;
  // "visite(z) notre site", "visit our website"
  if (/^visit/.test(lower) && /^\s+(?:notre|our|the|le|la)?\s*(?:site|website|page|www)/i.test(after)) return true;
  // Délégation générale du Québec à …, Délégation Wallonie-Bruxelles: an institution.
  if (/^d[ée]l[ée]gation/i.test(lower) && /^\s+(?:générale|generale|permanente|du\s+Québec|du\s+Quebec|Wallonie)/iu.test(after)) return true;
  if (/^d[ée]l[ée]gation/i.test(lower) && /^\s+(?:de\s+l['’]|du\s+|de\s+la\s+)?\p{Lu}[\p{L}-]*\s+(?:à|au|en)\s+\p{Lu}/u.test(after) && /(?:la|à\s+la|de\s+la)\s+$/i.test(before) === false) return false;
  return false;
}

/** End of the agreement noun phrase: "de coopération", "d'accord de coopération et d'échanges en matière de francophonie". */
function extendKind(text: string, end: number): number {
  const rest = text.slice(end, end + 120);
  const m = /^(?:\s+(?:(?:de|d['’]|du|des|sur|en\s+matière\s+de|portant\s+sur|et\s+d['’]|et\s+de|of|on|for|to)\s*(?:la\s+|l['’]|le\s+|les\s+)?)?(?:[\p{Ll}][\p{L}-]*|[\p{Lu}][\p{L}-]*(?=\s+(?:portant|de|du)))){0,6}/u.exec(rest);
  if (!m) return end;
  return end + trimKindTail(m[0]);
}

const KIND_STOP = /\s+(?:entre|avec|between|with|by|par|a|ont|est|sont|was|were|is|has|have|qui|que|signé|signée|signés|signées|signed|and|et|au|aux|à|in|at|le|la|les|un|une|pour|afin)(?:\s.*)?$/iu;

function trimKindTail(phrase: string): number {
  let p = phrase;
  for (let i = 0; i < 8; i++) {
    const cut = p.replace(KIND_STOP, '').replace(/\s+(?:de|d['’]|du|des|sur|en|of|on|for|to|et)\s*$/iu, '');
    if (cut === p) break;
    p = cut;
  }
  return p.length;
}

function adjectiveAfter(after: string): number {
  const m = /^\s+(?!de\b|du\b|des\b|à\b|au\b|en\b|et\b|a\b|est\b|qui\b|s['’]|to\b|of\b|in\b|and\b|the\b|was\b|is\b)[\p{Ll}][\p{Ll}-]*(?:aise|oise|ienne|ande|aine|ine|ane|ise|que|ale|elle|éenne|ienne|ère)s?(?![\p{L}])/u.exec(after);
  return m ? m[0].length : 0;
}

function determinerBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = /(?:^|[^\p{L}])((?:\p{L}+['’]|\p{L}+\s+){1,2})$/u.exec(before);
  if (!m) return '';
  const words = m[1]!.trim().toLowerCase().split(/\s+/);
  // Skip numerals and adjectives that sit between the determiner and the noun.
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/['’]$/, '’');
    if (DETERMINERS.has(w)) return w;
  }
  return '';
}

const DETERMINERS = new Set([
  'un', 'une', 'des', 'deux', 'trois', 'plusieurs', 'nouvel', 'nouveau', 'nouvelle', 'nouveaux', 'nouvelles',
  'le', 'la', 'les', 'l’', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre',
  'du', 'au', 'aux', 'd’', 'de',
  'a', 'an', 'two', 'three', 'several', 'new', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their',
  'our', 'similar',
]);

/** Determiners that point back to something already named. */
export const ANAPHORIC = new Set([
  'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre',
  'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'le', 'la', 'les', 'l’', 'du', 'au', 'aux', 'the',
]);

function isPlural(lower: string): boolean {
  return /(?:s|aux|x)$/.test(lower.split(/\s+/)[0] ?? '') && !/^(?:procès|mous?$)/.test(lower);
}

function isUpperCaseLine(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && text[s - 1] !== '\n') s--;
  let e = at;
  while (e < text.length && text[e] !== '\n') e++;
  const line = text.slice(s, e);
  const letters = line.replace(/[^\p{L}]/gu, '');
  const lowerCount = letters.replace(/[^\p{Ll}]/gu, '').length;
  return letters.length > 0 && lowerCount / letters.length < 0.1;
}
