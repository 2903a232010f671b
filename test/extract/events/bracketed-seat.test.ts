import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('where a side with a bracketed alias sits', () => {
  it('is not where the agreement was signed', () => {
    const text = 'La Communauté de communes du Val (CCV), dans le Haut-Pays, et la Ville de Montclar ont signé une convention de coopération.';
    const [e] = eventsFor(text, [['ORG', 'Communauté de communes du Val', 'CCV'], ['PLACE', 'Haut-Pays'], ['ORG', 'Ville de Montclar']]);
    expect(e?.place).toBeUndefined();
  });

  it('leaves a place after a bracket that closes no alias', () => {
    const text = 'La Ville de Montclar et la Ville de Varenne ont signé une convention de coopération (la troisième), à Lyon.';
    const [e] = eventsFor(text, [['ORG', 'Ville de Montclar'], ['ORG', 'Ville de Varenne'], ['PLACE', 'Lyon']]);
    expect(e?.place).toBe('Lyon');
  });
});
