import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a lycée named after a person', () => {
  it('ends before "de" + its town, even with no given name', () => {
    const orgs = namesOf('Le lycée Marbot de Vendal et le lycée Ferrand ont signé une convention mardi.', 'ORG');
    expect(orgs).toContain('lycée Marbot');
    expect(orgs).not.toContain('lycée Marbot de Vendal');
  });

  it('keeps the complement of a site noun or of an adjective', () => {
    expect(namesOf('Le lycée Parc de Vendal a signé une convention mardi.', 'ORG')).toContain('lycée Parc de Vendal');
    expect(namesOf('Le lycée agricole de Vendal a signé une convention mardi.', 'ORG')).toContain('lycée agricole de Vendal');
  });
});
