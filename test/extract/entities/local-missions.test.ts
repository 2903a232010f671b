import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a "Mission locale" youth-employment body', () => {
  it('reads "Mission locale" with its area, as a complement, an adjective or a name', () => {
    expect(namesOf('Les jeunes ont rencontré la Mission locale de Vierzon lundi.', 'ORG', 'fr')).toEqual(['Mission locale de Vierzon']);
    expect(namesOf('Un échange avec la Mission locale nantaise est prévu.', 'ORG', 'fr')).toEqual(['Mission locale nantaise']);
    expect(namesOf('La Mission locale Tours Métropole a signé la charte.', 'ORG', 'fr')).toEqual(['Mission locale Tours Métropole']);
  });

  it('does not read a trip or a bare "Mission locale" as a body', () => {
    expect(namesOf('La Mission économique de Vierzon partira en Chine.', 'ORG', 'fr')).toEqual([]);
    expect(namesOf('La Mission locale a signé la charte.', 'ORG', 'fr')).toEqual([]);
  });
});
