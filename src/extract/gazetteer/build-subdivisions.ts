/**
 * Generates subdivisions-data.json, the first-level subdivisions of every country (states
 * of India, departments of Benin, counties of England and Ireland, …), run by hand when
 * the input changes:
 *   npm pack country-region-data && tar xzf country-region-data-*.tgz
 *   npx tsx src/extract/gazetteer/build-subdivisions.ts package/data.json
 * Input: the npm package country-region-data (MIT, © Benjamin Keen; ~4,400 regions of
 * 249 countries, English or local names). Kept out of the dependencies: we need 90 KB of
 * its 340 KB, read once.
 * Countries whose package list is out of date are completed from subdivisions-update.ts.
 * Output rows `[country, [name, alias…], flag]`, flag 1 when every word of the name is an
 * ordinary French or English word or a given name ("Plateau", "Kerry", "Mayo"): such a
 * name needs a cue. Names made of compass and generic words only ("Central", "Nord-Ouest",
 * "Eastern") are left out: without their country they name nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';
import frNlp from 'fr-compromise';
import { normalizeName } from './normalize-name.js';
import { SUBDIVISION_UPDATES } from './subdivisions-update.js';

interface Country {
  readonly countryShortCode: string;
  readonly regions: readonly { readonly name: string }[];
}

type Lexicon = Record<string, string | string[]>;
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PROPER_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Person', 'LastName', 'Organization', 'SportsTeam', 'ProperNoun', ...NAME_TAGS]);
// Words that, alone or together, name no place without their country.
const GENERIC = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center', 'middle',
  'upper', 'lower', 'nord', 'sud', 'est', 'ouest', 'centrale', 'capital', 'federal', 'district', 'region', 'province',
  'city', 'town', 'island', 'islands', 'coast', 'lakes', 'interior', 'littoral', 'plateau', 'plateaux', 'highlands',
  'maritime', 'savanes', 'lacs', 'grand', 'greater', 'of', 'and', 'the', 'de', 'du', 'la', 'le', 'des',
]);
// Category words written after some names ("Collines Department"): the name is also used without them.
const TRAILING_KIND = /\s+(?:Department|Province|Region|Governorate|District|Municipality|County|Oblast|oblast)$/;

const lexicons = [nlp, frNlp].map((lib) => (lib as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon);
const common = new Set<string>();
const given = new Set<string>();
for (const lexicon of lexicons) {
  for (const [word, value] of Object.entries(lexicon)) {
    const tags = Array.isArray(value) ? value : [value];
    const key = normalizeName(word);
    if (tags.some((t) => NAME_TAGS.has(t))) given.add(key);
    else if (!tags.some((t) => PROPER_TAGS.has(t))) common.add(key);
  }
}

function forms(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.replace(/\s*\([^)]*\)/g, '').split('/')) {
    const name = part.split(',')[0]!.trim();
    if (name.length < 3) continue;
    out.push(name);
    const short = name.replace(TRAILING_KIND, '');
    if (short !== name && short.length >= 3) out.unshift(short);
  }
  return [...new Set(out)];
}

const words = (name: string): string[] => normalizeName(name).split(/[ -]/).filter(Boolean);

const input = JSON.parse(readFileSync(process.argv[2] ?? 'package/data.json', 'utf8')) as Country[];
const rows: [string, string[], number][] = [];
const isGeneric = (name: string): boolean => words(name).every((w) => GENERIC.has(w));
for (const country of input) {
  const updates = SUBDIVISION_UPDATES.find((u) => u.countryShortCode === country.countryShortCode)?.regions ?? [];
  const updated = new Set(updates.map((r) => forms(r.name)[0]));
  for (const region of country.regions) {
    if (updated.has(forms(region.name)[0])) continue;
    const names = forms(region.name).filter((n) => !isGeneric(n));
    if (names.length > 0) rows.push([country.countryShortCode, names, isOrdinary(names[0]!) ? 1 : 0]);
  }
  // An official list names its compass regions too ("Centre-Ouest", "Littoral"): kept, with a cue required.
  for (const region of updates) {
    const names = forms(region.name);
    if (names.length > 0) rows.push([country.countryShortCode, names, isOrdinary(names[0]!) || names.some(isGeneric) ? 1 : 0]);
  }
}

function isOrdinary(name: string): boolean {
  return words(name).every((w) => common.has(w) || given.has(w) || GENERIC.has(w));
}
writeFileSync(new URL('./subdivisions-data.json', import.meta.url), `${JSON.stringify(rows)}\n`);
console.log(`${rows.length} subdivisions, ${rows.filter((r) => r[2]).length} need a cue`);
