import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('more of the people a body sends with a trip', () => {
  it('reads "two instructors from X" and "engineers from Y" as members', () => {
    const text =
      'A delegation from Brantwood is visiting Leeds this week. It includes two instructors from the Brantwood Institute and engineers from Calder Robotics.';
    const trip = missionFor(text, [['PLACE', 'Brantwood'], ['PLACE', 'Leeds'], ['ORG', 'Brantwood Institute'], ['ORG', 'Calder Robotics']], [], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Brantwood Institute', 'Calder Robotics']));
  });

  it('reads "trois élèves du X" as members', () => {
    const text = "Une délégation de Vernelles séjourne à Arles du 2 au 6 mai. Elle compte trois élèves du Collège des Tilleuls.";
    const trip = missionFor(text, [['PLACE', 'Vernelles'], ['PLACE', 'Arles'], ['ORG', 'Collège des Tilleuls']]);
    expect(trip?.parties).toContain('Collège des Tilleuls');
  });
});
