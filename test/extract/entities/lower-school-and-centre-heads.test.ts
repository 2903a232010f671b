import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('schools and centres named after a lower-case head', () => {
  it('keeps a school named with its article or after a farming adjective', () => {
    const text = 'Des élèves du lycée La Martinière ont rencontré ceux du lycée horticole Saint-Ilan et du Collège Les Étoiles.';
    expect(namesOf(text, 'ORG')).toEqual(['Collège Les Étoiles', 'lycée La Martinière', 'lycée horticole Saint-Ilan']);
  });

  it('keeps the place of a training centre and reads a health centre', () => {
    const text = "Le Centre de formation agricole de Kolda et le centre de santé de Ziguinchor recevront du matériel.";
    expect(namesOf(text, 'ORG')).toEqual(['Centre de formation agricole de Kolda', 'centre de santé de Ziguinchor']);
  });

  it('leaves a part of town, a facility and a described name alone', () => {
    const text = "Ils ont visité le centre de tri de Kaolack puis le centre de recherche Biomar.";
    expect(namesOf(text, 'ORG').filter((n) => n.startsWith('centre'))).toEqual([]);
  });
});
