import type { ExtractedEntity } from '../types.js';
import type { EntityIndex } from './entity-index.js';

// What the bodies of a pair noun are called: "les deux universités" are two bodies whose names say so
// ("Université Rocheval", "Cégep de Lanaudière", "Tilburg University"), never two towns or countries.
const SCHOOL = String.raw`universit|college|collège|cégep|cegep|école|school|lycée|institut|polytechn|academ|académ`;
const HOSPITAL = String.raw`hospital|hôpital|hospitalier|chu\b|infirmary|clinic|clinique|health|santé`;
// "Both councils" after "the City of A and the Municipality of B": the local governments.
const COUNCIL = String.raw`council|conseil|^(?:city|town|municipality|borough|county|district|shire|ville|commune|municipalité|mairie)(?=\s)|\s(?:city|municipality|kommune|kommun|shire|county|district)$`;
const NAMED_KIND: readonly [RegExp, RegExp][] = [
  [/^(?:universités|universities|colleges|collèges|cégeps|écoles|lycées|schools)$/, new RegExp(SCHOOL, 'iu')],
  [/^(?:hôpitaux|hospitals)$/, new RegExp(HOSPITAL, 'iu')],
  [/^(?:chambres|chambers)$/, /chamb|\bcci\b|commerce/iu],
  [/^(?:établissements|institutions)$/, new RegExp(`${SCHOOL}|${HOSPITAL}`, 'iu')],
  [/^(?:councils|conseils)$/, new RegExp(COUNCIL, 'iu')],
];
// Nouns of bodies of any kind: two organisations, not two places.
const ANY_BODY = /^(?:sociétés|entreprises|organisations|organismes|companies|firms|organizations|organisations|agencies)$/;

/** A pattern the names of the pair's bodies match, undefined when any party may do (a pair of towns, of partners). */
function kindOf(noun: string): RegExp | undefined {
  return NAMED_KIND.find(([nouns]) => nouns.test(noun))?.[1] ?? (ANY_BODY.test(noun) ? /./u : undefined);
}

/**
 * The two sides among `sides` that the pair noun can name: all of them for a noun of any party
 * ("les deux villes", "both partners"), else the two bodies of that kind, or undefined.
 */
export function pairOfKind(noun: string, sides: readonly ExtractedEntity[]): readonly ExtractedEntity[] | undefined {
  const kind = kindOf(noun);
  if (!kind) return sides;
  const bodies = sides.filter((e) => e.type === 'ORG' && kind.test(e.name));
  return bodies.length >= 2 ? bodies : undefined;
}

// "Depuis 2012, le Cégep de X et le Lycée de Y échangent … Une entente entre les deux établissements": just before.
const BODIES_REACH = 600;

/** "Les deux établissements" after a passage that names two bodies of that kind and no event: those two. */
export function bodiesJustBefore(noun: string, at: number, index: EntityIndex): ExtractedEntity[] {
  if (!kindOf(noun)) return [];
  const named: ExtractedEntity[] = [];
  for (const x of index.within(Math.max(0, at - BODIES_REACH), at)) if (!named.includes(x.entity)) named.push(x.entity);
  // The nearest two of that kind.
  const bodies = pairOfKind(noun, named) ?? [];
  return bodies.length >= 2 ? bodies.slice(-2) : [];
}
