import { describe, expect, it } from 'vitest';
import { dateFor, missionsFor } from './entities-for.js';

describe('a first-person trip that counts its party ("Nous étions neuf : …")', () => {
  it('puts the bodies of the members counted on the travelling side', () => {
    const text =
      "Du 3 au 7 mai, j'ai conduit notre mission économique à Porvello. Nous étions neuf : cinq membres de la Chambre de commerce de Valdoré et quatre élus de la Communauté de communes du Brétal.";
    const trips = missionsFor(
      text,
      [['PLACE', 'Porvello'], ['ORG', 'Chambre de commerce de Valdoré'], ['ORG', 'Communauté de communes du Brétal']],
      [dateFor(text, 'Du 3 au 7 mai', '--05-03/--05-07')],
    );
    expect(trips).toHaveLength(1);
    expect(trips[0]!.parties).toEqual(expect.arrayContaining(['Chambre de commerce de Valdoré', 'Communauté de communes du Brétal']));
  });

  it('reads the English form too ("We were eight: …")', () => {
    const text =
      'From 3 to 7 May I led our trade mission to Porvello. We were eight: five members of the Valdore Chamber of Commerce and three officers of Bretal District Council.';
    const trips = missionsFor(
      text,
      [['PLACE', 'Porvello'], ['ORG', 'Valdore Chamber of Commerce'], ['ORG', 'Bretal District Council']],
      [dateFor(text, 'From 3 to 7 May', '--05-03/--05-07')],
      'en',
    );
    expect(trips).toHaveLength(1);
    expect(trips[0]!.parties).toEqual(expect.arrayContaining(['Valdore Chamber of Commerce', 'Bretal District Council']));
  });

  it('adds no one after a feeling told the same way ("Nous étions ravis : …")', () => {
    const text =
      "Du 3 au 7 mai, j'ai conduit notre mission économique à Porvello. Nous étions ravis : les membres de la Chambre de commerce de Valdoré nous attendaient à la gare.";
    const trips = missionsFor(
      text,
      [['PLACE', 'Porvello'], ['ORG', 'Chambre de commerce de Valdoré']],
      [dateFor(text, 'Du 3 au 7 mai', '--05-03/--05-07')],
    );
    expect(trips).toHaveLength(1);
    expect(trips[0]!.parties).not.toContain('Chambre de commerce de Valdoré');
  });
});
