import { DocumentCache } from '../cached-in.js';
import { isSpaceCode } from '../text/space-code.js';
import type { ExtractedEntity, Span } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import { fold, foldedName } from './same-party.js';

/**
 * The place that a delegation's adjective names: "délégation québécoise" → Québec, "a Bavarian
 * business delegation" → Bavaria. The adjective must share the place's name but for its last
 * three letters, and at least four (Québec/québécoise, Mexique/mexicaine, Norway/Norwegian).
 */
export function demonymPlace(text: string, index: EntityIndex, trigger: Span, attached = false): ExtractedEntity | undefined {
  // A document without a place has no adjective to name one (its parts come from its places).
  const places = foldedPlaces(index);
  if (places.length === 0) return undefined;
  // The trigger may span "visit by a Bavarian business delegation": the words before its last noun.
  const span = text.slice(Math.max(0, trigger.start - 40), trigger.end);
  // `attached`: only words of the noun phrase itself, none before a punctuation mark ("franco-québécois, une délégation").
  const from = attached ? Math.max(span.lastIndexOf('\n'), lastPunctuation(span)) : span.lastIndexOf('\n');
  const before = letterRuns(span.slice(from + 1), 1).slice(-4, -1);
  // Same line only: a headline's next line is another sentence ("… trade mission\n\nFREDERICTON –").
  AFTER_TEXT.lastIndex = trigger.end;
  const afterText = AFTER_TEXT.exec(text)![0];
  const words = letterRuns(afterText, 4);
  // An adjective follows its noun at once, in lower case: "la délégation estrienne est accueillie par Saint-Étienne …".
  const after = attached ? words.slice(0, 1).filter((w) => afterText.trimStart().startsWith(w) && w[0] === w[0]!.toLowerCase()) : words.slice(0, 3);
  for (const word of [...after, ...before.reverse()]) {
    const place = placeOfWord(index, word, places);
    if (place) return place;
  }
  return undefined;
}

const PLACE_OF_WORD = new DocumentCache<string, ExtractedEntity | null>();

/** The place an adjective names, once per word and document: the same words surround each trigger. */
function placeOfWord(index: EntityIndex, word: string, places: readonly (readonly [string, ExtractedEntity])[]): ExtractedEntity | undefined {
  return (
    PLACE_OF_WORD.cached(index, word, () => {
      const w = fold(word);
      return adjectiveOfName(w, places, false) ?? adjectiveOfName(w, placeParts(index), true) ?? null;
    }) ?? undefined
  );
}

// Sticky: the text right after the trigger, read in place.
const AFTER_TEXT = /[^.,;:()\n]{0,40}/uy;

/**
 * The maximal runs of letters and hyphens in `s` that hold at least `min` code points: the
 * matches of /[\p{L}-]{min,}/gu, read by char code (a RegExp exec per word cost more than the rest).
 */
function letterRuns(s: string, min: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const start = i;
    let points = 0;
    for (let size = letterSizeAt(s, i); size > 0; size = letterSizeAt(s, i)) {
      i += size;
      points++;
    }
    if (points >= min) out.push(s.slice(start, i));
    if (i === start) i++;
  }
  return out;
}

/** Code units of the letter or hyphen at `i` (2 for an astral letter), 0 for anything else. */
function letterSizeAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 45 || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = s.codePointAt(i)!;
    return cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let k = UNIT_IS_LETTER[c]!;
  if (k === 0) UNIT_IS_LETTER[c] = k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

const LETTER = /^\p{L}$/u;
// Whether each UTF-16 unit is a letter (1) or not (2), found by LETTER on first sight (0).
const UNIT_IS_LETTER = new Uint8Array(0x10000);

const FOLDED_PLACES = new WeakMap<EntityIndex, readonly (readonly [string, ExtractedEntity])[]>();

/** The document's one-word places with their folded names, computed once per document. */
function foldedPlaces(index: EntityIndex): readonly (readonly [string, ExtractedEntity])[] {
  let places = FOLDED_PLACES.get(index);
  if (!places) {
    places = index.entities.filter((e) => e.type === 'PLACE').map((e) => [foldedName(e), e] as const);
    FOLDED_PLACES.set(index, places);
  }
  return places;
}

// Words of a compound place name that say nothing of which place it is.
const GENERIC_PARTS = new Set([
  'saint', 'sainte', 'st', 'ste', 'sur', 'sous', 'les', 'la', 'le', 'l', 'de', 'du', 'des', 'en', 'et', 'the', 'of', 'and', 'new', 'nouvelle',
  'nouveau', 'north', 'south', 'east', 'west', 'nord', 'sud', 'est', 'ouest', 'grand', 'grande', 'upper', 'lower', 'haute', 'haut', 'basse',
  'bas', 'mont', 'mount', 'port', 'fort', 'lake', 'lac', 'city', 'ville', 'ile', 'island', 'val', 'vallee', 'valley', 'pays', 'county', 'province',
]);

const PLACE_PARTS = new WeakMap<EntityIndex, readonly (readonly [string, ExtractedEntity])[]>();

/** "Valmorel-les-Neiges" by "valmorel", "Nouvelle-Calédonie" by "caledonie", "La Réunion" by "reunion": the telling words of compound names. */
function placeParts(index: EntityIndex): readonly (readonly [string, ExtractedEntity])[] {
  let parts = PLACE_PARTS.get(index);
  if (!parts) {
    parts = foldedPlaces(index).flatMap(([name, e]) => {
      const words = name.split(/[\s'’-]+/u);
      return words.length < 2 ? [] : words.filter((w) => w.length >= 4 && !GENERIC_PARTS.has(w)).map((w) => [w, e] as const);
    });
    PLACE_PARTS.set(index, parts);
  }
  return parts;
}

/** The place whose name the folded adjective `w` derives from; of a compound name's words, one the adjective itself is not ("République fédérale allemande"). */
function adjectiveOfName(w: string, names: readonly (readonly [string, ExtractedEntity])[], parts: boolean): ExtractedEntity | undefined {
  let best: ExtractedEntity | undefined;
  let bestLength = 0;
  for (const [name, e] of names) {
    // "a Saskatchewan trade delegation": the name itself, not Saskatoon by its shared stem.
    if (name === w && !parts) return e;
    // Folded names hold no whitespace but single spaces (fold), parts none at all: no regex per name.
    if (name.length < 4 || w.length < name.length - 1 || w === name || name.includes(' ')) continue;
    // Shared beginning: Québec/québécoise, Mexique/mexicaine, Norway/Norwegian, Allemagne/allemande.
    const shared = commonPrefix(w, name);
    if (shared >= Math.max(4, name.length - 3) && shared > bestLength) {
      best = e;
      bestLength = shared;
    }
  }
  return best ?? (parts ? undefined : stemOfName(w, names));
}

// The endings of French and English adjectives of place, longest first: "sarde", "bretonne", "catalane", "lyonnaise".
const DEMONYM_ENDINGS = ['iennes', 'ienne', 'onnes', 'onne', 'aises', 'oises', 'aise', 'oise', 'iens', 'anes', 'ane', 'ais', 'ois', 'ien', 'ans', 'es', 'an', 'e', 's'];
// At most this many letters of the place's name follow the adjective's stem ("sard|aigne", "bret|agne", "catal|ogne").
const NAME_TAIL = 5;

/**
 * The place whose name starts with the adjective's stem, the adjective without its ending: "sarde" → Sardaigne,
 * "bretonne" → Bretagne, which differ from their names by more than the last letters; a compound name is read
 * without its spaces and hyphens ("valdisérienne" → Val-d'Isère).
 */
function stemOfName(w: string, names: readonly (readonly [string, ExtractedEntity])[]): ExtractedEntity | undefined {
  const ending = DEMONYM_ENDINGS.find((x) => w.endsWith(x) && w.length - x.length >= 4);
  if (!ending) return undefined;
  const stem = squashed(w.slice(0, -ending.length));
  const found = names.filter(([name]) => {
    const whole = squashed(name);
    return whole.length >= stem.length && whole.length - stem.length <= NAME_TAIL && whole.startsWith(stem) && pastFirstWord(stem, name);
  });
  // "Sardaigne" and "Sardegna" both told: the one the text names most.
  return found.map(([, e]) => e).sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/** A folded name without its spaces, hyphens and apostrophes: "val d or" → "valdor". */
function squashed(name: string): string {
  // Most names are one word: read by char code, no regex replace (asked of every place, for each adjective).
  for (let i = 0; i < name.length; i++) if (isSquashedUnit(name, i)) return name.replace(SQUASHED, '');
  return name;
}

const SQUASHED = /[\s'’-]/gu;

function isSquashedUnit(name: string, i: number): boolean {
  const c = name.charCodeAt(i);
  return c === 39 || c === 45 || c === 0x2019 || isSpaceCode(c);
}

/**
 * A compound name is read only by a stem that goes past its first word: "valdisérienne" → Val-d'Isère,
 * "porto-vellaise" → Porto-Vella, but "montoise" is not Mont-Carmin.
 */
function pastFirstWord(stem: string, name: string): boolean {
  const first = /^[^\s'’-]+/u.exec(name)![0];
  return first.length === name.length || squashed(stem).length > first.length;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function lastPunctuation(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (PUNCTUATION.has(s.charCodeAt(i))) return i;
  return -1;
}

// By char code: a regex test per char cost more than the rest of demonymPlace.
const PUNCTUATION = new Set([...',;:.!?()«»"“”–—'].map((c) => c.charCodeAt(0)));
