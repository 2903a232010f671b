import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a trip led by the head of a body', () => {
  it('takes that body among its travelling side, whatever the side is named as', () => {
    const text =
      'Une délégation nordique conduite par Jean Dupuis a séjourné à Sornac du 3 au 6 mai. Le programme prévoyait des visites d’usines. Les entreprises ont rencontré des acheteurs. Le marché reste prometteur. « Nous reviendrons », a déclaré Jean Dupuis, président de la Chambre de commerce de Brivelle.';
    const trip = eventsFor(text, [['ORG', 'Chambre de commerce de Brivelle'], ['PERSON', 'Jean Dupuis'], ['PLACE', 'Sornac'], ['PLACE', 'Brivelle']]).find(
      (x) => x.type === 'mission',
    );
    expect(trip?.parties).toContain('Chambre de commerce de Brivelle');
  });

  it('not when the leader’s title names a town only', () => {
    const text =
      'Une délégation nordique conduite par Jean Dupuis a séjourné à Sornac du 3 au 6 mai. Le programme prévoyait des visites d’usines. Les entreprises ont rencontré des acheteurs. Le marché reste prometteur. « Nous reviendrons », a déclaré Jean Dupuis, maire de Brivelle. La Chambre de commerce de Brivelle salue le projet.';
    const trip = eventsFor(text, [['ORG', 'Chambre de commerce de Brivelle'], ['PERSON', 'Jean Dupuis'], ['PLACE', 'Sornac'], ['PLACE', 'Brivelle']]).find(
      (x) => x.type === 'mission',
    );
    expect(trip?.parties).not.toContain('Chambre de commerce de Brivelle');
  });
});
