import { describe, expect, it } from 'vitest';
import { eventsFor, missionFor } from './entities-for.js';

describe('a delegation "sous la conduite de" or one "que conduirait" its leader', () => {
  it('reads "se rendra à X en avril 2027, sous la conduite du président de la chambre, A"', () => {
    const text =
      "Une délégation de gens d'affaires de Chambly se rendra à Burlington en avril 2027, sous la conduite du président de la chambre, Éric Tessier.";
    const [e] = eventsFor(text, [['PLACE', 'Chambly'], ['PLACE', 'Burlington'], ['PERSON', 'Éric Tessier']]);
    expect(e?.type).toBe('mission');
    expect(e?.signatories).toEqual(['Éric Tessier']);
  });

  it('reads "lors de la venue d\'une délégation norvégienne que conduirait la mairesse de X, A"', () => {
    const text =
      "Le protocole serait signé en juin 2027 à Sept-Îles, lors de la venue d'une délégation de Tromsø que conduirait la mairesse de Tromsø, Kari Lund.";
    const trip = missionFor(text, [['PLACE', 'Tromsø'], ['PLACE', 'Sept-Îles'], ['PERSON', 'Kari Lund']]);
    expect(trip?.signatories).toEqual(['Kari Lund']);
  });

  it('leaves alone a person named after "sous la présidence de" a meeting, not a trip', () => {
    const text =
      "Une délégation de Chambly se rendra à Burlington en avril 2027. Le conseil s'est réuni lundi sous la présidence du maire, Paul Roy.";
    const trip = missionFor(text, [['PLACE', 'Chambly'], ['PLACE', 'Burlington'], ['PERSON', 'Paul Roy']]);
    expect(trip?.signatories).toEqual([]);
  });
});
