import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

const BODIES = [['ORG', 'Ville de Sornac'], ['ORG', 'Ville de Brivelle']] as const;

describe('a signer told by a bare title beside a named co-signer', () => {
  it('reads "la mairesse et la présidente …, Mme Y, ont signé" as the mairesse named earlier and Y', () => {
    const text =
      "Sont présents : la mairesse, Mme Lise Carrel, et trois conseillers. Le 4 mai, la mairesse et la présidente du conseil des aînés, Mme Ana Dorel, ont signé une lettre d'intention entre la Ville de Sornac et la Ville de Brivelle.";
    expect(agreementFor(text, [...BODIES, ['PERSON', 'Lise Carrel'], ['PERSON', 'Ana Dorel']])?.signatories).toEqual(['Lise Carrel', 'Ana Dorel']);
  });

  it('adds no one when two people hold the title bare', () => {
    const text =
      "Sont présents : la mairesse, Mme Lise Carrel, et la mairesse, Mme Eva Roux. Le 4 mai, la mairesse et la présidente du conseil des aînés, Mme Ana Dorel, ont signé une lettre d'intention entre la Ville de Sornac et la Ville de Brivelle.";
    expect(agreementFor(text, [...BODIES, ['PERSON', 'Lise Carrel'], ['PERSON', 'Eva Roux'], ['PERSON', 'Ana Dorel']])?.signatories).toEqual(['Ana Dorel']);
  });

  it('adds no one for a title that is not coordinated with the signer', () => {
    const text =
      "Sont présents : la mairesse, Mme Lise Carrel, et trois conseillers. Le 4 mai, devant la mairesse, la présidente du conseil des aînés, Mme Ana Dorel, a signé une lettre d'intention entre la Ville de Sornac et la Ville de Brivelle.";
    expect(agreementFor(text, [...BODIES, ['PERSON', 'Lise Carrel'], ['PERSON', 'Ana Dorel']])?.signatories).toEqual(['Ana Dorel']);
  });

  it('reads "where she and Mayor Z signed" as the person the pronoun stands for and Z', () => {
    const text =
      'Mayor Jane Holt returned Saturday from a trip to Brivelle, where she and Brivelle Mayor Tom Dorel signed a friendship agreement between the Town of Sornac and the City of Brivelle.';
    expect(agreementFor(text, [['ORG', 'Town of Sornac'], ['ORG', 'City of Brivelle'], ['PLACE', 'Brivelle'], ['PERSON', 'Jane Holt'], ['PERSON', 'Tom Dorel']], [], 'en')?.signatories).toEqual(['Jane Holt', 'Tom Dorel']);
  });

  it('leaves a pronoun that is not coordinated with the signer', () => {
    const text =
      'Mayor Jane Holt returned Saturday from a trip to Brivelle, where she watched as Brivelle Mayor Tom Dorel signed a friendship agreement between the Town of Sornac and the City of Brivelle.';
    expect(agreementFor(text, [['ORG', 'Town of Sornac'], ['ORG', 'City of Brivelle'], ['PLACE', 'Brivelle'], ['PERSON', 'Jane Holt'], ['PERSON', 'Tom Dorel']], [], 'en')?.signatories).toEqual(['Tom Dorel']);
  });

  it('reads "The minister and Y signed" at the start of a sentence', () => {
    const text =
      'Trade Minister Ann Lowe opened the fair. The minister and the governor of Nordland, Ben Hart, signed a memorandum of understanding between Port Alba and Nordland.';
    expect(agreementFor(text, [['PLACE', 'Port Alba'], ['PLACE', 'Nordland'], ['PERSON', 'Ann Lowe'], ['PERSON', 'Ben Hart']], [], 'en')?.signatories).toEqual(['Ann Lowe', 'Ben Hart']);
  });
});

describe('a passive signing whose first signer carries a minister\'s list of portfolios', () => {
  it('reads "by the Minister of Trade, Energy and Mines, the Honourable A, and B"', () => {
    const text =
      "Port Alba and Nordland signed a memorandum of understanding. The memorandum was signed on 3 May by the Minister of Trade, Energy and Mines, the Honourable Ann Lowe, and Nordland's Minister for Trade, Ben Hart.";
    expect(agreementFor(text, [['PLACE', 'Port Alba'], ['PLACE', 'Nordland'], ['PERSON', 'Ann Lowe'], ['PERSON', 'Ben Hart']], [], 'en')?.signatories).toEqual(['Ann Lowe', 'Ben Hart']);
  });

  it('leaves a list of bodies after "by" that is no minister\'s title', () => {
    const text =
      'Port Alba and Nordland signed a memorandum of understanding. The memorandum was signed on 3 May by the two councils, Port Alba and Nordland, Mayor Ann Lowe said.';
    expect(agreementFor(text, [['PLACE', 'Port Alba'], ['PLACE', 'Nordland'], ['PERSON', 'Ann Lowe']], [], 'en')?.signatories).toEqual([]);
  });
});
