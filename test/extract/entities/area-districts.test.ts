import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a district closing a name', () => {
  it('reads "X District" with no body word as an area', () => {
    const text = 'A delegation from the Korrowa District toured the Brelland Heritage District on Monday.';
    expect(namesOf(text, 'PLACE', 'en')).toEqual(['Brelland Heritage District', 'Korrowa District']);
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });

  it('keeps a district that a body word or a brand names as a body', () => {
    const text = 'The Tallis Drainage District and the PenNick Harbour District signed the pact on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['PenNick Harbour District', 'Tallis Drainage District']);
  });

  it('leaves a district council a body', () => {
    expect(namesOf('The Korrowa District Council signed the pact on Monday.', 'ORG', 'en')).toEqual(['Korrowa District Council']);
  });

  it('keeps a port, airport, conservation, sanitary or flood control district a body', () => {
    const text =
      'The Tallis Port District, the Korrowa Airport District, the Brelland Conservation District, the Tallis Sanitary District and the Korrowa Flood Control District signed the pact on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([
      'Brelland Conservation District',
      'Korrowa Airport District',
      'Korrowa Flood Control District',
      'Tallis Port District',
      'Tallis Sanitary District',
    ]);
  });

  it('still reads an old harbour quarter, "the Tallis Harbour District", as an area', () => {
    expect(namesOf('A delegation toured the Tallis Harbour District on Monday.', 'PLACE', 'en')).toEqual(['Tallis Harbour District']);
  });
});
