import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('school heads quoted in their own language, head first', () => {
  it('reads Spanish, German and Polish schools', () => {
    expect(namesOf('The Aldgate School District and Unidad Educativa Benigno Arce signed a partnership.', 'ORG', 'en')).toContain('Unidad Educativa Benigno Arce');
    expect(namesOf('Le lycée de Lorval et le Colegio Santa Brígida ont signé une convention.', 'ORG')).toContain('Colegio Santa Brígida');
    expect(namesOf('Le lycée de Lorval et le Liceum Kopernika ont signé une convention.', 'ORG')).toContain('Liceum Kopernika');
  });

  it('reads a German name linked by "am", and stops before the French "d\'"', () => {
    expect(namesOf("Le lycée de Lorval et le Gymnasium am Burgwall d'Alzey ont conclu une convention.", 'ORG')).toContain('Gymnasium am Burgwall');
  });

  it('keeps the Catalan link after a Catalan head that folds like a German one', () => {
    expect(namesOf("Le lycée de Lorval et l'Universitat de Girona ont signé.", 'ORG')).toContain('Universitat de Girona');
  });
});
