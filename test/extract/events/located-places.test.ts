import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a place named only to locate a side', () => {
  it('is no side: "A Council and B, on the Kattegat coast of C, signed"', () => {
    const text = 'Dunmore City Council and Varberg, on the Kattegat coast of Halland, signed a friendship agreement on Monday.';
    const [e] = eventsFor(text, [['ORG', 'Dunmore City Council'], ['PLACE', 'Varberg'], ['PLACE', 'Kattegat'], ['PLACE', 'Halland']], [], 'en');
    expect(e?.parties).toEqual(['Dunmore City Council', 'Varberg']);
  });

  it('stays a side when it is coordinated with the others', () => {
    const text = 'Dunmore City Council, Varberg and Halland signed a friendship agreement on Monday.';
    const [e] = eventsFor(text, [['ORG', 'Dunmore City Council'], ['PLACE', 'Varberg'], ['PLACE', 'Halland']], [], 'en');
    expect(e?.parties).toEqual(['Dunmore City Council', 'Varberg', 'Halland']);
  });
});
