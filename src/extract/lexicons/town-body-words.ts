/**
 * Heads of a town's own body before the town's name, its council aside: "Ville de X", "Mairie de X", "City of X",
 * "Ayuntamiento de X". Lower case, accents as written; a county's, region's or state's body is not one.
 */
export const TOWN_HEADS: readonly string[] = [
  'ville', 'commune urbaine', 'commune', 'municipalité', 'mairie', 'communauté urbaine',
  'city', 'town', 'township', 'village', 'municipality', 'borough',
  'municipalidad', 'ayuntamiento', 'prefeitura', 'câmara municipal', 'comune', 'municipio',
];

/** Heads of a town's council: "conseil municipal de X", "City Council of X". */
export const TOWN_COUNCIL_HEADS: readonly string[] = ['conseil municipal', 'conseil communal', 'city council', 'town council'];

/** Heads of a town's own body, its council included. */
export const TOWN_BODY_HEADS: readonly string[] = [...TOWN_HEADS, ...TOWN_COUNCIL_HEADS];

/** Tails of a town's own body, after the town's name: "X City Council", "X Town Hall", "X City". */
export const TOWN_BODY_TAILS: readonly string[] = [
  ...['city', 'town', 'municipal', 'borough'].flatMap((w) => [`${w} council`, `${w} hall`, `${w} government`]),
  'city', 'town',
];

const alternation = (phrases: readonly string[]): string => `(?:${phrases.join('|').replace(/ /g, String.raw`\s+`)})`;

/** TOWN_BODY_HEADS, TOWN_HEADS and TOWN_BODY_TAILS as regex alternations (any run of spaces between two words), to read with the `iu` flags. */
export const TOWN_BODY_HEAD = alternation(TOWN_BODY_HEADS);
export const TOWN_HEAD = alternation(TOWN_HEADS);
export const TOWN_BODY_TAIL = alternation(TOWN_BODY_TAILS);

// A flag cannot make part of a regex case-sensitive ("iu" also folds \p{Lu}): the capitalized forms are written out,
// "Ville", "Conseil [Mm]unicipal", "City [Cc]ouncil".
const capitalized = (phrases: readonly string[]): string[] =>
  phrases.map((p) => p.replace(/(^|\s)(\p{L})/gu, (_, space: string, first: string) => (space ? `${space}[${first.toUpperCase()}${first}]` : first.toUpperCase())));

/** TOWN_BODY_HEAD and TOWN_BODY_TAIL as names write them, capitalized, to read with the `u` flag only. */
export const CAPITALIZED_TOWN_BODY_HEAD = alternation(capitalized(TOWN_BODY_HEADS));
export const CAPITALIZED_TOWN_BODY_TAIL = alternation(capitalized(TOWN_BODY_TAILS));
