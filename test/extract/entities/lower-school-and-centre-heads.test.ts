import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

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

describe('a body named after a person, then its town', () => {
  it('ends the name before "de" + the town', () => {
    const text = 'Les élèves du lycée Louis-Hémon de Chicoutimi ont visité le Musée Jean-Paul-Riopelle de Rimouski.';
    const places = [placeAt(text, 'Chicoutimi'), placeAt(text, 'Rimouski')];
    expect(namesOf(text, 'ORG', 'fr', places)).toEqual(['Musée Jean-Paul-Riopelle', 'lycée Louis-Hémon']);
  });

  it('keeps the seat of a university', () => {
    const text = "Elle enseigne à l'Université Jean-Moulin de Lyon depuis 2019.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Lyon')])).toEqual(['Université Jean-Moulin de Lyon']);
  });
});

describe('a building that is also a body, visited or where something happens', () => {
  it('reads a museum the delegation visited as a place', () => {
    const text = 'La délégation a visité le musée Fabre-Lagarde puis rencontré les élus.';
    expect(namesOf(text, 'PLACE', 'fr')).toContain('musée Fabre-Lagarde');
    expect(namesOf(text, 'ORG', 'fr')).toEqual([]);
  });

  it('reads a hall where texts were signed as a place', () => {
    const text = "Les textes ont été signés à la Cité de la voile. Le lendemain, la foule a rempli le Centre des congrès de Vannes.";
    expect(namesOf(text, 'PLACE', 'fr')).toEqual(['Centre des congrès de Vannes', 'Cité de la voile']);
  });

  it('keeps a house that signs, and a museum only named, as bodies', () => {
    const text = "La Maison de la culture de Valbert a signé l'accord. Les œuvres seront prêtées au musée Fabre-Lagarde.";
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['Maison de la culture de Valbert', 'musée Fabre-Lagarde']);
  });
});
