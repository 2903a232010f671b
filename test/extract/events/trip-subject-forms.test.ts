import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('more ways of naming the trip as a subject', () => {
  it('reads the members of "It was led by X and included A, B and C"', () => {
    const text =
      'The mission, held from March 2 to 8, 2026, took 18 participants to Osaka. It was led by Regional Chair Dana Pruitt and included Invest Halton, Halton College and the City of Milton.';
    const trip = missionFor(text, [['ORG', 'Invest Halton'], ['ORG', 'Halton College'], ['ORG', 'City of Milton'], ['PERSON', 'Dana Pruitt'], ['PLACE', 'Osaka']], [], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Invest Halton', 'Halton College', 'City of Milton']));
  });

  it('does not read the members of another subject coordinated in the sentence', () => {
    const text =
      'The mission, held from March 2 to 8, 2026, took 18 participants to Osaka. The report was led by Dana Pruitt and included Invest Halton.';
    const trip = missionFor(text, [['ORG', 'Invest Halton'], ['PERSON', 'Dana Pruitt'], ['PLACE', 'Osaka']], [], 'en');
    expect(trip?.parties).not.toContain('Invest Halton');
  });

  it('reads the hosts of travellers named by a compound plural of place: "Les Bas-Laurentiers ont été reçus par X"', () => {
    const text =
      'Une délégation de Rimouski a séjourné en Islande du 4 au 9 mai. Sur place, les Bas-Laurentiers ont été reçus par la commune de Húsavík et par la Chambre de commerce de Norðurland.';
    const trip = missionFor(text, [['ORG', 'commune de Húsavík'], ['ORG', 'Chambre de commerce de Norðurland'], ['PLACE', 'Rimouski'], ['PLACE', 'Islande']]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['commune de Húsavík', 'Chambre de commerce de Norðurland']));
  });
});
