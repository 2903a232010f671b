import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('an acronym after "et"/"and" opens a second body', () => {
  it('ends a French name before "et" + an acronym, with or without "de l\'"', () => {
    const orgs = namesOf("La Ville de Lorval et PMA ont signé mardi une entente. Les étudiants du Cégep de Lorval et de l'UQAR partiront en mai.", 'ORG');
    expect(orgs).toContain('Ville de Lorval');
    expect(orgs).toContain('Cégep de Lorval');
    expect(orgs.filter((n) => / et /.test(n))).toEqual([]);
  });

  it('keeps "et" inside a name whose words follow in lower case or in a line all in capitals', () => {
    expect(namesOf("La Chambre de commerce et d'industrie de Lorval a applaudi mardi.", 'ORG')).toContain("Chambre de commerce et d'industrie de Lorval");
    expect(namesOf("Deux villes signent\n\nCHAMBRE DE COMMERCE ET D'INDUSTRIE DE LORVAL\n\nLa Ville de Lorval a signé.", 'ORG').filter((n) => n.startsWith('CHAMBRE DE COMMERCE') && !n.includes('INDUSTRIE'))).toEqual([]);
  });
});
