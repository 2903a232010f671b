import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

const SPECS = [
  ['ORG', 'Halden Business Council'],
  ['ORG', 'Østfold Institute'],
  ['PLACE', 'Tromsø'],
  ['PLACE', 'Halden'],
] as const;

describe('a trip named as "the visit" or "the trip" that was hosted', () => {
  it('reads "The visit was hosted by X and Y"', () => {
    const text = 'A delegation from Tromsø travelled to Halden from May 2 to 6. The visit was hosted by the Halden Business Council and the Østfold Institute.';
    const trip = missionFor(text, SPECS, [], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Halden Business Council', 'Østfold Institute']));
  });

  it('reads "La visite a été accueillie par X"', () => {
    const text = "Une délégation de Vernelles s'est rendue à Arles du 2 au 6 mai. Le séjour a été accueilli par la Fondation Camargue.";
    const trip = missionFor(text, [['ORG', 'Fondation Camargue'], ['PLACE', 'Vernelles'], ['PLACE', 'Arles']]);
    expect(trip?.parties).toContain('Fondation Camargue');
  });

  it('does not read an exhibition that was hosted as the trip', () => {
    const text = 'A delegation from Tromsø travelled to Halden from May 2 to 6. The exhibition was hosted by the Østfold Institute.';
    const trip = missionFor(text, SPECS.slice(1), [], 'en');
    expect(trip?.parties).not.toContain('Østfold Institute');
  });
});

describe('hosts listed after a place', () => {
  it('reads the body after "hosted by <place> and <body>"', () => {
    const text = 'A delegation from Tromsø travelled to Halden from May 2 to 6. The delegation was hosted by Østfold County and the Halden Business Council.';
    const trip = missionFor(text, [['PLACE', 'Østfold County'], ['ORG', 'Halden Business Council'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en');
    expect(trip?.parties).toContain('Halden Business Council');
  });

  it('does not read a body met after the place the trip was hosted in', () => {
    const text = 'A delegation from Tromsø travelled to Halden from May 2 to 6. The delegation was hosted in Halden, where councillors later met the Halden Business Council.';
    const trip = missionFor(text, [['ORG', 'Halden Business Council'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en');
    expect(trip?.parties).not.toContain('Halden Business Council');
  });
});
