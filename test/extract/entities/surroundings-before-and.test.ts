import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('"et région" closing a body listed with another', () => {
  it('keeps "et région" when a second "et" joins the next body', () => {
    expect(namesOf('La Chambre de commerce de Magog et région et la Ville de Laval ont signé.', 'ORG', 'fr')).toContain('Chambre de commerce de Magog et région');
  });

  it('still stops before "et région de X", a region of its own', () => {
    expect(namesOf('La Chambre de commerce de Magog et région de Montréal a signé.', 'ORG', 'fr')).toEqual(['Chambre de commerce de Magog']);
  });
});
