import type { PlaceEntry, PlaceIndex } from '../gazetteer/place-index.js';
import type { WordToken } from './word-tokens.js';
import { isGapAfter } from './word-tokens.js';

/*
 * "THUNDER BAY, Ont. —", "Shreveport, La.": North American newsrooms write the province or
 * state after a town in its press abbreviation. Alone most of these are words ("Man.",
 * "Miss.", "Wash."), so one counts only right after a place the rules took, a comma between,
 * its dot after.
 */

// Abbreviation key → the gazetteer key of the subdivision it stands for.
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ont', 'ontario'], ['que', 'quebec'], ['man', 'manitoba'], ['sask', 'saskatchewan'], ['alta', 'alberta'],
  ['nfld', 'newfoundland and labrador'],
  ['ala', 'alabama'], ['ariz', 'arizona'], ['ark', 'arkansas'], ['calif', 'california'], ['colo', 'colorado'],
  ['conn', 'connecticut'], ['del', 'delaware'], ['fla', 'florida'], ['ill', 'illinois'],
  ['ind', 'indiana'], ['kan', 'kansas'], ['ky', 'kentucky'], ['la', 'louisiana'], ['md', 'maryland'],
  ['mass', 'massachusetts'], ['mich', 'michigan'], ['minn', 'minnesota'], ['miss', 'mississippi'], ['mo', 'missouri'],
  ['mont', 'montana'], ['neb', 'nebraska'], ['nev', 'nevada'], ['okla', 'oklahoma'], ['ore', 'oregon'],
  ['pa', 'pennsylvania'], ['tenn', 'tennessee'], ['tex', 'texas'], ['vt', 'vermont'], ['va', 'virginia'],
  ['wash', 'washington state'], ['wis', 'wisconsin'], ['wyo', 'wyoming'],
]);

export interface AbbreviatedSubdivision {
  /** The abbreviation's token. */
  readonly at: number;
  readonly entry: PlaceEntry;
}

/** Province and state abbreviations right after a place (`placeEnds`: 1 at each place's last token). */
export function findAbbreviatedSubdivisions(text: string, tokens: readonly WordToken[], placeEnds: Uint8Array, index: PlaceIndex): AbbreviatedSubdivision[] {
  const found: AbbreviatedSubdivision[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.capitalized || token.allCaps || placeEnds[i - 1] !== 1 || text.charCodeAt(token.end) !== DOT) continue;
    const full = ABBREVIATIONS.get(token.key);
    if (!full || !isGapAfter(text, tokens, i - 1, ', ')) continue;
    const entry = index.byKey.get(full)?.entries.find((e) => e.kind === 'subdivision');
    if (entry) found.push({ at: i, entry });
  }
  return found;
}
const DOT = 46;
