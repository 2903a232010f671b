import type { ExtractedEntity, Span } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import { fold, foldedName } from './same-party.js';

const ADJECTIVE_WORD = /[\p{L}-]{4,}/gu;

/**
 * The place that a delegation's adjective names: "délégation québécoise" → Québec, "a Bavarian
 * business delegation" → Bavaria. The adjective must share the place's name but for its last
 * three letters, and at least four (Québec/québécoise, Mexique/mexicaine, Norway/Norwegian).
 */
export function demonymPlace(text: string, index: EntityIndex, trigger: Span, attached = false): ExtractedEntity | undefined {
  // The trigger may span "visit by a Bavarian business delegation": the words before its last noun.
  const span = text.slice(Math.max(0, trigger.start - 40), trigger.end);
  // `attached`: only words of the noun phrase itself, none before a punctuation mark ("franco-québécois, une délégation").
  const from = attached ? Math.max(span.lastIndexOf('\n'), lastPunctuation(span)) : span.lastIndexOf('\n');
  const before = span.slice(from + 1).split(/[^\p{L}-]+/u).filter(Boolean).slice(-4, -1);
  // Same line only: a headline's next line is another sentence ("… trade mission\n\nFREDERICTON –").
  const afterText = /^[^.,;:()\n]{0,40}/u.exec(text.slice(trigger.end))![0];
  const words = [...afterText.matchAll(ADJECTIVE_WORD)].map((m) => m[0]);
  // An adjective follows its noun at once, in lower case: "la délégation estrienne est accueillie par Saint-Étienne …".
  const after = attached ? words.slice(0, 1).filter((w) => afterText.trimStart().startsWith(w) && w[0] === w[0]!.toLowerCase()) : words.slice(0, 3);
  for (const word of [...after, ...before.reverse()]) {
    const w = fold(word);
    const place = adjectiveOfName(w, foldedPlaces(index), false) ?? adjectiveOfName(w, placeParts(index), true);
    if (place) return place;
  }
  return undefined;
}

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

/** "Chamonix-Mont-Blanc" by "chamonix", "Nouvelle-Calédonie" by "caledonie", "La Réunion" by "reunion": the telling words of compound names. */
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
  return best;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function lastPunctuation(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (PUNCTUATION.test(s[i]!)) return i;
  return -1;
}

const PUNCTUATION = /[,;:.!?()«»"“”–—]/u;
