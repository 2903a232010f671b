import type { ExtractedEntity } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import { fold, foldedName } from './same-party.js';

// The folded names a bare head noun stands for: "ville" for "Ville de X", "council" for "X (County) Council".
const BARE_NAMES: Readonly<Record<string, RegExp>> = {
  ville: /^ville\s(?:de|d'|du)/u,
  municipalite: /^municipalite\s(?:de|d'|du)/u,
  commune: /^commune\s(?:urbaine\s|rurale\s)?(?:de|d'|du)/u,
  mairie: /^(?:mairie|commune|ville)\s(?:de|d'|du)/u,
  city: /^city\sof\s|\scity(?:\scouncil)?$/u,
  town: /^town\sof\s|\stown(?:\scouncil)?$/u,
  municipality: /^municipality\sof\s|\smunicipality$/u,
  council: /\scouncil$/u,
};

// Patterns for the head nouns outside BARE_NAMES, built once per noun (the callers' nouns are a fixed few).
const ENDINGS = new Map<string, RegExp>();

/** "the County Council": a name that ends with those words. */
function nameEndingWith(noun: string): RegExp {
  let pattern = ENDINGS.get(noun);
  if (!pattern) ENDINGS.set(noun, (pattern = new RegExp(`\\s${noun}$`, 'u')));
  return pattern;
}

/**
 * The body a bare head noun stands for ("la Ville", "the Council"): the document's one ORG of that kind
 * ("Ville de X", "X District Council"); none when it names two.
 */
export function bareBodyOf(index: EntityIndex, head: string): ExtractedEntity | undefined {
  const noun = fold(head);
  const name = BARE_NAMES[noun] ?? nameEndingWith(noun);
  const bodies = index.entities.filter((e) => e.type === 'ORG' && name.test(foldedName(e)));
  return bodies.length === 1 ? bodies[0] : undefined;
}
