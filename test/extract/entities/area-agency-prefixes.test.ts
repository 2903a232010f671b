import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a tourism or investment agency named by an area the gazetteer does not know', () => {
  it('reads "Tourism <Area>" and "Destination <Area>" as bodies', () => {
    expect(namesOf('Councillors and staff from Tourism Greymouth joined the trip.', 'ORG')).toEqual(['Tourism Greymouth']);
    expect(namesOf('Destination Qualicum Bay has been asked to plan joint campaigns.', 'ORG')).toEqual(['Destination Qualicum Bay']);
  });

  it('does not read a title, an event or a longer name as the agency', () => {
    expect(namesOf('The Tourism Minister Ada Fenwick opened the fair.', 'ORG')).toEqual([]);
    expect(namesOf('They met at the Travel Expo last spring.', 'ORG')).toEqual([]);
    expect(namesOf('Visit Qualicum Bay in the spring, the brochure says.', 'ORG')).toEqual([]);
    expect(namesOf('The deal with Trade and Invest Kerala was signed on Monday.', 'ORG')).not.toContain('Invest Kerala');
  });
});

describe('an agency prefix before an area ending on a head word', () => {
  it('keeps "County" in "Travel <X> County"', () => {
    expect(namesOf('Part of the cost was covered by Travel Ozark County this year.', 'ORG')).toEqual(['Travel Ozark County']);
  });

  it('does not take a head word as the whole area', () => {
    expect(namesOf('He joined the Tourism Council in May.', 'ORG')).not.toContain('Tourism');
  });
});
