import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a province named by its compass point', () => {
  it('reads "Province Ouest" and "province Est" as bodies, as "Région Sud"', () => {
    expect(namesOf("L'accord a été signé par le président de la Province Ouest, Paul Arnaud.", 'ORG', 'fr')).toEqual(['Province Ouest']);
    expect(namesOf("La commune de Tiéta et la province Est l'ont accueillie.", 'ORG', 'fr')).toContain('province Est');
  });

  it('does not read a lower-case point or a longer name as the province', () => {
    expect(namesOf('Il est parti vers la province est du pays.', 'ORG', 'fr')).toEqual([]);
    expect(namesOf('La Province Sud Ubangi a reçu la mission.', 'ORG', 'fr')).toEqual([]);
  });
});
