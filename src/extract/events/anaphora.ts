import { wordRegex } from '../text/word-regex.js';
import type { ExtractedEntity, Span } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import type { Trigger } from './find-triggers.js';
import type { MentionContext } from './mention-context.js';
import { fold, sameParty } from './same-party.js';

/** A plural noun that points back to the two sides already named ("les deux villes", "both provinces"). */
export interface PairAnaphor {
  readonly noun: string;
  /** The two bodies or places of the headline, used when no earlier event names the pair. */
  readonly headline: readonly ExtractedEntity[];
}

const PAIR = wordRegex(
  String.raw`\b(?:(?:les|leurs|nos|ces)\s+deux\s+(villes|communes|municipalités|gouvernements|provinces|pays|régions|états|territoires|partenaires|parties|institutions|organisations|organismes|universités|collectivités|métropoles|agglomérations|maires|mairesses|ministres|premiers\s+ministres|présidents|présidentes|gouverneurs|dirigeants)|(?:the|both|these|our|their)\s+(?:two\s+)?(cities|towns|municipalities|governments|provinces|countries|regions|states|territories|partners|parties|sides|institutions|organizations|organisations|universities|metropolises|mayors|premiers|ministers|presidents|governors|leaders))\b`,
  'iu',
);

/** "Les deux villes prévoient de signer …": the pair noun in [start, end), if any. */
export function pairAnaphor(ctx: MentionContext, start: number, end: number, anchored = false): PairAnaphor | undefined {
  const m = PAIR.exec(ctx.text.slice(start, end));
  if (!m || (anchored && ctx.text.slice(start, start + m.index).trim() !== '')) return undefined;
  // "the cities of A and B" names them right there: not an anaphor.
  if (/^\s+(?:de|d['’]|of)\s+\p{Lu}/u.test(ctx.text.slice(start + m.index + m[0].length, start + m.index + m[0].length + 8))) return undefined;
  return { noun: (m[1] ?? m[2]!).toLowerCase(), headline: headlineSides(ctx) };
}

const TOWN_NOUNS = /^(?:villes|communes|municipalités|métropoles|agglomérations|maires|mairesses|cities|towns|municipalities|metropolises|mayors)$/;

/**
 * The pair's parties from the sides already named: the latest event with two sides, else
 * the headline's. A pair of towns names the places, not their councils.
 */
export function resolvePair(pair: PairAnaphor, earlier: readonly (readonly ExtractedEntity[])[], index: EntityIndex): ExtractedEntity[] {
  const sides = [...earlier].reverse().find((p) => p.length >= 2) ?? pair.headline;
  const chosen = sides.slice(0, 2);
  if (!TOWN_NOUNS.test(pair.noun)) return [...chosen];
  return chosen.map((e) => territoryOf(e, index) ?? e);
}

/** The PLACE that a body stands for ("Ville de Lille" → "Lille"), when the document names it. */
export function territoryOf(e: ExtractedEntity, index: EntityIndex): ExtractedEntity | undefined {
  if (e.type === 'PLACE') return e;
  return index.entities.find((x) => x.type === 'PLACE' && sameParty(x, e));
}

/** The first line's bodies and places, when it names exactly a pair of them. */
function headlineSides(ctx: MentionContext): ExtractedEntity[] {
  const firstBreak = ctx.text.indexOf('\n');
  const end = firstBreak < 0 ? Math.min(ctx.text.length, 200) : Math.min(firstBreak, 200);
  const sides: ExtractedEntity[] = [];
  for (const m of ctx.index.within(0, end)) {
    if (m.entity.type === 'PERSON' || sides.some((s) => sameParty(s, m.entity))) continue;
    sides.push(m.entity);
  }
  return sides.length === 2 ? sides : [];
}

// "L'entente prévoit des échanges entre A et B", "The agreement provides for …": its content, not new sides.
const CONTENT_VERB = wordRegex(
  String.raw`^(?:\s*,[^,.;]{0,80},)?\s+(?:prévoi(?:t|ent)|prévoira|porte(?:nt)?\s+sur|vise(?:nt)?\s+(?:à|notamment)|comprend|comprennent|inclut|incluent|couvre(?:nt)?|stipule(?:nt)?|engage(?:nt)?|encadre(?:nt)?|permet(?:tra|tent)?|favorise(?:ra)?|soutien(?:dra|t)|provides?|provide\s+for|covers?|includes?|calls?\s+for|stipulates?|commits?|sets?\s+out|aims?\s+to|will\s+(?:allow|enable|support|see|provide|cover|include))\b`,
  'iu',
);
// "Under the agreement, …", "En vertu de cette entente, …", "Aux termes de l'accord, …".
const CONTENT_FRAME = wordRegex(
  String.raw`\b(?:under|through|via|selon|en\s+vertu\s+d[eu']|aux\s+termes\s+d[eu']|grâce\s+à|par)\s*(?:la\s+|le\s+|l['’]\s*|les\s+|cette\s+|cet\s+|ce\s+|the\s+|this\s+|that\s+|these\s+)?$`,
  'iu',
);

/**
 * A definite or demonstrative agreement noun whose sentence tells what the agreement contains
 * ("L'entente prévoit …", "Under the agreement, X and Y will …"): the parties it names are
 * beneficiaries, not the agreement's sides.
 */
export function isContentMention(text: string, region: Span, trigger: Trigger): boolean {
  if (!/^(?:le|la|l’|les|ce|cet|cette|ces|the|this|that|these|its|son|sa|leur)$/.test(trigger.determiner)) return false;
  if (CONTENT_FRAME.test(text.slice(Math.max(region.start, trigger.start - 40), trigger.start))) return true;
  const kindEnd = trigger.start + trigger.kind.length;
  return CONTENT_VERB.test(text.slice(kindEnd, Math.min(region.end, kindEnd + 140)));
}

const ADJECTIVE_WORD = /[\p{L}-]{4,}/gu;

/**
 * The place that a delegation's adjective names: "délégation québécoise" → Québec, "a Bavarian
 * business delegation" → Bavaria. The adjective must share the place's name but for its last
 * three letters, and at least four (Québec/québécoise, Mexique/mexicaine, Norway/Norwegian).
 */
export function demonymPlace(text: string, index: EntityIndex, trigger: Span): ExtractedEntity | undefined {
  // The trigger may span "visit by a Bavarian business delegation": the words before its last noun.
  const before = text.slice(Math.max(0, trigger.start - 40), trigger.end).split(/[^\p{L}-]+/u).filter(Boolean).slice(-4, -1);
  const afterText = /^[^.,;:()]{0,40}/u.exec(text.slice(trigger.end))![0];
  const after = [...afterText.matchAll(ADJECTIVE_WORD)].map((m) => m[0]).slice(0, 3);
  for (const word of [...after, ...before.reverse()]) {
    const place = placeOfAdjective(word, index);
    if (place) return place;
  }
  return undefined;
}

const FOLDED_PLACES = new WeakMap<EntityIndex, readonly (readonly [string, ExtractedEntity])[]>();

/** The document's one-word places with their folded names, computed once per document. */
function foldedPlaces(index: EntityIndex): readonly (readonly [string, ExtractedEntity])[] {
  let places = FOLDED_PLACES.get(index);
  if (!places) {
    places = index.entities.filter((e) => e.type === 'PLACE').map((e) => [fold(e.name), e] as const);
    FOLDED_PLACES.set(index, places);
  }
  return places;
}

function placeOfAdjective(word: string, index: EntityIndex): ExtractedEntity | undefined {
  const w = fold(word);
  let best: ExtractedEntity | undefined;
  let bestLength = 0;
  for (const [name, e] of foldedPlaces(index)) {
    // "a Saskatchewan trade delegation": the name itself, not Saskatoon by its shared stem.
    if (name === w) return e;
    if (name.length < 4 || /\s/.test(name)) continue;
    // Shared beginning: Québec/québécoise, Mexique/mexicaine, Norway/Norwegian, Allemagne/allemande.
    const shared = commonPrefix(w, name);
    if (w.length >= name.length - 1 && w !== name && shared >= Math.max(4, name.length - 3) && shared > bestLength) {
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
