import { WordStartRegex } from '../text/word-regex.js';
import type { ExtractedEntity } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import type { MentionContext } from './mention-context.js';
import { sameParty } from './same-party.js';
import { CAPITALIZED_TOWN_BODY_HEAD, CAPITALIZED_TOWN_BODY_TAIL } from '../lexicons/town-body-words.js';
import { pairOfKind } from './pair-kind.js';
import { placeRank } from './place-rank.js';


/** A plural noun that points back to the two sides already named ("les deux villes", "both provinces"). */
export interface PairAnaphor {
  readonly noun: string;
  /** The two bodies or places of the headline, used when no earlier event names the pair. */
  readonly headline: readonly ExtractedEntity[];
}

const PAIR = new WordStartRegex(
  String.raw`(?:(?:les|leurs|nos|ces)\s+deux\s+(villes|communes|municipalités|gouvernements|provinces|pays|régions|états|territoires|partenaires|parties|institutions|organisations|organismes|universités|collèges|cégeps|écoles|lycées|établissements|hôpitaux|sociétés|entreprises|chambres|collectivités|métropoles|agglomérations|conseils(?:\s+municipaux)?(?!\s+d['’]administration)|maires|mairesses|ministres|premiers\s+ministres|présidents|présidentes|gouverneurs|dirigeants)|(?:the|both|these|our|their)\s+(?:two\s+)?(cities|towns|municipalities|governments|provinces|countries|regions|states|territories|partners|parties|sides|institutions|organizations|organisations|universities|colleges|schools|hospitals|companies|firms|chambers|agencies|metropolises|councils|mayors|premiers|ministers|presidents|governors|leaders))\b`,
  'iu',
);

/** "Les deux villes prévoient de signer …": the pair noun in [start, end), if any. */
export function pairAnaphor(ctx: MentionContext, start: number, end: number, anchored = false): PairAnaphor | undefined {
  const m = PAIR.exec(ctx.text.slice(start, end));
  if (!m || (anchored && ctx.text.slice(start, start + m.index).trim() !== '')) return undefined;
  // "the cities of A and B" names them right there: not an anaphor.
  if (/^\s+(?:de|d['’]|of)\s+\p{Lu}/u.test(ctx.text.slice(start + m.index + m[0].length, start + m.index + m[0].length + 8))) return undefined;
  return { noun: (m[1] ?? m[2]!).toLowerCase().replace(/\s+municipaux$/u, ''), headline: headlineSides(ctx) };
}

// "Ils ont annoncé leur intention de signer …", "They intend to sign …": a plural pronoun opens the subject, after at
// most a short opening phrase ("En juin, ils …").
const PLURAL_PRONOUN_SUBJECT = /^\s*(?:[^,;:.!?]{0,40},\s*)?(?:ils|elles|they)\s/iu;

/**
 * "Les deux maires … Ils ont annoncé leur intention de signer une convention": a plan whose subject is a plural
 * pronoun is made by the sides already named, read as a pair of partners of any kind.
 */
export function pronounPair(ctx: MentionContext, start: number, end: number): PairAnaphor | undefined {
  if (!PLURAL_PRONOUN_SUBJECT.test(ctx.text.slice(start, end))) return undefined;
  return { noun: 'partenaires', headline: headlineSides(ctx) };
}

const TOWN_NOUNS = /^(?:villes|communes|municipalités|métropoles|agglomérations|maires|mairesses|cities|towns|municipalities|metropolises|mayors)$/;

/**
 * The pair's parties from the sides already named: the latest event with two sides, else
 * the headline's. A pair of towns names the places, not their councils, unless the sides
 * named were the towns' own bodies ("la Ville de A et la Ville de B … les deux villes").
 */
export function resolvePair(pair: PairAnaphor, earlier: readonly (readonly ExtractedEntity[])[], index: EntityIndex, ofKind = true): ExtractedEntity[] {
  // "Les deux universités" names the latest two universities, not the towns of the agreement before.
  const noun = ofKind ? pair.noun : '';
  const candidates = [...earlier].reverse().map((p) => pairOfKind(noun, p)).filter((p): p is readonly ExtractedEntity[] => p !== undefined && p.length >= 2);
  const headline = pairOfKind(noun, pair.headline);
  const latest = townPair(pair.noun, (candidates[0] ?? headline ?? []).slice(0, 2), index);
  if (latest || !TOWN_NOUNS.test(pair.noun)) return latest ?? [];
  // "les deux villes" after two tourism agencies signed: the towns of the latest two bodies named as sides further back
  // or the two towns themselves (a trip's two countries or regions, "le pays A et le pays B", are not two towns).
  for (const sides of candidates.slice(1, LOOK_BACK)) {
    const bodies = sides.slice(0, 2);
    const towns = bodies.every((e) => e.type === 'ORG' || placeRank(e) === 1) ? townPair(pair.noun, bodies, index) : undefined;
    if (towns) return towns;
  }
  // "les deux communes" after two chambers of commerce: not those two, and no other pair is known.
  return [];
}

// A document names a handful of events: looking further back only costs time.
const LOOK_BACK = 12;

/** The pair a noun names among two sides: the sides themselves, their towns for a pair of towns, undefined when they have none. */
function townPair(noun: string, chosen: readonly ExtractedEntity[], index: EntityIndex): ExtractedEntity[] | undefined {
  if (!TOWN_NOUNS.test(noun) || chosen.every((e) => namesBody(noun, e))) return [...chosen];
  const towns = chosen.map((e) => territoryOf(e, index));
  return towns.every((t) => t !== undefined) ? towns : undefined;
}

// "Ville de Val-Carmin", "City of Cranmere", "Commune de Kolda", "Mairie de Dakar", "Iksan City", "Kilmarra City Council";
// capitalized: "la commune de Saint-Louis" describes the town (but see MUNICIPAL_NOUNS).
const TOWN_BODY = new RegExp(String.raw`^${CAPITALIZED_TOWN_BODY_HEAD}\s+(?:de\s|d['’]|du\s|of\s)|\s${CAPITALIZED_TOWN_BODY_TAIL}$`, 'u');

// "Les deux communes" names the municipal bodies, so a body written "la commune de X" counts;
// "les deux villes" after it names the towns.
const MUNICIPAL_NOUNS = /^(?:communes|municipalités)$/;
const MUNICIPAL_BODY = /^(?:commune|municipalité)\s+(?:de\s|d['’]|du\s)/u;

function namesBody(noun: string, e: ExtractedEntity): boolean {
  return isTownBody(e) || (MUNICIPAL_NOUNS.test(noun) && e.type === 'ORG' && MUNICIPAL_BODY.test(e.name));
}

/** A town's own body ("Ville de Val-Carmin", "Kilmarra City Council"). */
export function isTownBody(e: ExtractedEntity): boolean {
  return e.type === 'ORG' && TOWN_BODY.test(e.name);
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
