import { describe, expect, it } from 'vitest';
import { missionFor, missionsFor } from './entities-for.js';

describe('a trip named again as the subject of a later sentence', () => {
  it('gains the hosts of "In X the group was received by Y", several sentences after the trip', () => {
    const text =
      'A delegation from Tromsø visited Halden and Moss from May 4 to May 7. The weather was cold all week. Prices of fish went up. Salmon farming was the main topic. In Moss the group was received by the Moss Port Council.';
    expect(missionFor(text, [['ORG', 'Moss Port Council'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden'], ['PLACE', 'Moss']], [], 'en')?.parties).toContain('Moss Port Council');
  });

  it('gives a later "le groupe" sentence to the latest trip told before it', () => {
    const text =
      "En 2019, une délégation de Villeneuve s'était rendue à Carouge. Une délégation de Carouge séjourne à Villeneuve du 3 au 6 juin. Le programme est chargé. Les vignes ont souffert du gel. À Villeneuve, le groupe a été reçu par la Chambre des métiers de Villeneuve.";
    const trips = missionsFor(text, [['ORG', 'Chambre des métiers de Villeneuve'], ['PLACE', 'Villeneuve'], ['PLACE', 'Carouge']]);
    expect(trips.find((x) => x.parties[0] === 'Carouge')?.parties).toContain('Chambre des métiers de Villeneuve');
    expect(trips.find((x) => x.parties[0] === 'Villeneuve')?.parties ?? []).not.toContain('Chambre des métiers de Villeneuve');
  });
});

describe('hosts and members read past a few words', () => {
  it('reads "It was received on arrival by X"', () => {
    const text = 'A delegation from Tromsø visited Halden from May 4 to May 7. It was received on arrival by the Halden Business Council.';
    expect(missionFor(text, [['ORG', 'Halden Business Council'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en')?.parties).toContain('Halden Business Council');
  });

  it('reads "The delegation … was led by X and included A and B"', () => {
    const text =
      'A delegation from Tromsø visited Halden from May 4 to May 7. The Norwegian delegation, in Halden for four days, was led by Dr. Kari Lund and included the Arctic Fisheries Institute and Nordkapp Marine Ltd.';
    expect(missionFor(text, [['ORG', 'Arctic Fisheries Institute'], ['ORG', 'Nordkapp Marine Ltd'], ['PERSON', 'Kari Lund'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en')?.parties).toEqual(expect.arrayContaining(['Arctic Fisheries Institute', 'Nordkapp Marine Ltd']));
  });
});

describe('a body named as a member or a host of a trip', () => {
  it('is a side beside the territory it is named after', () => {
    const text =
      'A delegation from Halden visited Tromsø from May 4 to May 7. It included representatives of Halden Town Council and the Arctic Fisheries Institute. It was hosted by Tromsø Municipal Council.';
    expect(missionFor(text, [['ORG', 'Halden Town Council'], ['ORG', 'Arctic Fisheries Institute'], ['ORG', 'Tromsø Municipal Council'], ['PLACE', 'Halden'], ['PLACE', 'Tromsø']], [], 'en')?.parties).toEqual(expect.arrayContaining(['Halden', 'Halden Town Council', 'Tromsø', 'Tromsø Municipal Council']));
  });
});

describe('a host body named after the only side a trip names', () => {
  it('does not stand in for the travelling side', () => {
    const text = 'A delegation visited Tromsø from May 4 to May 7. It was hosted by Tromsø Municipal Council.';
    expect(missionFor(text, [['ORG', 'Tromsø Municipal Council'], ['PLACE', 'Tromsø']], [], 'en')?.parties).toEqual(['Tromsø']);
  });
});
