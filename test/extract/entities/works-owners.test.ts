import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a company named by the works it owns', () => {
  it('reads the name right after "usine" (French)', () => {
    const text = 'Les élus ont vu l’usine Corvane de Melville avant de repartir.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Melville')])).toEqual(['Corvane']);
  });

  it('leaves a town after "usine de" alone', () => {
    const text = 'Les élus ont vu l’usine de Melville avant de repartir.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Melville')])).toEqual([]);
  });

  it('reads the owner after "siège d’" and "propriété d’"', () => {
    const text = 'La ville abrite le siège d’Orlavia. La fonderie, propriété d’Estrevo, emploie du monde.';
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['Estrevo', 'Orlavia']);
  });

  it('takes no person for an owner', () => {
    const text = 'La ferme, propriété de Julien Marchand, a été visitée.';
    expect(namesOf(text, 'ORG', 'fr')).toEqual([]);
  });

  it('reads "the X headquarters" and "X’s Y plant" (English)', () => {
    const text = 'The group toured the Orlavia headquarters and saw Estrevo\'s Kelso plant on Friday.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Kelso')])).toEqual(['Estrevo', 'Orlavia']);
  });

  it('leaves "the X campus" as where something happens', () => {
    const text = 'The memorandum was signed at the Brellan campus on Friday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });
});
