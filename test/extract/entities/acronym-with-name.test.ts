import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

const orgsOf = (text: string, language: 'fr' | 'en') =>
  entitiesOf(text, language).filter((e) => e.type === 'ORG').map((e) => [e.name, e.aliases ?? []]);

describe('an acronym and a word of its long form in brackets', () => {
  it('is one alias when the word closes the long form, and a later use with a role keeps both words', () => {
    const text = 'The pact was signed with the Northern Institute of Mining Varnby (NIM Varnby) in 2019. NIM Varnby Dean Carl Brisk attended.';
    expect(orgsOf(text, 'en')).toEqual([['Northern Institute of Mining Varnby', ['NIM Varnby']]]);
  });

  it('is one alias when the word opens the long form, and its acronym alone makes no body', () => {
    const text = 'The group met the Tolvik Coastal Business Network (Tolvik CBN) on Tuesday.';
    expect(orgsOf(text, 'en')).toEqual([['Tolvik Coastal Business Network', ['Tolvik CBN']]]);
  });

  it('is no alias when the word is not the long form’s own (near miss)', () => {
    const text = 'Brisk College and the Kessa Institute of Applied Studies (OIAS Skarn) signed a letter.';
    const orgs = orgsOf(text, 'en');
    expect(orgs).toContainEqual(['Kessa Institute of Applied Studies', []]);
    expect(orgs.map(([name]) => name)).not.toContain('Brisk College and the Kessa Institute of Applied Studies');
    expect(orgs.flatMap(([, aliases]) => aliases)).not.toContain('OIAS Skarn');
  });
});

describe('the second word of an acronym defined in two words', () => {
  it('makes no body of its own', () => {
    const text = "Une délégation de la Chambre de commerce et d'industrie de Vercors-Trièves (CCI VT) est venue.";
    const orgs = orgsOf(text, 'fr');
    expect(orgs).toContainEqual(["Chambre de commerce et d'industrie de Vercors-Trièves", ['CCI VT']]);
    expect(orgs.map(([name]) => name)).not.toContain('VT');
  });

  it('stays a body when the text writes it alone elsewhere as its own acronym (near miss)', () => {
    const text = 'Le VT Club a signé avec la mairie. VT compte 40 membres.';
    expect(orgsOf(text, 'fr').map(([name]) => name).join('|')).toContain('VT');
  });
});
