import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a place after an English head names the branch', () => {
  it('keeps the place that closes the run in the body name', () => {
    const text = 'The delegation included Local Enterprise Office Kerry, along with ten firms. Later, Energy Cluster Norway signed.';
    const places = [placeAt(text, 'Kerry'), placeAt(text, 'Norway')];
    expect(namesOf(text, 'ORG', 'en', places)).toEqual(['Energy Cluster Norway', 'Local Enterprise Office Kerry']);
  });

  it('leaves a place after a city head, and a capitalized word that is no place, out', () => {
    const text = 'The Quebec City Montreal line reopened. Sligo College Tuesday hosted them.';
    const places = [placeAt(text, 'Quebec'), placeAt(text, 'Montreal')];
    expect(namesOf(text, 'ORG', 'en', places).filter((n) => /Montreal|Tuesday/.test(n))).toEqual([]);
  });
});

describe('"et région" after a town in a French body name', () => {
  it('keeps the surroundings in the name', () => {
    const text = 'La Chambre de commerce de Chambly et région a signé. La Chambre de commerce Haute-Matawin et région, qui compte 800 membres, aussi.';
    const places = [placeAt(text, 'Chambly'), placeAt(text, 'Haute-Matawin')];
    expect(namesOf(text, 'ORG', 'fr', places)).toEqual(['Chambre de commerce Haute-Matawin et région', 'Chambre de commerce de Chambly et région']);
  });

  it('leaves a region with its own complement or article out', () => {
    const text = 'La Chambre de commerce de Magog et région de Memphrémagog. La Chambre de commerce de Sutton et la région.';
    const places = [placeAt(text, 'Magog'), placeAt(text, 'Sutton')];
    expect(namesOf(text, 'ORG', 'fr', places)).toEqual(['Chambre de commerce de Magog', 'Chambre de commerce de Sutton']);
  });
});
