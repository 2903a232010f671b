import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a foreign head linked to a place whose article is capitalized', () => {
  it('keeps the article and the place in the name', () => {
    expect(namesOf("Le même jour, l'Universidad de La Vereda et la Ville de Lorval ont signé une convention.", 'ORG')).toContain('Universidad de La Vereda');
    expect(namesOf('The Universidad de Los Quintos signed a memorandum with the City of Aldgate.', 'ORG', 'en')).toContain('Universidad de Los Quintos');
  });

  it('does not run on into a lower-case article', () => {
    expect(namesOf('La Universidad de Chile la semaine prochaine.', 'ORG').filter((n) => /Universidad/.test(n))).toEqual(['Universidad de Chile']);
  });
});

describe('school boards named by "Schools" or "School Division"', () => {
  it('reads the body', () => {
    expect(namesOf('Marrowdale Public Schools and the City of Aldgate signed an agreement.', 'ORG', 'en')).toContain('Marrowdale Public Schools');
    expect(namesOf('The Marrowdale School Division signed an agreement with the City of Aldgate.', 'ORG', 'en')).toContain('Marrowdale School Division');
  });

  it('leaves lower-case schools alone', () => {
    expect(namesOf('Marrowdale schools will host the students.', 'ORG', 'en').filter((n) => /Marrowdale/.test(n))).toEqual([]);
  });
});
