import { describe, expect, it } from 'vitest';
import { eventsFor, missionFor } from './entities-for.js';

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

describe('a chair or a cathaoirleach is a title too', () => {
  const entities = [['ORG', 'Dunmere Harbour Board'], ['PERSON', 'Ann Corley'], ['PLACE', 'Kestel']] as const;

  it('"Ann Corley, chair of the X": the trip she leads takes X', () => {
    const text =
      'A delegation led by Ann Corley spent four days in Kestel from 3 to 6 May. The programme included factory visits. Companies met buyers. The market looks promising. "We will be back," said Ann Corley, chair of the Dunmere Harbour Board.';
    const trip = missionFor(text, entities, [], 'en');
    expect(trip?.parties).toContain('Dunmere Harbour Board');
  });

  it('not "a chair at the X" said of someone else', () => {
    const text =
      'A delegation led by Ann Corley spent four days in Kestel from 3 to 6 May. The programme included factory visits. Companies met buyers. The market looks promising. "We will be back," said Ann Corley, who sat in a chair at the Dunmere Harbour Board.';
    const trip = missionFor(text, entities, [], 'en');
    expect(trip?.parties).not.toContain('Dunmere Harbour Board');
  });
});
