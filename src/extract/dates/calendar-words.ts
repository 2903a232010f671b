/**
 * French and English calendar vocabulary as regex sources and lookups. Every source is a
 * flat alternation (no nested quantifiers) so the date rules stay linear on any input.
 */

const MONTH_FORMS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['janvier', 'january', 'janv', 'jan']],
  [2, ['février', 'fevrier', 'february', 'févr', 'fevr', 'fév', 'fev', 'feb']],
  [3, ['mars', 'march', 'mar']],
  [4, ['avril', 'april', 'avr', 'apr']],
  [5, ['mai', 'may']],
  [6, ['juin', 'june', 'jun']],
  [7, ['juillet', 'july', 'juil', 'jul']],
  [8, ['août', 'aout', 'august', 'aug']],
  [9, ['septembre', 'september', 'sept', 'sep']],
  [10, ['octobre', 'october', 'oct']],
  [11, ['novembre', 'november', 'nov']],
  [12, ['décembre', 'decembre', 'december', 'déc', 'dec']],
];

/** Abbreviations are only taken next to a day or a year, never alone. */
const ABBREVIATIONS = new Set(['janv', 'jan', 'févr', 'fevr', 'fév', 'fev', 'feb', 'mar', 'avr', 'apr', 'jun', 'juil', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'déc', 'dec']);

const MONTH_NUMBERS = new Map<string, number>(
  MONTH_FORMS.flatMap(([month, forms]) => forms.map((form) => [form, month] as const)),
);

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

const ALL_FORMS = [...MONTH_NUMBERS.keys()].sort(byLengthDesc);
const FULL_FORMS = ALL_FORMS.filter((form) => !ABBREVIATIONS.has(form));
const SHORT_FORMS = ALL_FORMS.filter((form) => ABBREVIATIONS.has(form));

/** Any month name or abbreviation (an abbreviation may take a dot: "janv.", "Sept."). */
export const MONTH = `(?:(?:${FULL_FORMS.join('|')})|(?:${SHORT_FORMS.join('|')})\\.?)(?![\\p{L}])`;
/** Full month names only. */
export const FULL_MONTH = `(?:${FULL_FORMS.join('|')})(?![\\p{L}])`;

/** The weekdays' French and English names, Sunday first: a weekday's index is its number in Date#getUTCDay(). */
export const WEEKDAY_NAMES = [
  ['dimanche', 'sunday'],
  ['lundi', 'monday'],
  ['mardi', 'tuesday'],
  ['mercredi', 'wednesday'],
  ['jeudi', 'thursday'],
  ['vendredi', 'friday'],
  ['samedi', 'saturday'],
] as const;

export const WEEKDAY = `(?:${WEEKDAY_NAMES.flat().join('|')})`;

const WEEKDAY_NUMBERS = new Map<string, number>(WEEKDAY_NAMES.flatMap((names, day) => names.map((name) => [name, day] as const)));

/** Number of a weekday name ("mardi", "Tuesday" → 2), 0 for Sunday; undefined for any other word. */
export function weekdayNumber(word: string): number | undefined {
  return WEEKDAY_NUMBERS.get(word.toLowerCase());
}

/** Day of month: 1er, 1st, 07, 31 (never followed by another digit). */
export const DAY = '(?:1er|1re|premier|[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d\\p{L}])';

/** A four-digit year from 1800 to 2099, as digits only. */
export const YEAR_DIGITS = '(?:18\\d\\d|19\\d\\d|20\\d\\d)';
/** A year not glued to a following digit or letter. */
export const YEAR = `${YEAR_DIGITS}(?![\\d\\p{L}])`;

/** Month number of a month word as matched ("Janv." → 1), else undefined. */
export function monthNumber(word: string): number | undefined {
  // Cheap refusal first: this runs on every word of a text.
  if (word.length < 3 || word.length > 10 || !MONTH_INITIALS.has(word.charCodeAt(0) | 0x20)) return undefined;
  const lower = word.toLowerCase();
  return MONTH_NUMBERS.get(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/**
 * Whether the word of 3+ Latin-1 letters at i may be a month word, by its first three letters
 * case-folded into one number: most words are refused before they are sliced out and lower-cased.
 */
export function mayBeMonthAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  // Two letters of Latin-1 read in a table refuse most words before the Set is asked.
  if (a < 256 && b < 256 && MONTH_PAIRS[((a | 0x20) << 8) | (b | 0x20)] === 0) return false;
  return MONTH_STARTS.has(foldedTriple(a, b, text.charCodeAt(i + 2)));
}

// Latin-1 capitals A–Z and À–Þ are their small letters less 0x20.
function foldedTriple(a: number, b: number, c: number): number {
  return ((a | 0x20) << 16) | ((b | 0x20) << 8) | (c | 0x20);
}

// 1 at ((a | 0x20) << 8) | (b | 0x20) for the first two letters of each month word.
const MONTH_PAIRS = new Uint8Array(1 << 16);
for (const form of MONTH_NUMBERS.keys()) MONTH_PAIRS[((form.charCodeAt(0) | 0x20) << 8) | (form.charCodeAt(1) | 0x20)] = 1;

const MONTH_STARTS = new Set([...MONTH_NUMBERS.keys()].map((form) => foldedTriple(form.charCodeAt(0), form.charCodeAt(1), form.charCodeAt(2))));

const MONTH_INITIALS = new Set([...'jfmasond'].map((c) => c.charCodeAt(0)));

/** Day number of a matched day ("1er" → 1, "07" → 7, "3rd" → 3). */
export function dayNumber(word: string): number {
  const lower = word.toLowerCase();
  if (lower.startsWith('1er') || lower.startsWith('1re') || lower === 'premier') return 1;
  return Number.parseInt(lower, 10);
}
