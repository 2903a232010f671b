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

describe('a school named after a person after its adjective', () => {
  it('keeps the person in the name', () => {
    expect(namesOf('La proviseure du Lycée maritime Paul Kervanec a signé mardi.', 'ORG')).toEqual(['Lycée maritime Paul Kervanec']);
  });

  it('leaves a person named after a comma outside', () => {
    expect(namesOf('Le Lycée maritime, Paul Kervanec en tête, a signé mardi.', 'ORG')).not.toContain('Lycée maritime Paul Kervanec');
  });
});
