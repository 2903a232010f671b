import type { ExtractedEntity } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import { fold } from './same-party.js';
import { TOWN_HEAD } from '../lexicons/town-body-words.js';

// "le conseil municipal de Roquefeuil", "Millbourne City Council": the council of a town.
const COUNCIL_OF = /^(?:le\s+|the\s+)?conseil\s+(?:municipal|communal|de\s+ville)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])(.+)$/iu;
const COUNCIL_AFTER = /^(.+?)\s+(?:city|town|municipal|borough)\s+council$/iu;
// "Ville de Roquefeuil", "City of Millbourne", "Commune de Kolda".
const TOWN_BODY = new RegExp(String.raw`^${TOWN_HEAD}\s+(?:de\s+|d['’]|of\s+)(.+)$`, 'iu');

/**
 * A council approves or signs for its town: where the text also names the town's body ("Ville de
 * Roquefeuil"), that body is the side rather than "le conseil municipal de Roquefeuil".
 */
export function councilBody(e: ExtractedEntity, index: EntityIndex): ExtractedEntity {
  if (e.type !== 'ORG') return e;
  const town = (COUNCIL_OF.exec(e.name) ?? COUNCIL_AFTER.exec(e.name))?.[1];
  if (!town) return e;
  const name = fold(town);
  return index.entities.find((x) => x.type === 'ORG' && fold(TOWN_BODY.exec(x.name)?.[1] ?? '') === name) ?? e;
}
