import { FOREIGN_COORDINATORS, FOREIGN_HEADS_NEEDING_COMPLEMENT, FOREIGN_NAME_LINKS, GERMANIC_LINKS, GERMANIC_SLAVIC_HEADS } from '../lexicons/foreign-org-heads.js';
import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { FOREIGN_HEAD } from './word-lists.js';
import { isHeadWord, isNameWord } from './word-classes.js';

const MAX_NAME_TOKENS = 14;
// Links in a row ("y de", "e della") before the next capitalized word.
const MAX_LINKS = 2;

/**
 * ORG candidates opened by a Portuguese, Spanish, Italian or German head noun and completed
 * by capitalized words and that language's links: "Câmara Municipal de Braga", "Universidad
 * de Sevilla", "Comune di Torino", "Stadt Wendelfeld", "Instituto Tecnológico y de Estudios Superiores".
 */
export function findForeignHeadOrgs(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (!(a.listsInText & FOREIGN_HEAD)) return out;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (!(tok.lists & FOREIGN_HEAD) || !tok.isCap || tok.isUpper || a.inHeadline[i]) continue;
    const end = foreignExtent(t, i);
    if (end > i + 1) {
      out.push({ type: 'ORG', start: honorificStart(t, i), end, priority: 7, confidence: 0.8 });
      i = end - 1;
    }
  }
  return out;
}

/**
 * "el H. Ayuntamiento de X", "la Ilustre Municipalidad de X": the honorific a Spanish-speaking
 * council is styled with opens its name (spelt out, or as the capital initial and a point).
 */
function honorificStart(t: readonly Token[], i: number): number {
  const prev = t[i - 1];
  if (prev === undefined || prev.lineStart) return i;
  if (prev.isCap && BODY_HONORIFICS.has(prev.fold)) return i - 1;
  const initial = t[i - 2];
  const isInitial = prev.text === '.' && initial !== undefined && !initial.lineStart && INITIAL_HONORIFICS.has(initial.text) && initial.end === prev.start;
  // "Juan H. Ayuntamiento": after a capitalized word mid-sentence the initial is a person's.
  const before = t[i - 3];
  const afterName = before !== undefined && (before.isCap || before.text === '.') && !before.sentenceStart;
  return isInitial && !afterName ? i - 2 : i;
}
const BODY_HONORIFICS = new Set(['ilustre', 'honorable', 'excelentisimo', 'excelentisima', 'ilustrisimo', 'ilustrisima']);
// H. (Honorable), I. (Ilustre).
const INITIAL_HONORIFICS = new Set(['H', 'I']);

/** End (exclusive) of the name whose head is at i, or i + 1 when no proper complement follows. */
function foreignExtent(t: readonly Token[], i: number): number {
  let j = i + 1;
  let last = i + 1;
  let linked = false;
  const germanic = GERMANIC_SLAVIC_HEADS.has(t[i]!.fold);
  while (j < t.length && j - i < MAX_NAME_TOKENS) {
    const tok = t[j]!;
    if (tok.sentenceStart || tok.lineStart) break;
    if ((isNameWord(tok) || (isEclipsed(tok) && isLink(t[j - 1]!))) && !tok.isUpper) { j++; last = j; continue; }
    if (germanic && !GERMANIC_LINKS.has(tok.fold)) break;
    const next = linkTarget(t, j);
    if (next < 0) break;
    linked = true;
    j = next;
  }
  if (FOREIGN_HEADS_NEEDING_COMPLEMENT.has(t[i]!.fold) && !linked) return i + 1;
  return last;
}

/** Where the name goes on after the links at j ("de", "y de", "della"), or -1. */
function linkTarget(t: readonly Token[], j: number): number {
  let k = j;
  while (k < t.length && k < j + MAX_LINKS && isLink(t[k]!)) k++;
  const target = t[k];
  if (k === j || !target || target.sentenceStart || target.lineStart) return -1;
  // "Universidad de La Laguna", "Universidad de Los Andes": the place's own article, capitalized, opens it.
  if (isPlaceArticle(target) && isNameWord(t[k + 1]) && !t[k + 1]!.isUpper && !t[k + 1]!.lineStart) return k + 1;
  if (!(isNameWord(target) || isEclipsed(target))) return -1;
  // "Consell Regulador de la DO Montsant": a capitals label linked in goes on into the name after it.
  if (target.isUpper) {
    const after = t[k + 1];
    return isNameWord(after) && !after!.isUpper && !after!.lineStart ? k + 1 : -1;
  }
  // "… de Sevilla y la Universidad de Cádiz": a coordinator before a new head opens a second name.
  if (FOREIGN_COORDINATORS.has(t[j]!.fold) && (isHeadWord(target) || (target.lists & FOREIGN_HEAD) !== 0)) return -1;
  return k;
}

function isPlaceArticle(tok: Token): boolean {
  return tok.isCap && !tok.isUpper && PLACE_ARTICLES.has(tok.fold);
}
const PLACE_ARTICLES = new Set(['la', 'las', 'los', 'el', 'le', 'les', 'lo', 'il']);

/** An Irish name after "na" whose capital follows its eclipsis ("na nGall", "na bhFear"). */
function isEclipsed(tok: Token): boolean {
  return tok.isWord && !tok.isCap && ECLIPSED.test(tok.text);
}
const ECLIPSED = /^(?:n|bh|dt|gc|mb|ng|bp|h|t)\p{Lu}/u;

function isLink(tok: Token): boolean {
  return tok.isWord && !tok.isCap && FOREIGN_NAME_LINKS.has(tok.fold);
}
