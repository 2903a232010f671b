import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('a trip to a town whose own body is one of its sides', () => {
  it('names the town as a side beside the body ("X City Council hosted a delegation from Y")', () => {
    const text = 'Kestel City Council hosted a delegation from Dunmere from May 3 to 7.';
    const trip = missionFor(text, [['ORG', 'Kestel City Council'], ['PLACE', 'Dunmere'], ['PLACE', 'Kestel']], [], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Dunmere', 'Kestel City Council', 'Kestel']));
  });

  it('not when the host is another body of the town', () => {
    const text = 'The Kestel Harbour Trust hosted a delegation from Dunmere from May 3 to 7.';
    const trip = missionFor(text, [['ORG', 'Kestel Harbour Trust'], ['PLACE', 'Dunmere'], ['PLACE', 'Kestel']], [], 'en');
    expect(trip).toBeDefined();
    expect(trip?.parties).not.toContain('Kestel');
  });

  it('not in place of a side the text names elsewhere ("La Ville de X a accueilli une délégation venue de Y")', () => {
    const text = 'La Ville de Sornac a accueilli du 3 au 8 mai une délégation de onze personnes venue de Brivelle. Elle comptait des élus.';
    const trip = missionFor(text, [['ORG', 'Ville de Sornac'], ['PLACE', 'Brivelle'], ['PLACE', 'Sornac']]);
    expect(trip?.parties).toContain('Brivelle');
  });
});
