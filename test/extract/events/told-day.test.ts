import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('a trip told with a year, then its days', () => {
  it('is dated by the days, in the year just named', () => {
    const text = 'En 2011, une délégation de la Ville de Morges conduite par son syndic a séjourné à Ziguinchor du 3 au 10 mars.';
    const dates = [dateFor(text, '2011', '2011'), dateFor(text, 'du 3 au 10 mars', '--03-03/--03-10')];
    const out = eventsFor(text, [['ORG', 'Ville de Morges'], ['PLACE', 'Ziguinchor']], dates);
    expect(out.find((e) => e.type === 'mission')?.date).toBe('2011-03-03/2011-03-10');
  });
});
