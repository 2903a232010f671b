import { describe, expect, it } from 'vitest';
import { dateFor, missionFor, missionsFor } from './entities-for.js';

describe('a delegation dated by its days and led, or visiting, is the trip', () => {
  it('takes "The twelve-member delegation, in the city from 15 to 19 November, was led by X" as the trip', () => {
    const text =
      'The twelve-member delegation, in the city from 15 to 19 November, was led by Vernelles Mayor Ana Brill. The visitors were hosted by the Calder Harbour Trust.';
    const trip = missionFor(text, [['PLACE', 'Vernelles'], ['PERSON', 'Ana Brill'], ['ORG', 'Calder Harbour Trust']], [dateFor(text, '15 to 19 November', '2026-11-15/2026-11-19')], 'en');
    expect(trip?.date).toBe('2026-11-15/2026-11-19');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Vernelles', 'Calder Harbour Trust']));
  });

  it("takes \"a X delegation's visit to the upper valley from November 15 to 19\" as the trip", () => {
    const text =
      "The signing was the centrepiece of a Vernelles delegation's visit to the upper valley from November 15 to 19. The Calder Harbour Trust hosted the visitors.";
    const trip = missionFor(text, [['PLACE', 'Vernelles'], ['ORG', 'Calder Harbour Trust']], [dateFor(text, 'November 15 to 19', '2026-11-15/2026-11-19')], 'en');
    expect(trip?.parties).toEqual(['Vernelles', 'Calder Harbour Trust']);
    expect(trip?.date).toBe('2026-11-15/2026-11-19');
  });

  it('keeps "une petite délégation de six personnes, du 14 au 21 novembre" as the group of the trip told before', () => {
    const text =
      "Pourquoi une délégation de Vernelles est-elle allée à Calderton ? On est partis du 14 au 21 novembre, une petite délégation de six personnes : l'Office du tourisme et deux conseillers.";
    const trips = missionsFor(text, [['PLACE', 'Vernelles'], ['PLACE', 'Calderton'], ['ORG', 'Office du tourisme']], [dateFor(text, 'du 14 au 21 novembre', '2026-11-14/2026-11-21')]);
    expect(trips).toHaveLength(1);
  });
});
