import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('a trip’s members listed with the preposition said again before each body', () => {
  it('goes on past an item that is no entity: "des représentants de la X, de l’Amicale Y et de la Z"', () => {
    const text =
      "Une délégation de Vernelles a séjourné à Colvant du 3 au 8 mai. Elle réunissait des représentants de la Maison des jeunes de Vernelles, de l'Amicale des pêcheurs du lac et de la Coopérative fruitière des Brumes.";
    const e = missionFor(text, [
      ['ORG', 'Maison des jeunes de Vernelles'],
      ['ORG', 'Coopérative fruitière des Brumes'],
      ['PLACE', 'Vernelles'],
      ['PLACE', 'Colvant'],
    ]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Maison des jeunes de Vernelles', 'Coopérative fruitière des Brumes']));
  });

  it('goes on after a bare body: "des élus de la Ville, du X et de la Y"', () => {
    const text =
      "Une délégation de la Ville de Vernelles a séjourné à Colvant du 3 au 8 mai. Elle comptait des élus de la Ville, du Comité des fêtes de Vernelles et de la Coopérative fruitière des Brumes.";
    const e = missionFor(text, [
      ['ORG', 'Ville de Vernelles'],
      ['ORG', 'Comité des fêtes de Vernelles'],
      ['ORG', 'Coopérative fruitière des Brumes'],
      ['PLACE', 'Vernelles'],
      ['PLACE', 'Colvant'],
    ]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Ville de Vernelles', 'Comité des fêtes de Vernelles', 'Coopérative fruitière des Brumes']));
  });

  it('stops at a meeting: the bodies met are not members', () => {
    const text =
      "Une délégation de Vernelles a séjourné à Colvant du 3 au 8 mai. Elle comptait des représentants de la Maison des jeunes de Vernelles, qui ont rencontré des élus de la Ville de Colvant et de la Coopérative fruitière de Colvant.";
    const e = missionFor(text, [
      ['ORG', 'Maison des jeunes de Vernelles'],
      ['ORG', 'Coopérative fruitière de Colvant'],
      ['PLACE', 'Vernelles'],
      ['PLACE', 'Colvant'],
    ]);
    expect(e?.parties).toContain('Maison des jeunes de Vernelles');
    expect(e?.parties).not.toContain('Coopérative fruitière de Colvant');
  });
});
