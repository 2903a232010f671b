import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';

// The links before a parent body's acronym: "de l'UNVAL", "de la FQPX", "du CRIV".
const OWNER_LINKS: ReadonlyMap<string, readonly string[]> = new Map([["l'", ['de']], ['la', ['de']], ['du', []], ['des', []]]);
const COMPLEMENT_LINKS = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'sur', 'en', 'et', 'pour', 'aux', 'au']);

/**
 * "le Centre de recherche sur la forêt boréale de l'UNVAL": a unit named by its own remit,
 * then the parent body that the text names by its acronym alone elsewhere ("l'UNVAL a
 * signé"): the unit's name ends before its parent. An acronym that only heads a longer name
 * ("la MRC de Vallon … le Centre local de développement de la MRC") is no parent's name.
 */
export function endBeforeOwnerAcronym(a: Analysis, c: Candidate): Candidate {
  const t = a.tokens;
  const acronym = t[c.end - 1];
  if (c.type !== 'ORG' || acronym === undefined || !isAcronymWord(acronym)) return c;
  const cut = ownerLinkStart(t, c.end - 2);
  if (cut < 0 || cut - c.start < 3 || !hasLowerComplement(t, c.start, cut)) return c;
  return standsAlone(t, acronym.fold, c) ? { ...c, end: cut } : c;
}

/** Where "de l'", "de la", "du" or "des" before the acronym starts, or -1. */
function ownerLinkStart(t: readonly Token[], last: number): number {
  const link = t[last];
  if (link === undefined || link.isCap) return -1;
  const before = OWNER_LINKS.get(link.fold);
  if (before === undefined) return -1;
  if (before.length === 0) return last;
  return t[last - 1] !== undefined && !t[last - 1]!.isCap && before.includes(t[last - 1]!.fold) ? last - 1 : -1;
}

/** A lower-case noun after the head: "de recherche", "sur la forêt". */
function hasLowerComplement(t: readonly Token[], start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) if (t[k]!.isWord && !t[k]!.isCap && !COMPLEMENT_LINKS.has(t[k]!.fold)) return true;
  return false;
}

/** Elsewhere the acronym is written alone, never as the head of a longer name: the parent's whole name. */
function standsAlone(t: readonly Token[], fold: string, c: Candidate): boolean {
  let alone = false;
  for (let k = 0; k < t.length; k++) {
    if ((k >= c.start && k < c.end) || t[k]!.fold !== fold || !isAcronymWord(t[k]!)) continue;
    if (HEAD_LINKS.has(t[k + 1]?.fold ?? '')) return false;
    alone = true;
  }
  return alone;
}
const HEAD_LINKS = new Set(['de', 'du', 'des', "d'"]);

function isAcronymWord(tok: Token): boolean {
  return tok.isUpper && tok.isWord && tok.end - tok.start >= 3;
}
