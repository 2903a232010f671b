import { findNamedEntities, type PlaceInput } from '../../../src/extract/entities/find-named-entities.js';
import type { ExtractedEntity, Language } from '../../../src/extract/types.js';

/** Entities of `text` with no gazetteer places, or with the places given. */
export function entitiesOf(text: string, language: Language = 'fr', places: readonly PlaceInput[] = []): ExtractedEntity[] {
  return findNamedEntities(text, language, places);
}

export function namesOf(text: string, type: 'ORG' | 'PERSON' | 'PLACE', language: Language = 'fr', places: readonly PlaceInput[] = []): string[] {
  return entitiesOf(text, language, places).filter((e) => e.type === type).map((e) => e.name).sort();
}

/** A place span for the word `word` (first occurrence) in `text`. */
export function placeAt(text: string, word: string): PlaceInput {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`no ${word} in text`);
  return { start, end: start + word.length, name: word, confidence: 0.9 };
}
