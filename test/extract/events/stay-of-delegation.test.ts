import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('the place a delegation stayed in, told after "le séjour de la délégation"', () => {
  it('takes "pendant le séjour de la délégation X à Y" as a trip to Y', () => {
    const text =
      "L'accord a été signé pendant le séjour de la délégation de Vernelles à Arles, du 2 au 6 mai. Elle réunit des représentants de l'Institut du Riz.";
    const trip = eventsFor(text, [['PLACE', 'Vernelles'], ['PLACE', 'Arles'], ['ORG', 'Institut du Riz']]).find((e) => e.type === 'mission');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Vernelles', 'Arles', 'Institut du Riz']));
  });

  it('takes "during the stay of a delegation from X in Leeds" as a trip to Leeds', () => {
    const text =
      'The memorandum was signed during the stay of a delegation from Brantwood in Leeds in March. It included staff of the Brantwood Institute.';
    const trip = eventsFor(text, [['PLACE', 'Brantwood'], ['PLACE', 'Leeds'], ['ORG', 'Brantwood Institute']], [], 'en').find((e) => e.type === 'mission');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Brantwood', 'Leeds', 'Brantwood Institute']));
  });
});
