import { findPlaces } from '../../../src/extract/places/find-places.js';
import type { Language } from '../../../src/extract/types.js';

/**
 * A test file's `names(text, language?)`: the distinct names of the places findPlaces reads in `text`, in the
 * order found or sorted, read in `language` unless the call names another.
 */
export function placeNames(language: Language, order: 'found' | 'sorted' = 'found'): (text: string, lang?: Language) => string[] {
  return (text, lang = language) => {
    const names = [...new Set(findPlaces(text, lang).map((p) => p.name))];
    return order === 'sorted' ? names.sort() : names;
  };
}
