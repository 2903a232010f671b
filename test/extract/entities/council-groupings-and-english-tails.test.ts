import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const orgs = (text: string): string[] => extract(text).entities.filter((e) => e.type === 'ORG').map((e) => e.name).sort();

describe('French bodies of a town', () => {
  it('reads a special delegation or a council with the commune it governs', () => {
    expect(orgs('La mission a été reçue par la délégation spéciale de la commune de Tenkodogo, que préside le docteur Sawadogo.')).toEqual([
      'délégation spéciale de la commune de Tenkodogo',
    ]);
  });

  it('reads a grouping of towns whose head follows the town in lower case', () => {
    expect(orgs('Une convention entre la commune de Tenkodogo et Lodève agglomération sera signée en mai.')).toEqual(['Lodève agglomération', 'commune de Tenkodogo']);
  });
});

describe('English names: where they end', () => {
  it('splits at a second "and" after a name whose "of" complement used the first', () => {
    expect(orgs('The mission included the Kentucky Department of Economic and Community Development and Bluegrass Tooling LLC, and was hosted by Ford.')).toContain(
      'Kentucky Department of Economic and Community Development',
    );
  });

  it('reads a First Nation band as a body of its own before "and"', () => {
    expect(orgs('The delegation included the Gitxsan Band and Northwest Community College, and was received by the port.')).toEqual(['Gitxsan Band', 'Northwest Community College']);
  });

  it('keeps an acronym before a company head', () => {
    expect(orgs('The college will sign with the Dutch training institute KMT Group next spring.')).toEqual(['KMT Group']);
  });

  it('keeps "&" and a field after the head', () => {
    expect(orgs('Tilburg University & Research has exchanged researchers with the college since 2014.')).toEqual(['Tilburg University & Research']);
  });
});
