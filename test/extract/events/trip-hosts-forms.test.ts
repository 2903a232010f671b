import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/extract/events/find-triggers.js';
import { missionFor, missionsFor } from './entities-for.js';

describe('more ways of saying who received a trip', () => {
  it('reads "It is being hosted by X, Y and Z"', () => {
    const text = 'A delegation from Tromsø is visiting Halden this week. It is being hosted by the Halden Business Council, Halden Port and the Østfold Institute.';
    const trip = missionFor(text, [['ORG', 'Halden Business Council'], ['ORG', 'Halden Port'], ['ORG', 'Østfold Institute'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Halden Business Council', 'Halden Port', 'Østfold Institute']));
  });

  it('reads the travellers telling it: "Nous avons été reçus par X"', () => {
    const text =
      "« J'ai conduit une délégation de Vernelles à Arles du 2 au 6 mai. Nous avons été reçus par la Communauté de communes du Val Vert et par la Fondation Camargue », raconte la mairesse.";
    const trip = missionFor(text, [['ORG', 'Communauté de communes du Val Vert'], ['ORG', 'Fondation Camargue'], ['PLACE', 'Vernelles'], ['PLACE', 'Arles']]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['Communauté de communes du Val Vert', 'Fondation Camargue']));
  });

  it('reads a fronted participle: "Accueillie par X et Y, la délégation …"', () => {
    const text =
      'Une délégation de Vernelles séjourne à Arles du 2 au 6 mai. Accueillie par la Communauté de communes du Val Vert et la Fondation Camargue, la délégation a visité trois exploitations.';
    const trip = missionFor(text, [['ORG', 'Communauté de communes du Val Vert'], ['ORG', 'Fondation Camargue'], ['PLACE', 'Vernelles'], ['PLACE', 'Arles']]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['Communauté de communes du Val Vert', 'Fondation Camargue']));
  });

  it('does not read the visit of a plant as a trip of its own', () => {
    const text =
      "Une délégation de Vernelles séjourne à Arles du 2 au 6 mai. Outre la Ville, la délégation comprend des agriculteurs. Elle a été reçue par la Fondation Camargue, qui a organisé la visite de l'usine de la Société Rizière du Sud.";
    const trips = missionsFor(text, [['ORG', 'Fondation Camargue'], ['ORG', 'Société Rizière du Sud'], ['PLACE', 'Vernelles'], ['PLACE', 'Arles']]);
    expect(trips).toHaveLength(1);
    expect(trips[0]?.parties).toContain('Fondation Camargue');
  });

  it('reads "la visite de l’usine" as a stop, not a trip noun', () => {
    const text = "La fondation a organisé la visite de l'usine de riz et la visite de l’atelier.";
    expect(findTriggers(text, { start: 0, end: text.length })).toEqual([]);
  });
});
