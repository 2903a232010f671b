import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';

describe('when a planned agreement is to be signed', () => {
  const text =
    'Arden Council voted on Tuesday, March 3 to pursue a friendship agreement with Nordby Municipality. The agreement is expected to be signed in Halden in May 2027. ' +
    'Arden University and Nordby College intend to sign a memorandum of understanding at the same ceremony.';
  const entities = [['ORG', 'Arden Council'], ['ORG', 'Nordby Municipality'], ['PLACE', 'Halden'], ['ORG', 'Arden University'], ['ORG', 'Nordby College']] as const;
  const dates = [dateFor(text, 'Tuesday, March 3', '--03-03'), dateFor(text, 'May 2027', '2027-05')];

  it('is the date of the clause that tells its signing, not of the vote to pursue it', () => {
    const [e] = eventsFor(text, entities, dates, 'en');
    expect(e?.date).toBe('2027-05');
  });

  it('is, "at the same ceremony", the date and place of the plan told before', () => {
    const out = agreementsFor(text, entities, dates, 'en');
    expect(out[1]).toMatchObject({ parties: ['Arden University', 'Nordby College'], date: '2027-05', place: 'Halden' });
  });

  it('stays the date of a signing clause when the plan names one', () => {
    const own = 'Arden Council and Nordby Municipality plan to sign a friendship agreement on 3 March 2027, the council said on Monday, 9 November.';
    const [e] = eventsFor(own, [['ORG', 'Arden Council'], ['ORG', 'Nordby Municipality']], [dateFor(own, '3 March 2027', '2027-03-03'), dateFor(own, 'Monday, 9 November', '--11-09')], 'en');
    expect(e?.date).toBe('2027-03-03');
  });
});
