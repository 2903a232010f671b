import type { ExtractedEntity } from '../types.js';

/**
 * True when two entities name the same side: the same entity, or a body and its territory
 * ("Ville de Pontmorvan" and "Pontmorvan", "Région Normandie" and "Normandie").
 */
export function sameParty(a: ExtractedEntity, b: ExtractedEntity): boolean {
  if (a === b) return true;
  if (a.type === 'PERSON' || b.type === 'PERSON') return false;
  const x = foldedName(a);
  const y = foldedName(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return namesBodyOf(long, short, (head) => BODY_OF_TERRITORY.test(head), (tail) => BODY_AFTER_TERRITORY.test(tail));
}

/**
 * Folded `body` is folded `territory` with a body's words around it: "leicester city council" (the territory,
 * then `tail`) or "ville de lorient" (`head`, then the territory). Each caller says which words make a body.
 */
export function namesBodyOf(body: string, territory: string, head: (head: string) => boolean, tail: (tail: string) => boolean): boolean {
  if (territory.length < 3 || body === territory) return false;
  if (body.startsWith(`${territory} `)) return tail(body.slice(territory.length + 1));
  return body.endsWith(territory) && head(body.slice(0, body.length - territory.length));
}

const BODY_AFTER_TERRITORY =
  /^(?:(?:city|town|county|borough|district|parish|regional|metropolitan|municipal|consolidated|provincial|state)\s+)*(?:council|government|municipality|city\s+hall|town\s+hall)$/;

// A town's own bodies, then the heads of bodies that stand for a larger territory.
const TOWN_HEADS = ['ville', 'commune', 'conseil municipal', 'mairie', 'municipalite', 'city council', 'town council', 'city', 'town', 'township', 'village', 'municipality'];
const TERRITORY_HEADS = [
  'conseil regional', 'conseil departemental', 'region', 'province', 'etat', 'departement', "communaute d'agglomeration", 'agglomeration',
  'gouvernement', 'republique', 'canton', 'comte', 'mrc', 'collectivite', 'county', 'state', 'government', 'republic', 'district', 'prefecture',
];
const HEAD_LINK = "(?: (?:de la|de l'|du|des|de|d'|of the|of))? ?";
const FOREIGN_TOWN_HEAD = "(?:comune|municipio|ayuntamiento|prefeitura|camara municipal)(?: (?:di|de|del|do|da|d'))? ?";
const headOf = (heads: readonly string[]) => `(?:(?:la |le |l'|the )?(?:${heads.join('|')})${HEAD_LINK}|${FOREIGN_TOWN_HEAD})`;

// "Ville de", "Région", "City of", "Government of", "Comune di", "Ayuntamiento de": a body that stands for its territory.
const BODY_OF_TERRITORY = new RegExp(`^${headOf([...TOWN_HEADS, ...TERRITORY_HEADS])}$`);

/**
 * The number of sides a list of parties names: a town's bodies count once ("Ville de X" and "conseil municipal de X",
 * "City of X" and "X City Council"), as do a body and its territory.
 */
export function sideCount(parties: readonly ExtractedEntity[]): number {
  const sides: ExtractedEntity[] = [];
  for (const p of parties) if (!sides.some((s) => sameParty(s, p) || sameTerritoryBodies(s, p))) sides.push(p);
  return sides.length;
}

/** Two bodies of one town: "Ville de X" and "conseil municipal de X", "City of X" and "X City Council" (not "County of X" and "City of X"). */
function sameTerritoryBodies(a: ExtractedEntity, b: ExtractedEntity): boolean {
  if (a.type !== 'ORG' || b.type !== 'ORG') return false;
  const x = townInBodyName(foldedName(a));
  return x !== undefined && x === townInBodyName(foldedName(b));
}

// A town's own bodies only: a state's, region's or county's government shares the town's name without being its side.
const TOWN_HEAD_THEN_TOWN = new RegExp(`^${headOf(TOWN_HEADS)}(.{3,})$`);
const TOWN_THEN_TOWN_TAIL = /^(.{3,}?) (?:(?:city|town|borough|municipal) )?(?:council|municipality|city hall|town hall)$/;

function townInBodyName(name: string): string | undefined {
  return (TOWN_HEAD_THEN_TOWN.exec(name) ?? TOWN_THEN_TOWN_TAIL.exec(name))?.at(-1);
}

/** fold(e.name): each document's entities are new objects, their names recur (one Map look-up, no WeakMap entry per entity). */
export function foldedName(e: ExtractedEntity): string {
  return fold(e.name);
}

/** Accent-free lower case, `’` as `'`, dashes and spaces as one space. */
export function fold(s: string): string {
  let f = FOLD_CACHE.get(s);
  if (f === undefined) {
    // ASCII is its own NFKD form and holds no mark or `’`: only case, dashes and spaces to fold.
    f = isAscii(s)
      ? s.toLowerCase().replace(/[-\s]+/g, ' ').trim()
      : s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’]/g, "'").replace(/[-\s]+/g, ' ').trim();
    // Names and phrases recur within and across documents; bounded, so a stream of unique ones cannot grow it.
    if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, f);
  }
  return f;
}

const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_MAX = 10_000;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** Entities of `b` added to `a` unless `a` already names the same side. */
export function unionParties(a: readonly ExtractedEntity[], b: readonly ExtractedEntity[]): ExtractedEntity[] {
  const out = [...a];
  for (const e of b) {
    const i = out.findIndex((x) => sameParty(x, e));
    if (i < 0) out.push(e);
    // The body signs, not its territory: "Ville de Rimouski" replaces "Rimouski".
    else if (e.type === 'ORG' && out[i]!.type === 'PLACE') out[i] = e;
  }
  return out;
}

export function shareParty(a: readonly ExtractedEntity[], b: readonly ExtractedEntity[]): boolean {
  return a.some((x) => b.some((y) => sameParty(x, y)));
}
