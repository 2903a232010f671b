import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('the body a trip was received by is its host side', () => {
  it('adds "Elle a été accueillie par X" after the trip', () => {
    const text =
      'Une délégation de Villeneuve séjourne en Savoie du 3 au 6 juin. Elle compte une vingtaine de personnes. Elle a été accueillie par la Communauté de communes du Val Vert.';
    expect(missionFor(text, [['ORG', 'Communauté de communes du Val Vert'], ['PLACE', 'Villeneuve'], ['PLACE', 'Savoie']])?.parties).toContain('Communauté de communes du Val Vert');
  });

  it('adds "The group was hosted by the X"', () => {
    const text = 'A delegation from Tromsø visited Halden from May 4 to May 7. The group was hosted by the Halden Business Council.';
    expect(missionFor(text, [['ORG', 'Halden Business Council'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en')?.parties).toContain('Halden Business Council');
  });

  it('leaves out a reception hosted by a body, and a person who received the trip', () => {
    const text =
      'A delegation from Tromsø visited Halden from May 4 to May 7. They attended a dinner hosted by the Halden Business Council. Elle a été accueillie par le maire, Ole Berg, et par la Fondation Nordlys.';
    const parties = missionFor(text, [['ORG', 'Halden Business Council'], ['ORG', 'Fondation Nordlys'], ['PERSON', 'Ole Berg'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en')?.parties;
    expect(parties).not.toContain('Halden Business Council');
    expect(parties).not.toContain('Fondation Nordlys');
  });
});
