import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('titled people who are the subject of a signing two sentences after the agreement', () => {
  it('reads "le maire de A, M. X, et le maire de B, M. Y, ont apposé leur signature"', () => {
    const text =
      "La Ville de Champagnole et la Ville de Tábor ont conclu une convention d'amitié. La cérémonie s'est tenue au château. Le maire de Champagnole, M. Luc Marmet, et le maire de Tábor, M. Pavel Novotný, ont apposé leur signature sur le document.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Tábor'], ['PERSON', 'Luc Marmet'], ['PERSON', 'Pavel Novotný'], ['PLACE', 'Champagnole'], ['PLACE', 'Tábor']]);
    expect(e?.signatories).toEqual(['Luc Marmet', 'Pavel Novotný']);
  });

  it('reads "X, directrice du collège, et Y, proviseur du lycée, ont apposé leurs signatures"', () => {
    const text =
      "Le Collège de Champagnole et le Gymnasium de Tábor ont conclu une entente d'échanges. La cérémonie s'est tenue au gymnase. Anne Roussel, directrice du collège, et Jan Novák, proviseur du lycée, ont apposé leurs signatures mardi.";
    const [e] = eventsFor(text, [['ORG', 'Collège de Champagnole'], ['ORG', 'Gymnasium de Tábor'], ['PERSON', 'Anne Roussel'], ['PERSON', 'Jan Novák']]);
    expect(e?.signatories).toEqual(['Anne Roussel', 'Jan Novák']);
  });
});

describe('a signer named with a long title, or by "a posé sa signature"', () => {
  it('reads "X, a long title of her body, signed for it" two sentences on', () => {
    const text =
      'Port Alba and the Faroe Ocean Cluster concluded a memorandum of understanding. The ceremony took place at the harbour. Ruth Keane, vice-president of the Port Alba Harbour Trust in charge of international affairs, signed for the port.';
    const [e] = eventsFor(text, [['ORG', 'Port Alba'], ['ORG', 'Faroe Ocean Cluster'], ['ORG', 'Port Alba Harbour Trust'], ['PERSON', 'Ruth Keane']], [], 'en');
    expect(e?.signatories).toEqual(['Ruth Keane']);
  });

  it('reads "X a posé sa signature" two sentences on', () => {
    const text =
      "La Ville de Champagnole et la Ville de Tábor ont conclu une convention d'amitié. La cérémonie s'est tenue au château. Luc Marmet a posé sa signature au bas du document.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Tábor'], ['PERSON', 'Luc Marmet']]);
    expect(e?.signatories).toEqual(['Luc Marmet']);
  });

  it('reads "Mayor A and Port Alba Board chair B signed" two sentences on', () => {
    const text =
      'Port Alba and the Faroe Ocean Cluster concluded a memorandum of understanding. The ceremony took place at the harbour. Mayor Ruth Keane and Faroe Ocean Cluster board chair Ole Berg had signed it the day before.';
    const [e] = eventsFor(text, [['ORG', 'Port Alba'], ['ORG', 'Faroe Ocean Cluster'], ['PERSON', 'Ruth Keane'], ['PERSON', 'Ole Berg']], [], 'en');
    expect(e?.signatories).toEqual(['Ruth Keane', 'Ole Berg']);
  });

  it('reads "Dr A and the dean of X, Professor B, put their names to the document" (an honorific spelt out)', () => {
    const text =
      'Port Alba College and Nordvik University signed a student exchange agreement on Tuesday. Dr Ruth Keane and the dean of the engineering school, Professor Ole Berg, put their names to the document.';
    const [e] = eventsFor(text, [['ORG', 'Port Alba College'], ['ORG', 'Nordvik University'], ['PERSON', 'Ruth Keane'], ['PERSON', 'Ole Berg']], [], 'en');
    expect(e?.signatories).toEqual(['Ruth Keane', 'Ole Berg']);
  });

  it('leaves a person who watched the spelt-out honorific\'s holder sign', () => {
    const text =
      'Port Alba College and Nordvik University signed a student exchange agreement on Tuesday. Dr Ruth Keane watched as the dean of the engineering school, Professor Ole Berg, put his name to the document.';
    const [e] = eventsFor(text, [['ORG', 'Port Alba College'], ['ORG', 'Nordvik University'], ['PERSON', 'Ruth Keane'], ['PERSON', 'Ole Berg']], [], 'en');
    expect(e?.signatories).toEqual(['Ole Berg']);
  });
});
