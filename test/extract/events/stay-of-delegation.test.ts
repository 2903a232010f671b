import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('the place a delegation stayed in, told after "le séjour de la délégation"', () => {
  it('takes "pendant le séjour de la délégation X à Y" as a trip to Y', () => {
    const text =
      "L'accord a été signé pendant le séjour de la délégation de Vernelles à Arles, du 2 au 6 mai. Elle réunit des représentants de l'Institut du Riz.";
    const trip = missionFor(text, [['PLACE', 'Vernelles'], ['PLACE', 'Arles'], ['ORG', 'Institut du Riz']]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['Vernelles', 'Arles', 'Institut du Riz']));
  });

  it('takes "during the stay of a delegation from X in Leeds" as a trip to Leeds', () => {
    const text =
      'The memorandum was signed during the stay of a delegation from Brantwood in Leeds in March. It included staff of the Brantwood Institute.';
    const trip = missionFor(text, [['PLACE', 'Brantwood'], ['PLACE', 'Leeds'], ['ORG', 'Brantwood Institute']], [], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Brantwood', 'Leeds', 'Brantwood Institute']));
  });
});
