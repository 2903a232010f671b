import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a commission named in lower case, with a proper name', () => {
  it('reads a school board and a council commission', () => {
    expect(namesOf('Hier, la commission scolaire des Monts-Bleus et le lycée de Lorval ont conclu une entente.', 'ORG')).toContain('commission scolaire des Monts-Bleus');
    expect(namesOf("Vu l'avis de la commission Relations internationales du 3 mars ;", 'ORG')).toContain('commission Relations internationales');
  });

  it('leaves a commission with no proper name alone', () => {
    expect(namesOf('La commission des finances de la Ville de Lorval a voté.', 'ORG')).toEqual(['Ville de Lorval']);
  });
});
