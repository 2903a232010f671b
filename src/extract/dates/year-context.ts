/**
 * Whether a bare four-digit number is a year: "en 2011", "dès 2007", "Americana 2015,",
 * "the 2018 Summit" are; "2000 personnes", "1500 rue Rocheval", "1980s" are not.
 */

// Words right before a number that make it a year.
const YEAR_CUES = new Set([
  'en', 'dès', 'des', 'depuis', 'ici', 'jusqu', 'avant', 'après', 'apres', 'année', 'annee', 'an', 'fin', 'début', 'debut',
  'mi', 'courant', 'été', 'ete', 'hiver', 'printemps', 'automne', 'saison', 'exercice', 'budget', 'édition', 'edition',
  'in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'year', 'early', 'late', 'mid', 'summer', 'winter',
  'spring', 'fall', 'autumn', 'season', 'fiscal', 'class', 'circa', 'a', 'an', 'this', 'its', 'their', 'cette', 'ce',
  'rentrée', 'rentree', 'from',
]);

// Words right before a number that make it a year when a lower-case word follows: "the 2015
// agreement", "the county's 2023 abstract", "les inondations de 2004 et de 2008".
const NOUN_YEAR_CUES = new Set(['the', 's', 'de']);
// "plus de 2000", "près de 1900": a count, not a year.
const COUNT_BEFORE_DE = /(?:plus|moins|près|pres|environ|autour|quelque|total|hauteur|nombre)\s{1,3}de\s{0,3}$/iu;

// Words right before a number that make it a quantity or an address.
const COUNT_CUES = new Set([
  'années', 'annees', 'decades', 'plus', 'moins', 'environ', 'près', 'pres', 'quelque', 'quelques', 'sur', 'about', 'over',
  'nearly', 'almost', 'some', 'than', 'no', 'n°', 'numéro', 'page', 'p', 'article',
  'art', 'tél', 'tel', 'code', 'route', 'suite', 'bureau', 'local', 'unit', 'top', 'fortune',
]);

// Words right after a number that make it a quantity or an address.
const UNIT_WORDS = new Set([
  'personnes', 'habitants', 'emplois', 'employés', 'employes', 'salariés', 'entreprises', 'participants', 'visiteurs',
  'euros', 'dollars', 'km', 'kms', 'kilomètres', 'mètres', 'tonnes', 'hectares', 'ha', 'mw', 'kw', 'places', 'lits',
  'logements', 'étudiants', 'etudiants', 'élèves', 'rue', 'avenue', 'boulevard', 'boul', 'chemin', 'route', 'people',
  'jobs', 'employees', 'residents', 'students', 'miles', 'acres', 'tons', 'street', 'st', 'ave', 'road', 'drive',
  'units', 'block', 'homes', 'members', 'visitors', 'm', 'm2', 'm²', 'kg', 'mm', 'cm', 'ko', 'mo', 'go',
]);

const WORD_BEFORE = /([\p{L}°]+)['’]?\s{0,3}$/u;
const COORDINATED_BEFORE = /([\p{L}]+)['’]?\s(?:1[89]|20)\d\d\s(?:and|et|or|ou)\s$/u;
const WORD_AFTER = /^\s{0,3}([\p{L}²\d]+)/u;

/** Decides for the four digits at [start, end) of text. */
export function isYearInContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (/mid?-$/i.test(before)) return true;
  const after = text.slice(end, end + 24);
  if (/[\d.,$€£#/:+-]\s?$/.test(before) || /^(?:[.,]\d|\s?[%$€£]|\s?\d)/.test(after)) return false;
  const previous = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  const next = WORD_AFTER.exec(after)?.[1];
  if (next && UNIT_WORDS.has(next.toLowerCase())) return false;
  if (previous && YEAR_CUES.has(previous)) return true;
  // "in 1997 and 2009": a second year shares the first one's cue.
  const pair = COORDINATED_BEFORE.exec(before);
  if (pair && YEAR_CUES.has(pair[1]!.toLowerCase())) return true;
  if (previous && COUNT_CUES.has(previous)) return false;
  if (previous && NOUN_YEAR_CUES.has(previous) && next && /^\p{Ll}/u.test(next) && !COUNT_BEFORE_DE.test(before)) return true;
  // Followed by punctuation, a line end or a capitalised word: a label such as "Forum 2015".
  return next === undefined || !/^\p{Ll}/u.test(next);
}
