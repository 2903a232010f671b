import { findPlaces } from '../places/find-places.js';
import type { ExtractedEntity, Language } from '../types.js';
import { findNamedEntities } from './find-named-entities.js';

/**
 * ORG, PERSON and PLACE entities of a document: places from the gazetteer
 * (`findPlaces`), people and organizations from our rules, overlaps reconciled (a place
 * inside a person's name is dropped; a place inside an organization's name stays a
 * place of its own).
 */
export function extractNamedEntities(text: string, language: Language): ExtractedEntity[] {
  return findNamedEntities(text, language, findPlaces(text, language));
}
