import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/extract/events/find-triggers.js';
import { extractEvents } from '../../../src/extract/events/extract-events.js';
import { splitSentences } from '../../../src/extract/text/split-sentences.js';
import { agreements, agreementsFor, dateFor, entitiesFor, eventsFor, missions, missionsFor } from './entities-for.js';

const kinds = (text: string) => findTriggers(text, { start: 0, end: text.length }).map((t) => t.kind);

describe('an agreement introduced with its own noun', () => {
  it('keeps "signent une convention" apart from a charter the same towns signed before', () => {
    const text =
      'Tout commence le 3 mars 1990 à Cholet. Ce jour-là, Lodève et Cholet signent la charte de jumelage. ' +
      'En 2004, la Ville de Lodève et la Ville de Cholet signent une convention de coopération sur la gestion des déchets.';
    const out = agreements(
      eventsFor(
        text,
        [['PLACE', 'Lodève'], ['PLACE', 'Cholet'], ['ORG', 'Ville de Lodève'], ['ORG', 'Ville de Cholet']],
        [dateFor(text, '3 mars 1990', '1990-03-03'), dateFor(text, '2004', '2004')],
      ),
    );
    expect(out.map((e) => [e.kind.split(' ')[0], e.date])).toEqual([
      ['charte', '1990-03-03'],
      ['convention', '2004'],
    ]);
  });

  it('keeps each listed item with another noun apart, even when a side is shared', () => {
    const text = [
      'Three texts were signed at the forum in Tromsø:',
      '',
      '- A memorandum of understanding on fisheries between the Government of Finnmark and the Murmansk Region, signed by Governor Ola Berg.',
      '- A letter of intent on tourism between Visit Finnmark and the Murmansk Region.',
    ].join('\n');
    const out = agreements(
      eventsFor(
        text,
        [['PLACE', 'Tromsø'], ['ORG', 'Government of Finnmark'], ['PLACE', 'Murmansk Region'], ['PERSON', 'Ola Berg'], ['ORG', 'Visit Finnmark']],
        [],
        'en',
      ),
    );
    expect(out.map((e) => e.parties)).toEqual([
      ['Government of Finnmark', 'Murmansk Region'],
      ['Visit Finnmark', 'Murmansk Region'],
    ]);
  });

  it('still reads "la signature d’un accord" as the charter renewed in the sentence before', () => {
    const text =
      'La charte de jumelage entre Figeac et Ségou a été renouvelée mercredi à Ségou. ' +
      "Le maire de Figeac a procédé à la signature d'un accord de partenariat entre Figeac et Ségou.";
    const out = agreementsFor(text, [['PLACE', 'Figeac'], ['PLACE', 'Ségou']]);
    expect(out).toHaveLength(1);
  });
});

describe('one trip told twice, two trips of different years', () => {
  it('reads "The Breton delegation" as the trip already told, not a new one', () => {
    const text =
      'Two Galway hospitals signed agreements on Monday, as a Breton health delegation ended a week-long visit to Connacht. ' +
      'Galway Clinic and Brest Hospital signed a memorandum of understanding on cancer care. ' +
      'The Breton delegation, in Ireland from May 4 to 9, was led by Dr Anne Le Goff.';
    const out = missions(
      eventsFor(
        text,
        [['PLACE', 'Galway'], ['PLACE', 'Connacht'], ['ORG', 'Galway Clinic'], ['ORG', 'Brest Hospital'], ['PLACE', 'Ireland'], ['PERSON', 'Anne Le Goff'], ['PLACE', 'Bretagne', 'Breton']],
        [dateFor(text, 'May 4 to 9', '--05-04/--05-09')],
        'en',
      ),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.date).toBe('--05-04/--05-09');
  });

  it('makes "la délégation de cette année" another trip than one of years ago', () => {
    const text =
      'En 1998, une délégation figeacoise séjourne à Ségou. ' +
      'La délégation de cette année, qui a séjourné à Ségou du 2 au 6 mai, était conduite par le maire de Figeac.';
    const out = missions(
      eventsFor(text, [['PLACE', 'Figeac'], ['PLACE', 'Ségou']], [dateFor(text, '1998', '1998'), dateFor(text, 'du 2 au 6 mai', '--05-02/--05-06')]),
    );
    expect(out.map((e) => e.date)).toEqual(['1998', '--05-02/--05-06']);
  });
});

describe('"mission" used for a goal', () => {
  it('makes no trip of "la mission qu’il s’est fixée" or "notre mission, c’est de …"', () => {
    const fr1 = "Le directeur du festival de Espalion rappelle la mission qu'il s'est fixée : faire venir à Espalion des gens de Privas.";
    expect(eventsFor(fr1, [['PLACE', 'Espalion'], ['PLACE', 'Privas']])).toEqual([]);
    const fr2 = 'Notre mission, c’est de vendre Espalion à Privas et à Guéret.';
    expect(eventsFor(fr2, [['PLACE', 'Espalion'], ['PLACE', 'Privas'], ['PLACE', 'Guéret']])).toEqual([]);
  });

  it('still reads "la mission de la Chambre à Montréal" as a trip', () => {
    const text = 'La mission de la Chambre de Espalion à Montréal a eu lieu en mai.';
    expect(missionsFor(text, [['ORG', 'Chambre de Espalion'], ['PLACE', 'Montréal']])).toHaveLength(1);
  });
});

describe('a headline that names the signing bodies by their towns', () => {
  it('makes "Brest et Cork scellent un protocole d’accord" the port agreement of the body text', () => {
    const text = [
      "Brest et Cork scellent un protocole d'accord portuaire",
      '',
      "Le Port de commerce de Brest et l'autorité portuaire irlandaise Port of Cork Company ont signé mardi à Cork un protocole d'accord de coopération technique.",
    ].join('\n');
    const out = agreementsFor(text, [['PLACE', 'Brest'], ['PLACE', 'Cork'], ['ORG', 'Port de commerce de Brest'], ['ORG', 'Port of Cork Company']]);
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(['Port de commerce de Brest', 'Port of Cork Company']);
  });
});

describe('agreements the text denies or only mentions in passing', () => {
  it('denies "aucun accord n’a été conclu avec X, qui étudie encore le dossier"', () => {
    const text = "Aucun accord n'a été conclu avec la Ville de Champagnole, qui étudie encore le dossier avec la Région Jura.";
    expect(agreementsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Région Jura']])).toEqual([]);
  });

  it('still reads "aucune convention n’a encore été signée" as pending', () => {
    const text = "Aucune convention n'a encore été signée entre la Ville de Champagnole et la Région Jura.";
    const out = agreementsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Région Jura']]);
    expect(out.map((e) => e.status)).toEqual(['planned']);
  });

  it('denies "we didn’t go to Norway to sign memorandums"', () => {
    const text = "\"We didn't go to Norway to sign memorandums, we went to meet buyers,\" said the head of the Cork Chamber.";
    expect(agreementsFor(text, [['PLACE', 'Norway'], ['ORG', 'Cork Chamber']], [], 'en')).toEqual([]);
  });

  it('makes no agreement of "avec l’accord de tous les groupes"', () => {
    expect(kinds("Le conseil municipal de Champagnole a voté le budget avec l'accord de tous les groupes politiques.")).toEqual([]);
    expect(kinds('The plan was adopted with the agreement of the council.')).toEqual([]);
    expect(kinds("Champagnole a signé avec l'accord-cadre de la Région une convention.")).toContain('convention');
  });

  it('reads "le projet de convention" approved before the signing as that convention', () => {
    const text =
      'La Ville de Champagnole et la Commune de Sikasso ont signé lundi 20 octobre une convention de coopération. ' +
      'Le conseil municipal avait approuvé le projet de convention lors de sa séance du 30 septembre.';
    const out = agreements(
      eventsFor(
        text,
        [['ORG', 'Ville de Champagnole'], ['ORG', 'Commune de Sikasso']],
        [dateFor(text, 'lundi 20 octobre', '--10-20'), dateFor(text, '30 septembre', '--09-30')],
      ),
    );
    expect(out.map((e) => [e.status, e.date])).toEqual([['signed', '--10-20']]);
  });
});

describe('signings and trips told with other verbs', () => {
  it('reads "venaient de signer la charte" as a signing', () => {
    const text = '« Jean Dupont et Amadou Traoré venaient de signer la charte de jumelage entre Figeac et Ségou », raconte-t-il.';
    const out = agreementsFor(text, [['PERSON', 'Jean Dupont'], ['PERSON', 'Amadou Traoré'], ['PLACE', 'Figeac'], ['PLACE', 'Ségou']]);
    expect(out.map((e) => [e.status, e.parties])).toEqual([['signed', ['Figeac', 'Ségou']]]);
  });

  it('reads "when a delegation visits Perth" as a trip', () => {
    const text = 'The two universities expect to sign an exchange agreement in May, when a Durban University delegation visits Perth.';
    const out = missionsFor(text, [['ORG', 'Durban University'], ['PLACE', 'Perth']], [], 'en');
    expect(out).toHaveLength(1);
  });
});

describe('a headline under a masthead', () => {
  const text = [
    'Gulf Shore Business Daily',
    'Home › Economy › Trade',
    '',
    'Mobile and Veracruz chambers sign MoU as Alabama delegation visits',
    '',
    'By Ann Lee',
    '',
    'A 20-member trade delegation from the Mobile Area Chamber of Commerce ended a four-day visit to Veracruz on Friday. ' +
      'On Wednesday the Mobile Area Chamber of Commerce and the Veracruz Chamber of Commerce signed a memorandum of understanding on port logistics.',
  ].join('\n');
  const out = eventsFor(
    text,
    [['PLACE', 'Mobile'], ['PLACE', 'Veracruz'], ['PLACE', 'Alabama'], ['PERSON', 'Ann Lee'], ['ORG', 'Mobile Area Chamber of Commerce'], ['ORG', 'Veracruz Chamber of Commerce']],
    [],
    'en',
  );

  it('retells the body’s trip and its memorandum (an MoU is a memorandum)', () => {
    expect(missions(out)).toHaveLength(1);
    expect(agreements(out).map((e) => e.parties)).toEqual([['Mobile Area Chamber of Commerce', 'Veracruz Chamber of Commerce']]);
  });
});

describe('a headline that names the trip’s host more broadly', () => {
  it('keeps the town of "a trade mission to Halifax, Nova Scotia" as the host, not the headline’s province', () => {
    const text = ['Maine Trade Mission to Nova Scotia Yields Agreement', '', 'A Maine trade mission to Halifax, Nova Scotia, from June 9 to 11 met buyers.'].join('\n');
    const country: Record<string, string> = { 'Nova Scotia': 'CA', Halifax: 'CA', Maine: 'US' };
    const entities = entitiesFor(text, [['PLACE', 'Maine'], ['PLACE', 'Nova Scotia'], ['PLACE', 'Halifax']]).map((e) => ({ ...e, geo: { lat: 0, lon: 0, country: country[e.name]! } }));
    const dates = [dateFor(text, 'June 9 to 11', '--06-09/--06-11')];
    const out = missions(extractEvents({ text, language: 'en', sentences: splitSentences(text), entities, dates }));
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(['Maine', 'Halifax']);
  });
});
