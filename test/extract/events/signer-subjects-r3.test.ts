import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('signers who "put pen to paper"', () => {
  it('reads "A, President of X, and B, President of Y, put pen to paper"', () => {
    const text =
      "On Tuesday, Cavan Chamber and the Léonais Chamber of Commerce signed a memorandum of cooperation. Declan Furey, President of Cavan Chamber, and Gwenola Le Gac, President of the Léonais Chamber, put pen to paper at the Chamber's offices.";
    const [e] = eventsFor(text, [['ORG', 'Cavan Chamber'], ['ORG', 'Léonais Chamber of Commerce'], ['PERSON', 'Declan Furey'], ['PERSON', 'Gwenola Le Gac']], [], 'en');
    expect(e?.signatories).toEqual(['Declan Furey', 'Gwenola Le Gac']);
  });

  it('leaves alone a person who "has yet to put pen to paper"', () => {
    const text =
      'On Tuesday, Cavan Chamber and the Léonais Chamber of Commerce signed a memorandum of cooperation. The mayor, Declan Furey, is keen but has yet to put pen to paper on a twinning.';
    const [e] = eventsFor(text, [['ORG', 'Cavan Chamber'], ['ORG', 'Léonais Chamber of Commerce'], ['PERSON', 'Declan Furey']], [], 'en');
    expect(e?.signatories).toEqual([]);
  });
});

describe('the signatories named after "The signatories were"', () => {
  it('reads "The signatories were Provost Dr. A and Rector Prof. B"', () => {
    const text =
      'On Tuesday, Dalton University and the University of Nantes signed a memorandum of understanding on marine biology. The signatories were Dalton Provost Dr. Harriet Mackay and Nantes Rector Prof. Étienne Raffin.';
    const [e] = eventsFor(text, [['ORG', 'Dalton University'], ['ORG', 'University of Nantes'], ['PERSON', 'Harriet Mackay'], ['PERSON', 'Étienne Raffin']], [], 'en');
    expect(e?.signatories).toEqual(['Harriet Mackay', 'Étienne Raffin']);
  });

  it('reads "Les signataires sont A et B"', () => {
    const text =
      "La Ville de Champagnole et la Ville de Tábor ont signé une convention d'amitié lundi. Les signataires sont la maire de Champagnole, Anne Roussel, et le maire de Tábor, Jan Novák.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Tábor'], ['PERSON', 'Anne Roussel'], ['PERSON', 'Jan Novák']]);
    expect(e?.signatories).toEqual(['Anne Roussel', 'Jan Novák']);
  });

  it('leaves alone "the signatories were pleased", said by a spokesman', () => {
    const text =
      'On Tuesday, Dalton University and the University of Nantes signed a memorandum of understanding on marine biology. The signatories were pleased, said spokesman Tom Reid.';
    const [e] = eventsFor(text, [['ORG', 'Dalton University'], ['ORG', 'University of Nantes'], ['PERSON', 'Tom Reid']], [], 'en');
    expect(e?.signatories).toEqual([]);
  });
});

describe('the second signer "with" whom the first signed', () => {
  it('reads "A l\'a signée avec la directrice du cégep, B"', () => {
    const text =
      'Le jeudi 5 mars, le Cégep de Pointe-Laurier et le lycée maritime de Kerlouan ont conclu une convention de stages. Le directeur du lycée, Yann Kerlidou, l\'a signée avec la directrice générale du cégep, Josée Lavoie.';
    const [e] = eventsFor(text, [['ORG', 'Cégep de Pointe-Laurier'], ['ORG', 'lycée maritime de Kerlouan'], ['PERSON', 'Yann Kerlidou'], ['PERSON', 'Josée Lavoie']]);
    expect(e?.signatories).toEqual(['Yann Kerlidou', 'Josée Lavoie']);
  });

  it('reads "A flew in and signed with B\'s vice-chancellor, Dr. C"', () => {
    const text =
      "On Thursday, Dalton University and Patiala Agricultural University signed a memorandum of understanding. Our provost, Dr. Colin Wares, flew in and signed with PAU's vice-chancellor, Dr. Harpreet Gill.";
    const [e] = eventsFor(text, [['ORG', 'Dalton University'], ['ORG', 'Patiala Agricultural University'], ['PERSON', 'Colin Wares'], ['PERSON', 'Harpreet Gill']], [], 'en');
    expect(e?.signatories).toEqual(['Colin Wares', 'Harpreet Gill']);
  });

  it('reads "A signed it with Tarvel Wine Route chair B": a body, then its holder\'s lower-case title', () => {
    const text =
      "On Thursday, the Kassel Heritage Association and the Tarvel Wine Route signed a cooperation agreement. The association's president, Jonas Reindl, signed it with Tarvel Wine Route chair Maria Bellini.";
    const [e] = eventsFor(text, [['ORG', 'Kassel Heritage Association'], ['ORG', 'Tarvel Wine Route'], ['PERSON', 'Jonas Reindl'], ['PERSON', 'Maria Bellini']], [], 'en');
    expect(e?.signatories).toEqual(['Jonas Reindl', 'Maria Bellini']);
  });

  it('leaves alone "A signed it with Tarvel officials watching, as chair B spoke"', () => {
    const text =
      "On Thursday, the Kassel Heritage Association and the Tarvel Wine Route signed a cooperation agreement. The association's president, Jonas Reindl, signed it with Tarvel officials watching, as chair Maria Bellini spoke.";
    const [e] = eventsFor(text, [['ORG', 'Kassel Heritage Association'], ['ORG', 'Tarvel Wine Route'], ['PERSON', 'Jonas Reindl'], ['PERSON', 'Maria Bellini']], [], 'en');
    expect(e?.signatories).toEqual(['Jonas Reindl']);
  });

  it('leaves alone "A signed it with Tarvel officials and B": the words before B end in no role noun', () => {
    const text =
      "On Thursday, the Kassel Heritage Association and the Tarvel Wine Route signed a cooperation agreement. The association's president, Jonas Reindl, signed it with Tarvel Wine Route officials and Maria Bellini.";
    const [e] = eventsFor(text, [['ORG', 'Kassel Heritage Association'], ['ORG', 'Tarvel Wine Route'], ['PERSON', 'Jonas Reindl'], ['PERSON', 'Maria Bellini']], [], 'en');
    expect(e?.signatories).toEqual(['Jonas Reindl']);
  });

  it('reads "A signed it with Norvane Mills owner B": a company role ends the title', () => {
    const text =
      "On Thursday, the Kassel Heritage Association and Norvane Mills signed a cooperation agreement. The association's president, Jonas Reindl, signed it with Norvane Mills owner Maria Bellini.";
    const [e] = eventsFor(text, [['ORG', 'Kassel Heritage Association'], ['ORG', 'Norvane Mills'], ['PERSON', 'Jonas Reindl'], ['PERSON', 'Maria Bellini']], [], 'en');
    expect(e?.signatories).toEqual(['Jonas Reindl', 'Maria Bellini']);
  });

  it('reads "A l\'a paraphée avec l\'adjointe au maire de Y, B": an elided article opens the title', () => {
    const text =
      "Lundi, la Ville de Kassel et la Ville d'Arezzo ont signé une convention de coopération. Le maire, Jonas Reindl, l'a paraphée avec l'adjointe au maire d'Arezzo, Maria Bellini.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Kassel'], ["ORG", "Ville d'Arezzo"], ['PERSON', 'Jonas Reindl'], ['PERSON', 'Maria Bellini']]);
    expect(e?.signatories).toEqual(['Jonas Reindl', 'Maria Bellini']);
  });

  it('leaves alone "A l\'a paraphée avec l\'accord du conseil d\'Arezzo, puis B a parlé"', () => {
    const text =
      "Lundi, la Ville de Kassel et la Ville d'Arezzo ont signé une convention de coopération. Le maire, Jonas Reindl, l'a paraphée avec l'accord du conseil d'Arezzo, puis Maria Bellini a parlé.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Kassel'], ["ORG", "Ville d'Arezzo"], ['PERSON', 'Jonas Reindl'], ['PERSON', 'Maria Bellini']]);
    expect(e?.signatories).toEqual(['Jonas Reindl']);
  });

  it('leaves alone a person met after the signing ("signed it with a pen given by Mayor B")', () => {
    const text =
      'On Thursday, Dalton University and Patiala Agricultural University signed a memorandum of understanding. Dr. Colin Wares signed it with a pen given by Mayor Harpreet Gill.';
    const [e] = eventsFor(text, [['ORG', 'Dalton University'], ['ORG', 'Patiala Agricultural University'], ['PERSON', 'Colin Wares'], ['PERSON', 'Harpreet Gill']], [], 'en');
    expect(e?.signatories).toEqual(['Colin Wares']);
  });
});

describe('a second signer "for" its side, with the verb left out', () => {
  it('reads "A signed for the college and Dr. B, vice-rector of the university, for the Norwegian side"', () => {
    const text =
      "On Tuesday, Dawson College and the University of Tromsø signed a letter of intent on Arctic studies. Dawson's director general, Dr. Paul Tremblay, signed for the college and Dr. Kari Nilsen, vice-rector of the university, for the Norwegian side.";
    const [e] = eventsFor(text, [['ORG', 'Dawson College'], ['ORG', 'University of Tromsø'], ['PERSON', 'Paul Tremblay'], ['PERSON', 'Kari Nilsen']], [], 'en');
    expect(e?.signatories).toEqual(['Paul Tremblay', 'Kari Nilsen']);
  });

  it('leaves alone a person who "spoke for" the guests', () => {
    const text =
      'On Tuesday, Dawson College and the University of Tromsø signed a letter of intent on Arctic studies. Dr. Paul Tremblay signed for the college, and Dr. Kari Nilsen then spoke for the guests.';
    const [e] = eventsFor(text, [['ORG', 'Dawson College'], ['ORG', 'University of Tromsø'], ['PERSON', 'Paul Tremblay'], ['PERSON', 'Kari Nilsen']], [], 'en');
    expect(e?.signatories).toEqual(['Paul Tremblay']);
  });
});

describe('the agent of a participle after "signed"', () => {
  // The agreement is planned: who is to sign it has signed nothing yet, so it names no signatory (see planned-signers.test.ts).
  it('takes no signer for a planned signing "expected to be signed … during a trade mission led by X"', () => {
    const text =
      'Manitoba and Brittany will sign a memorandum of understanding on agrifood next month. The agreement is expected to be signed in Rennes on June 12 during a trade mission led by Premier Wab Kinew.';
    const [e] = eventsFor(text, [['PLACE', 'Manitoba'], ['PLACE', 'Brittany'], ['PLACE', 'Rennes'], ['PERSON', 'Wab Kinew']], [], 'en');
    expect(e?.signatories).toEqual([]);
  });
});

describe('a signer styled "the Honourable" after his title', () => {
  it('reads "signed … by the Minister of Economic Development, the Honourable A, and Iceland\'s Minister for Trade, B"', () => {
    const text =
      "Yukon and Iceland signed a memorandum of understanding on tourism. The memorandum was signed in Reykjavik on Tuesday, by the Minister of Economic Development, the Honourable Paul Ootes, and Iceland's Minister for Trade, Sigrun Magnusdottir.";
    const [e] = eventsFor(text, [['PLACE', 'Yukon'], ['PLACE', 'Iceland'], ['PLACE', 'Reykjavik'], ['PERSON', 'Paul Ootes'], ['PERSON', 'Sigrun Magnusdottir']], [], 'en');
    expect(e?.signatories).toEqual(['Paul Ootes', 'Sigrun Magnusdottir']);
  });

  it('leaves alone a person named well after "by" with no title between ("by the end of the year, said A")', () => {
    const text =
      'Yukon and Iceland signed a memorandum of understanding on tourism. It was signed in Reykjavik on Tuesday, by all accounts a long day for the Iceland delegation and its guests, said Paul Ootes.';
    const [e] = eventsFor(text, [['PLACE', 'Yukon'], ['PLACE', 'Iceland'], ['PLACE', 'Reykjavik'], ['PERSON', 'Paul Ootes']], [], 'en');
    expect(e?.signatories).toEqual([]);
  });
});

describe('titles between two signers of one subject', () => {
  it('reads "Mayor A signed for X and Municipal President B for Y"', () => {
    const text =
      'The City of Bendigo and the Municipality of Zacatecas signed a memorandum of understanding on Friday. Mayor Jane Holt signed for Bendigo and Municipal President Jorge Ruiz Lara for Zacatecas, its sister city.';
    const [e] = eventsFor(text, [['ORG', 'City of Bendigo'], ['ORG', 'Municipality of Zacatecas'], ['PERSON', 'Jane Holt'], ['PERSON', 'Jorge Ruiz Lara']], [], 'en');
    expect(e?.signatories).toEqual(['Jane Holt', 'Jorge Ruiz Lara']);
  });

  it('leaves alone a person after a sentence\'s end inside the glue ("… signed. Mr. B spoke")', () => {
    const text =
      'The City of Bendigo and the Municipality of Zacatecas signed a memorandum of understanding on Friday. Mayor Jane Holt signed for Bendigo and the guests applauded, while Jorge Ruiz Lara spoke for Zacatecas.';
    const [e] = eventsFor(text, [['ORG', 'City of Bendigo'], ['ORG', 'Municipality of Zacatecas'], ['PERSON', 'Jane Holt'], ['PERSON', 'Jorge Ruiz Lara']], [], 'en');
    expect(e?.signatories).toEqual(['Jane Holt']);
  });
});
