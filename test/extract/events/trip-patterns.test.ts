import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor, missionFor, missionsFor } from './entities-for.js';

describe('one trip told with two nouns', () => {
  it('reads "a delegation … visited X on a trade mission" as one trip', () => {
    const text = 'A business delegation from the Halden Chamber of Commerce visited Chile from 3 to 7 March on a trade mission focused on salmon farming.';
    const out = eventsFor(
      text,
      [['ORG', 'Halden Chamber of Commerce'], ['PLACE', 'Chile']],
      [dateFor(text, '3 to 7 March', '--03-03/--03-07')],
      'en',
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'mission', parties: ['Halden Chamber of Commerce', 'Chile'], date: '--03-03/--03-07' });
  });
});

describe('a new trip announced after one told', () => {
  it('keeps "une nouvelle mission" apart from the trip told before', () => {
    const text =
      'La Chambre de commerce de Lévis a conduit une mission économique en Norvège du 2 au 5 juin. La Chambre de commerce de Lévis organisera une nouvelle mission en Norvège au printemps.';
    expect(missionsFor(text, [['ORG', 'Chambre de commerce de Lévis'], ['PLACE', 'Norvège']], [dateFor(text, 'du 2 au 5 juin', '--06-02/--06-05')])).toHaveLength(2);
  });

  it('makes no trip of "future missions" in general', () => {
    const text = 'Une délégation de Sfax a séjourné à Lyon en mai. Les membres intéressés par de futures missions à Lyon peuvent écrire à la Chambre.';
    const out = eventsFor(text, [['PLACE', 'Sfax'], ['PLACE', 'Lyon']]);
    expect(out).toHaveLength(1);
  });
});

describe('visits that are stops of a programme', () => {
  it('makes no trip of "une visite du site" or of the verb "to visit"', () => {
    const text =
      'Le programme comprenait une visite du site de Tarnos, à Bayonne. The members also went to Porto to visit cork processors in Braga.';
    const out = eventsFor(text, [['PLACE', 'Tarnos'], ['PLACE', 'Bayonne'], ['PLACE', 'Braga']]);
    expect(out).toHaveLength(0);
  });
});

describe('a plan given up', () => {
  it('makes no agreement of "had hoped to sign …, but no agreement was reached"', () => {
    const text =
      'The Oslo Chamber of Commerce and the Lima Chamber of Commerce had hoped to sign a memorandum of understanding during the visit, but no agreement was reached on arbitration.';
    expect(agreementsFor(text, [['ORG', 'Oslo Chamber of Commerce'], ['ORG', 'Lima Chamber of Commerce']], [], 'en')).toHaveLength(0);
  });

  it('keeps a plan that still holds', () => {
    const text = 'The Oslo Chamber of Commerce and the Lima Chamber of Commerce hope to sign a memorandum of understanding in May.';
    const out = eventsFor(text, [['ORG', 'Oslo Chamber of Commerce'], ['ORG', 'Lima Chamber of Commerce']], [], 'en');
    expect(out[0]).toMatchObject({ type: 'agreement', status: 'planned' });
  });
});

describe('who leads a trip', () => {
  it('reads "X, who led a delegation to Y" as the leader, not the signers named before', () => {
    const text =
      'The agreement was signed in Regina by Minister Ann Lee and Governor Tom Park, who led a 20-member delegation to Regina from May 5 to 7.';
    const trip = missionFor(text, [['PLACE', 'Regina'], ['PERSON', 'Ann Lee'], ['PERSON', 'Tom Park']], [dateFor(text, 'May 5 to 7', '--05-05/--05-07')], 'en');
    expect(trip?.signatories).toEqual(['Tom Park']);
  });

  // Of the signers, only the one whose title names the travellers' town leads (signer-leads-trip): the travellers' own signer is the one who led them there.
  it('takes not both signers of an agreement as leaders of "a visit by a … delegation", only the travellers\' one', () => {
    const text =
      'Mayor Ann Lee and Tom Park, Mayor of Iksan, signed a friendship agreement on May 4, during an official visit by an Iksan City delegation from May 3 to 6.';
    expect(missionFor(
      text,
      [['PLACE', 'Iksan'], ['ORG', 'Iksan City'], ['PERSON', 'Ann Lee'], ['PERSON', 'Tom Park']],
      [dateFor(text, 'May 4', '--05-04'), dateFor(text, 'May 3 to 6', '--05-03/--05-06')],
      'en',
    )?.signatories).toEqual(['Tom Park']);
  });
});

describe('a trip told again', () => {
  it('reads "the 14-member delegation" as the trip told before, and adds no sides from the people it met', () => {
    const text =
      'A delegation from Brest visited Halifax from June 3 to 6. The 14-member delegation, led by Anne Morel, met officials of Harbourside University.';
    const out = eventsFor(
      text,
      [['PLACE', 'Brest'], ['PLACE', 'Halifax'], ['PERSON', 'Anne Morel'], ['ORG', 'Harbourside University']],
      [dateFor(text, 'June 3 to 6', '--06-03/--06-06')],
      'en',
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ parties: ['Brest', 'Halifax'], signatories: ['Anne Morel'] });
  });
});

describe('dates of a trip told again', () => {
  it('dates a trip told undated by "la délégation, qui a séjourné … du 3 au 6 mai"', () => {
    const text =
      'Une délégation québécoise conduite par Anne Roy a visité la Bretagne. La délégation, qui a séjourné à Rennes du 3 au 6 mai 2025, comprenait dix entreprises.';
    const out = eventsFor(
      text,
      [['PLACE', 'Bretagne'], ['PLACE', 'Rennes'], ['PERSON', 'Anne Roy']],
      [dateFor(text, 'du 3 au 6 mai 2025', '2025-05-03/2025-05-06')],
    );
    expect(out.filter((e) => e.type === 'mission')).toHaveLength(1);
    expect(out[0]?.date).toBe('2025-05-03/2025-05-06');
  });
});

describe('whom a trip will meet', () => {
  it('takes no sides from the purpose after the destination ("to meet officials of X")', () => {
    const text = 'A Laval University delegation will travel to Lyon in June to sign research agreements and meet officials of the Lyon Chamber of Commerce.';
    const [e] = eventsFor(text, [['ORG', 'Laval University'], ['PLACE', 'Lyon'], ['ORG', 'Lyon Chamber of Commerce']], [], 'en');
    expect(e).toMatchObject({ type: 'mission', parties: ['Laval University', 'Lyon'] });
  });

  it('still reads the travellers before the destination', () => {
    const text = 'Une délégation de la Chambre de commerce de Lévis se rendra à Dakar pour rencontrer des entreprises sénégalaises.';
    const [e] = eventsFor(text, [['ORG', 'Chambre de commerce de Lévis'], ['PLACE', 'Dakar']]);
    expect(e).toMatchObject({ type: 'mission', parties: ['Chambre de commerce de Lévis', 'Dakar'] });
  });
});

describe('members of a delegation', () => {
  it('takes no sides from "including A, B Inc. and C"', () => {
    const text =
      'A Vermont trade mission visited Sherbrooke on May 2 with several companies, including Green Hill Farms Co., Maple Ridge Inc. and Stowe Robotics.';
    const out = eventsFor(
      text,
      [['PLACE', 'Vermont'], ['PLACE', 'Sherbrooke'], ['ORG', 'Green Hill Farms Co.'], ['ORG', 'Maple Ridge Inc.'], ['ORG', 'Stowe Robotics']],
      [],
      'en',
    );
    expect(out.flatMap((e) => e.parties)).toEqual(expect.not.arrayContaining(['Green Hill Farms Co.', 'Maple Ridge Inc.', 'Stowe Robotics']));
  });
});
