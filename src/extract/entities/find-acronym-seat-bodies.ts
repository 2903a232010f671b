import { UPPER_STOP_WORDS } from '../lexicons/org-stop-words.js';
import { ROLE_WORDS } from '../lexicons/people-titles.js';
import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { isGivenName, isNameWord } from './word-classes.js';

/*
 * "le SIRVA du Korrowa", "la MJT de Brelland", "du CRLV de Korrowa": in French a body known by
 * its initials is named with the place it serves, after an article, as its spelled-out
 * head would be ("le syndicat intercommunal … du Korrowa"). The all-caps rule takes the
 * initials alone; this takes the place with them. Not after a noun ("le site ACME de X":
 * a company's plant) nor for a role or a common noun in capitals ("CEO", "PME").
 */

const ARTICLES = new Set(['le', 'la', "l'", 'du', 'au']);
const LINKS = new Set(['de', 'du', "d'"]);
const MIN_LETTERS = 2;
const MAX_LETTERS = 5;
// Common nouns written in capitals: small firms, schools, jobs, not one body; and a town's plans and zones ("le PLU de X",
// "la ZAC de X", "le SCOT de X"), documents and areas, not bodies.
const COMMON_INITIALS = new Set([
  'pme', 'tpe', 'eti', 'ong', 'pdg', 'ceo', 'dg', 'rh', 'tva', 'btp',
  'plu', 'plui', 'pos', 'scot', 'padd', 'oap', 'pcaet', 'ppri', 'pprn', 'zac', 'za', 'zi', 'zae', 'zup', 'zus', 'qpv',
]);

/** ORG candidates "ACRONYM de Place" after a French article. */
export function findAcronymSeatBodies(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  if (a.language !== 'fr' || !a.hasUpper) return out;
  const t = a.tokens;
  for (let i = 1; i + 2 < t.length; i++) {
    const tok = t[i]!;
    if (!tok.isUpper || !isBareInitials(tok) || a.inHeadline[i] || !ARTICLES.has(t[i - 1]!.fold) || !LINKS.has(t[i + 1]!.fold) || t[i + 1]!.isCap) continue;
    const name = t[i + 2]?.fold === 'la' && t[i + 1]!.fold === 'de' && !t[i + 2]!.isCap ? i + 3 : t[i + 2]?.fold === "l'" ? i + 3 : i + 2;
    const place = t[name];
    if (!isNameWord(place) || place!.isUpper || place!.lineStart || place!.sentenceStart || (isGivenName(place) && isNameWord(t[name + 1]))) continue;
    out.push({ type: 'ORG', start: i, end: name + 1, priority: 6, confidence: 0.7 });
  }
  return out;
}

function isBareInitials(tok: Token): boolean {
  const n = tok.text.length;
  if (n < MIN_LETTERS || n > MAX_LETTERS || UPPER_STOP_WORDS.has(tok.fold) || COMMON_INITIALS.has(tok.fold) || ROLE_WORDS.has(tok.fold)) return false;
  for (let k = 0; k < n; k++) {
    const c = tok.text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
