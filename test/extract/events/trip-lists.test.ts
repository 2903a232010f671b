import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

const trip = 'A trade mission from Halden visited Tromsø from May 4 to May 7. ';

describe('the body that hosts a trip, as the subject of a host verb', () => {
  it('reads "X hosted the group" and "X et Y ont accueilli la délégation"', () => {
    expect(missionFor(`${trip}The Tromsø Business Council hosted the group.`, [['ORG', 'Tromsø Business Council'], ['PLACE', 'Halden'], ['PLACE', 'Tromsø']], [], 'en')?.parties).toContain('Tromsø Business Council');
    expect(missionFor(
      'Une délégation de Villeneuve séjourne à Carouge du 3 au 6 juin. La Fondation Rhône et la Chambre des métiers de Carouge ont accueilli la délégation.',
      [['ORG', 'Fondation Rhône'], ['ORG', 'Chambre des métiers de Carouge'], ['PLACE', 'Villeneuve'], ['PLACE', 'Carouge']],
    )?.parties).toEqual(expect.arrayContaining(['Fondation Rhône', 'Chambre des métiers de Carouge']));
  });

  it('leaves out the host of a reception', () => {
    expect(missionFor(`${trip}The Tromsø Business Council welcomed the visitors at a civic reception.`, [['ORG', 'Tromsø Business Council'], ['PLACE', 'Halden'], ['PLACE', 'Tromsø']], [], 'en')?.parties).not.toContain('Tromsø Business Council');
  });
});

describe('a list of the bodies that travel', () => {
  it('goes on past a described name ("the regional research agency Nordlab")', () => {
    expect(missionFor(
      `${trip}The delegation included Halden Marine Partners, the regional research agency Nordlab, and the Arctic Fisheries Institute.`,
      [['ORG', 'Halden Marine Partners'], ['ORG', 'Nordlab'], ['ORG', 'Arctic Fisheries Institute'], ['PLACE', 'Halden'], ['PLACE', 'Tromsø']],
      [],
      'en',
    )?.parties).toEqual(expect.arrayContaining(['Halden Marine Partners', 'Nordlab', 'Arctic Fisheries Institute']));
  });

  it('goes on past a legal form\'s dot, a seat ("X Inc. of Moss") and a town that describes the next name', () => {
    const parties = missionFor(
      `${trip}It included four companies: Moss-based Fjord Pumps Ltd, Kelpworks Inc. of Moss, Larvik boat builder Sjøhavn Marine and Nordic Nets.`,
      [['ORG', 'Fjord Pumps Ltd'], ['ORG', 'Kelpworks Inc'], ['ORG', 'Sjøhavn Marine'], ['ORG', 'Nordic Nets'], ['PLACE', 'Moss'], ['PLACE', 'Larvik'], ['PLACE', 'Halden'], ['PLACE', 'Tromsø']],
      [],
      'en',
    )?.parties;
    expect(parties).toEqual(expect.arrayContaining(['Fjord Pumps Ltd', 'Kelpworks Inc', 'Sjøhavn Marine', 'Nordic Nets']));
    expect(parties).not.toContain('Larvik');
  });
});
