import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('the dateline places every agreement signed in the story', () => {
  const text =
    'KELOWNA – The City of Kelowna and the City of Tarnów signed a friendship agreement on Monday, May 4. ' +
    'On Tuesday, May 5, Okanagan Polytechnic and Tarnów Academy signed a memorandum of understanding at the Lakeview Pavilion.';

  it('gives the dateline town to a second signing told with a venue and no town', () => {
    const dates = [dateFor(text, 'Monday, May 4', '--05-04'), dateFor(text, 'Tuesday, May 5', '--05-05')];
    const out = eventsFor(text, [['ORG', 'City of Kelowna'], ['ORG', 'City of Tarnów'], ['ORG', 'Okanagan Polytechnic'], ['ORG', 'Tarnów Academy'], ['PLACE', 'Kelowna', 'KELOWNA']], dates, 'en');
    const second = out.find((e) => e.parties.includes('Okanagan Polytechnic'));
    expect(second?.place).toBe('Kelowna');
  });

  it('leaves an agreement recalled from an earlier year without the dateline town', () => {
    const recalled = 'KELOWNA – The City of Kelowna and the City of Tarnów signed a friendship agreement on Monday. Okanagan Polytechnic and Tarnów Academy had signed a first memorandum of understanding in 2015.';
    const dates = [dateFor(recalled, '2015', '2015')];
    const out = eventsFor(recalled, [['ORG', 'City of Kelowna'], ['ORG', 'City of Tarnów'], ['ORG', 'Okanagan Polytechnic'], ['ORG', 'Tarnów Academy'], ['PLACE', 'Kelowna', 'KELOWNA']], dates, 'en');
    const earlier = out.find((e) => e.parties.includes('Okanagan Polytechnic'));
    expect(earlier).toBeDefined();
    expect(earlier?.place).toBeUndefined();
  });
});
