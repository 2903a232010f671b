import type { EventType, ExtractedEntity } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import { councilBody } from './council-body.js';
import { fold, foldedName } from './same-party.js';

// "la commune de Mamou", "la ville de Tours": a description of the place, not the name of a body.
const DESCRIBED_PLACE = /^(?:commune|ville|municipalité|village|city|town|municipality)\s+(?:de\s+|d['’]|of\s+)(.+)$/u;

/**
 * Each side as the side it stands for: a lower-case description ("la commune de A") names the
 * place A, and a council its town's body. An agreement that binds the description to a named
 * body ("la commune de A et la Ville de B ont signé") binds the commune as a body too. A trip's
 * side read as a body ("reçue par la municipalité de A et par la Chambre de A") stays the body:
 * a trip names its towns beside the bodies that sent or received it.
 */
export function describedSides(type: EventType, parties: readonly ExtractedEntity[], index: EntityIndex): ExtractedEntity[] {
  const asBody = type === 'mission' || (type === 'agreement' && parties.some((p) => p.type === 'ORG' && !DESCRIBED_PLACE.test(p.name)));
  return parties.map((p) => (asBody ? undefined : describedPlace(p, index)) ?? councilBody(p, index));
}

/** The place named by a lower-case description used as a party, when the document names that place. */
function describedPlace(e: ExtractedEntity, index: EntityIndex): ExtractedEntity | undefined {
  if (e.type !== 'ORG') return undefined;
  const m = DESCRIBED_PLACE.exec(e.name);
  if (!m) return undefined;
  const name = fold(m[1]!);
  return index.entities.find((x) => x.type === 'PLACE' && foldedName(x) === name);
}
