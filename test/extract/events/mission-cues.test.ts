import { describe, expect, it } from 'vitest';
import { eventsFor, missionFor, missionsFor } from './entities-for.js';

describe('what makes a clause name a trip', () => {
  it('keeps the qualified noun of a group: "une mission commerciale … que la délégation finistérienne a effectuée"', () => {
    const text = "Le forum a clos une mission commerciale de trois jours que la délégation finistérienne, conduite par Mme Anne Le Goff, a effectuée sur la Riviera.";
    const out = eventsFor(text, [['PERSON', 'Anne Le Goff'], ['PLACE', 'Riviera']]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'mission', kind: 'mission commerciale' });
  });
});

describe('verbs that tell a trip', () => {
  it('reads "s’y rendra à la tête d’une délégation" and "arrivée mardi" as trips', () => {
    const fr = "Le recteur de l'Université de Tulear, M. Paul Rabe, s'y rendra à la tête d'une délégation de doyens.";
    expect(missionsFor(fr, [['ORG', "Université de Tulear"], ['PERSON', 'Paul Rabe']])).toHaveLength(1);
    const arrived = 'La délégation mahoraise, arrivée mardi dans le chef-lieu, a rencontré les élus du Conseil de Majunga.';
    expect(missionsFor(arrived, [['ORG', 'Conseil de Majunga']])).toHaveLength(1);
  });

  it('reads "returned from X, where …" as a trip to X, not to what happened there', () => {
    const text =
      'A delegation of city officials from Tacoma returned Sunday from Galicia, where the mayor renewed the charter that links Tacoma and Lugo.';
    const trip = missionFor(text, [['PLACE', 'Tacoma'], ['PLACE', 'Galicia'], ['PLACE', 'Lugo']], [], 'en');
    expect(trip).toMatchObject({ place: 'Galicia' });
    expect(trip?.parties).not.toContain('Lugo');
  });

  it('reads "a visit by a 12-member delegation" as a visit received, numbers and all', () => {
    const text = 'The talks followed a visit by a 12-member delegation from Latvia.';
    expect(eventsFor(text, [['PLACE', 'Latvia']], [], 'en')).toMatchObject([{ type: 'mission', parties: ['Latvia'] }]);
  });
});

describe('what a trip is for', () => {
  it('names no side in "a trade mission designed to tap into one of Europe’s …"', () => {
    const text = 'Twelve firms from Alsace spent a week in the southern Vosges on a trade mission designed to tap into one of Europe’s largest timber markets.';
    const out = eventsFor(text, [['PLACE', 'Alsace'], ['PLACE', 'Vosges'], ['PLACE', 'Europe']], [], 'en');
    expect(out.flatMap((e) => e.parties)).not.toContain('Europe');
  });
});

describe('the side of a leader named after the trip', () => {
  it('adds the body of "le recteur de l’Université de Ségou, le professeur X, qui dirigeait la délégation"', () => {
    const text =
      "La cérémonie s'est tenue à Namur, en présence d'une délégation malienne reçue à Namur du 7 au 10 mai. L'entente a été signée par le recteur de l'Université de Ségou, le professeur Amadou Diarra, qui dirigeait la délégation.";
    const trip = missionFor(text, [['PLACE', 'Namur'], ["ORG", "Université de Ségou"], ['PERSON', 'Amadou Diarra']]);
    expect(trip?.parties).toContain("Université de Ségou");
    expect(trip?.signatories).toEqual(['Amadou Diarra']);
  });
});
