import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('the outlet credited in a dateline', () => {
  it('reads a bracketed agency or paper right before the dateline dash', () => {
    const fr = 'Deux villes signent\n\nRIMOUSKI, 4 février (Fleuve Nouvelles Dépêches) – La Ville de Rimouski a signé une entente.\n';
    expect(namesOf(fr, 'ORG', 'fr')).toContain('Fleuve Nouvelles Dépêches');
    const en = 'Two ports sign\n\nHOBART, Tasmania, Oct. 2 (Southern Ocean Wire) — The two ports signed an agreement.\n';
    expect(namesOf(en, 'ORG', 'en')).toContain('Southern Ocean Wire');
  });

  it('leaves brackets that hold no newspaper word, or no dash after them', () => {
    const fr = 'Titre\n\nRIMOUSKI, 4 février (Bas-Saint-Laurent) – La Ville a signé.\n\nLe maire (Fleuve Nouvelles Dépêches) a signé.\n';
    expect(namesOf(fr, 'ORG', 'fr')).not.toContain('Bas-Saint-Laurent');
    expect(namesOf(fr, 'ORG', 'fr')).not.toContain('Fleuve Nouvelles Dépêches');
  });
});

describe('mastheads in capitals and newspaper words', () => {
  it('reads a title in capitals whose short words are words, not initials', () => {
    const text = 'KORU VALLEY POST\nBusiness | 2026.03.02\n\nTown signs pact\n\nNELSON — The council signed an agreement.\n';
    expect(namesOf(text, 'ORG', 'en')).toContain('KORU VALLEY POST');
  });

  it('still reads initials before a newsletter word as a body’s letter', () => {
    expect(namesOf('CCI INFOS\n\nLa CCI de Lyon signe une convention.\n', 'ORG', 'fr')).not.toContain('CCI INFOS');
  });

  it('knows "Matin" as a paper’s word', () => {
    expect(namesOf('Le Vexin Matin\n\nLa Ville de Pontoise a signé une convention.\n', 'ORG', 'fr')).toContain('Le Vexin Matin');
  });
});

describe('French heads written as acronyms', () => {
  it('opens a name with its place complement', () => {
    const names = namesOf("Le CHU de Poitiers et l'IUT de Lannion ont signé avec le CIUSSS de la Mauricie une convention.", 'ORG', 'fr');
    expect(names).toEqual(expect.arrayContaining(['CHU de Poitiers', 'IUT de Lannion', 'CIUSSS de la Mauricie']));
  });
});

describe('"et des" inside a ministry’s name', () => {
  it('keeps a complement whose noun is an English head word', () => {
    expect(namesOf('Le ministère de la Culture et des Industries créatives appuie le projet.', 'ORG', 'fr')).toContain('ministère de la Culture et des Industries créatives');
  });

  it('still splits before a French head that opens a second body', () => {
    const names = namesOf('Le partenariat du Centre Innovation Laval et de la Chambre de commerce de Laval est annoncé.', 'ORG', 'fr');
    expect(names).toEqual(expect.arrayContaining(['Centre Innovation Laval', 'Chambre de commerce de Laval']));
  });
});

describe('names that hold a coordination or a suffix head', () => {
  it('keeps "City and County" together as one authority', () => {
    expect(namesOf('The Limerick City and County Council welcomed the delegation.', 'ORG', 'en')).toContain('Limerick City and County Council');
  });

  it('lets an acronym head open a name that holds a "<Town> Métropole"', () => {
    expect(namesOf('La CCI Nantes Métropole Saint-Nazaire a signé une convention.', 'ORG', 'fr')).toContain('CCI Nantes Métropole Saint-Nazaire');
  });
});

describe('bodies named after a person', () => {
  it('reads a title before the person as part of the body’s name', () => {
    const text = "L'Université Reine Marie Louise a signé une convention.";
    expect(namesOf(text, 'ORG', 'fr')).toContain('Université Reine Marie Louise');
    expect(namesOf(text, 'PERSON', 'fr')).toEqual([]);
  });

  it('reads no person whose last word is a research or academic noun', () => {
    const text = 'The Moses Kotane Academic Hospital and the Carleton Research and Innovation Centre signed.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual([]);
  });
});
