import { describe, expect, it } from 'vitest';
import { eventsFor, missionsFor } from './entities-for.js';

describe('a programme of visits within a trip', () => {
  it('starts no trip of its own', () => {
    const text =
      'A delegation from Otago spent five days in Canterbury in March. It was hosted by Ellesmere University and Waimara District Council, and included visits to farms near Darfield and to the Ellesmere Showground.';
    const trips = eventsFor(text, [['PLACE', 'Otago'], ['PLACE', 'Canterbury'], ['ORG', 'Ellesmere University'], ['ORG', 'Waimara District Council'], ['PLACE', 'Darfield'], ['PLACE', 'Ellesmere Showground']], [], 'en').filter(
      (e) => e.type === 'mission',
    );
    expect(trips).toHaveLength(1);
    expect(trips[0]!.kind).toBe('delegation');
  });

  it('leaves a trip named by a qualified plural ("visites officielles") alone', () => {
    const text = "Des visites officielles de la Ville de Namur à Dakar ont eu lieu du 3 au 6 mai.";
    const trips = missionsFor(text, [['ORG', 'Ville de Namur'], ['PLACE', 'Dakar']]);
    expect(trips).toHaveLength(1);
  });
});

describe('trips in general', () => {
  it('are no trip when the plural noun has no determiner ("helpful with trade missions")', () => {
    const text = 'The Iowa Department of Commerce has been helpful with trade missions to Japan, but it is not a party to the memorandum.';
    const trips = missionsFor(text, [['ORG', 'Iowa Department of Commerce'], ['PLACE', 'Japan']], [], 'en');
    expect(trips).toHaveLength(0);
  });
});

describe('a trip told by the length of its stay', () => {
  it('is a trip: "a delegation from X spent three days with us"', () => {
    const text = 'In September a delegation from Rostock spent three days with us, led by Anke Vollmer.';
    const trips = missionsFor(text, [['PLACE', 'Rostock'], ['PERSON', 'Anke Vollmer']], [], 'en');
    expect(trips).toHaveLength(1);
    expect(trips[0]!.signatories).toEqual(['Anke Vollmer']);
  });

  it('is a trip: "une délégation de X a passé la semaine avec nous"', () => {
    const text = 'Une délégation de Rostock a passé la semaine avec nous, conduite par Anke Vollmer.';
    const trips = missionsFor(text, [['PLACE', 'Rostock'], ['PERSON', 'Anke Vollmer']]);
    expect(trips).toHaveLength(1);
  });
});

describe('a trip only raised', () => {
  it('is no trip when the speaker "a évoqué une visite" with no date set', () => {
    const text = "Le maire de Hinche a par ailleurs évoqué une visite à Papineauville « peut-être l'an prochain », sans date arrêtée.";
    const trips = missionsFor(text, [['PLACE', 'Hinche'], ['PLACE', 'Papineauville']]);
    expect(trips).toHaveLength(0);
  });

  it('is no trip when "she floated a return visit"', () => {
    const text = 'The mayor of Ulsan floated a return visit to Tauranga next year.';
    const trips = missionsFor(text, [['PLACE', 'Ulsan'], ['PLACE', 'Tauranga']], [], 'en');
    expect(trips).toHaveLength(0);
  });

  it('stays a trip when the visit is announced', () => {
    const text = "Le maire de Hinche effectuera une visite à Papineauville du 3 au 6 mai.";
    const trips = missionsFor(text, [['PLACE', 'Hinche'], ['PLACE', 'Papineauville']]);
    expect(trips).toHaveLength(1);
  });
});
