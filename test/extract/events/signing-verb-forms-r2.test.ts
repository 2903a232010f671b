import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('signers told by "en sont les signataires" or "put their names to"', () => {
  it('reads "A, titre, et B, titre, en sont les signataires"', () => {
    const text =
      "La Ville de Champagnole et la Ville de Tábor ont signé une convention d'amitié. La directrice générale de la Ville de Champagnole, Anne Roussel, et le maire de Tábor, Jan Novák, en sont les signataires.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Tábor'], ['PERSON', 'Anne Roussel'], ['PERSON', 'Jan Novák']]);
    expect(e?.signatories).toEqual(['Anne Roussel', 'Jan Novák']);
  });

  it('reads "Mayor A and B, chair of Y, put their names to the document"', () => {
    const text =
      'Port Alba and the Faroe Ocean Cluster signed a memorandum of understanding on Monday. Mayor Ruth Keane and Ole Berg, chair of the cluster, put their names to the document before a large crowd.';
    const [e] = eventsFor(text, [['ORG', 'Port Alba'], ['ORG', 'Faroe Ocean Cluster'], ['PERSON', 'Ruth Keane'], ['PERSON', 'Ole Berg']], [], 'en');
    expect(e?.signatories).toEqual(['Ruth Keane', 'Ole Berg']);
  });

  it('leaves alone a person who "is not a signatory"', () => {
    const text =
      "La Ville de Champagnole et la Ville de Tábor ont signé une convention d'amitié. Le préfet, Marc Aubry, n'en est pas signataire.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Tábor'], ['PERSON', 'Marc Aubry']]);
    expect(e?.signatories).toEqual([]);
  });
});

describe('signers after a sentence-initial "Ont signé"', () => {
  it('reads "Ont signé le document mardi, à X, la mairesse de A, B, et le maire de C, D."', () => {
    const text =
      "La Ville de Champagnole et la Ville de Tábor ont conclu une convention d'amitié. Ont signé le document mardi 3 mars, au château de Champagnole, la mairesse de Champagnole, Anne Roussel, et le maire de Tábor, Jan Novák.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Tábor'], ['PERSON', 'Anne Roussel'], ['PERSON', 'Jan Novák'], ['PLACE', 'Champagnole']]);
    expect(e?.signatories).toEqual(['Anne Roussel', 'Jan Novák']);
  });

  it('reads "Ont apposé leur signature le maire de A, B, et l\'adjointe de C, D."', () => {
    const text =
      "Une convention de coopération entre la Ville de Champagnole et la Ville de Tábor a été signée jeudi. Ont apposé leur signature le maire de Champagnole, Luc Marmet, et l'adjointe au maire de Tábor, Eva Králová.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Tábor'], ['PERSON', 'Luc Marmet'], ['PERSON', 'Eva Králová']]);
    expect(e?.signatories).toEqual(['Luc Marmet', 'Eva Králová']);
  });

  it('leaves alone "ont signé" inside a sentence whose subject is a body', () => {
    const text =
      "La Ville de Champagnole et la Ville de Tábor ont signé une convention d'amitié, a rappelé Anne Roussel, adjointe au maire.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Tábor'], ['PERSON', 'Anne Roussel']]);
    expect(e?.signatories).toEqual([]);
  });
});

describe('a signer after a possessive title and a comma', () => {
  it("reads \"signed by Alba's Vice-Chancellor for Research, Professor A, and the rector, B\"", () => {
    const text =
      "Alba University and the Universidad de Tábor signed a memorandum of understanding on Monday. The memorandum was signed by Alba's Deputy Vice-Chancellor for Research, Professor Ruth Keane, and the rector of the Universidad de Tábor, Jan Novák.";
    const [e] = eventsFor(text, [['ORG', 'Alba University'], ['ORG', 'Universidad de Tábor'], ['PERSON', 'Ruth Keane'], ['PERSON', 'Jan Novák']], [], 'en');
    expect(e?.signatories).toEqual(['Ruth Keane', 'Jan Novák']);
  });
});

describe('signers who "l\'ont signée"', () => {
  it('reads "Le maire, A, et son homologue, B, l\'ont signée samedi"', () => {
    const text =
      "La Ville de Champagnole et la Ville de Tábor ont conclu une convention d'amitié. La cérémonie s'est tenue au château. Le maire, Luc Marmet, et son homologue tchèque, Jan Novák, l'ont signée samedi à l'hôtel de ville.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Tábor'], ['PERSON', 'Luc Marmet'], ['PERSON', 'Jan Novák']]);
    expect(e?.signatories).toEqual(['Luc Marmet', 'Jan Novák']);
  });

  it('leaves alone people who "l\'ont signalée"', () => {
    const text =
      "La Ville de Champagnole et la Ville de Tábor ont conclu une convention d'amitié. La cérémonie s'est tenue au château. Le maire, Luc Marmet, et son homologue tchèque, Jan Novák, l'ont signalée samedi à la presse.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Tábor'], ['PERSON', 'Luc Marmet'], ['PERSON', 'Jan Novák']]);
    expect(e?.signatories ?? []).toEqual([]);
  });
});
