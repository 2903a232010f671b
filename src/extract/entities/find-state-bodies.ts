import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { isNameWord } from './word-classes.js';

// Capitalized, these name the government of the place that follows ("l'État de Fribourg",
// "la Province de Namur"); in lower case they mean the territory or the state in general.
const STATE_HEADS = new Set(['etat', 'province', 'canton']);
// The link before the place ("de", "of"); the same word before the head makes it a complement
// of another name ("conseiller d'État", "Chancellerie d'État de …").
// Compass points that name a province by themselves ("Province Sud").
const COMPASS = new Set(['nord', 'sud', 'est', 'ouest']);
const LINKS = new Set(['de', 'du', "d'", 'des', 'of']);

/**
 * ORG candidates for a state, province or canton named as a body: a capitalized "État",
 * "Province" or "Canton", then "de/du" and a place the gazetteer knows ("l'État du
 * Sénégal", "la Province de Liège", "the Province of Utrecht"), as "Région Occitanie" names
 * the regional council.
 */
export function findStateBodies(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  if (!a.text.includes('tat ') && !a.text.includes('rovince ') && !a.text.includes('anton ') && !a.text.includes('Confédération')) return out;
  for (let i = 0; i + 1 < t.length; i++) {
    const tok = t[i]!;
    // "la République et canton de Genève": a Swiss canton's full style, "canton" in either case.
    const republic = tok.fold === 'canton' && t[i - 1]?.fold === 'et' && t[i - 2]?.fold === 'republique' && t[i - 2]!.isCap;
    const compass = tok.fold === 'province' && COMPASS.has(t[i + 1]?.fold ?? '');
    if (isBareConfederation(t, i)) { out.push({ type: 'ORG', start: i, end: i + 1, priority: 6, confidence: 0.65 }); continue; }
    if ((!tok.isCap && !republic && !compass) || tok.isUpper || !STATE_HEADS.has(tok.fold) || LINKS.has(t[i - 1]?.fold ?? '')) continue;
    // "la Province Sud", "la province Nord": a province named by its compass point, as "Région Sud".
    if (compass && t[i + 1]!.isCap && !t[i + 1]!.lineStart && !isNameWord(t[i + 2])) {
      out.push({ type: 'ORG', start: i, end: i + 2, priority: 8, confidence: 0.7 });
      continue;
    }
    const end = placeComplementEnd(a, i + 1);
    if (end > 0) out.push({ type: 'ORG', start: republic ? i - 2 : i, end, priority: republic ? 8 : 7, confidence: 0.75 });
  }
  return out;
}

/**
 * "la Confédération déconseille …", "auprès de la Confédération": capitalized after its
 * article and with no complement of its own, the federal state as a body ("Confédération
 * des syndicats", "Confédération Générale des X" are other names, read by the head rule).
 */
function isBareConfederation(t: readonly Token[], i: number): boolean {
  const tok = t[i]!;
  if (tok.fold !== 'confederation' || !tok.isCap || tok.isUpper || tok.lineStart || t[i - 1]?.fold !== 'la') return false;
  const next = t[i + 1];
  return next === undefined || next.lineStart || (!next.isCap && !LINKS.has(next.fold) && next.fold !== 'suisse' && next.fold !== 'helvetique' && next.fold !== 'canadienne');
}

/** End of "de/du + place" at j ("de la Haute-Savoie" too), or -1 when no known place follows. */
function placeComplementEnd(a: Analysis, j: number): number {
  const t = a.tokens;
  if (!isLink(t[j]) || t[j + 1]?.lineStart) return -1;
  let k = j + 1;
  if ((t[k]?.fold === 'la' || t[k]?.fold === "l'") && !t[k]!.isCap) k++;
  if (!a.inPlace[k] || !isNameWord(t[k])) return -1;
  while (k < t.length && a.inPlace[k] && isNameWord(t[k]) && !t[k]!.lineStart) k++;
  return k;
}

function isLink(tok: Token | undefined): boolean {
  return tok !== undefined && !tok.isCap && LINKS.has(tok.fold);
}
