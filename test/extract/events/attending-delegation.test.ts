import { describe, expect, it } from 'vitest';
import { dateFor, missionsFor } from './entities-for.js';

describe('a delegation that "would attend" a signing told before', () => {
  const specs = [
    ['ORG', 'City of Arden'],
    ['ORG', 'City of Nordby'],
    ['PLACE', 'Arden'],
    ['PLACE', 'Nordby'],
    ['PERSON', 'Ilse Varga'],
  ] as const;
  const plan = 'The City of Arden and the City of Nordby are working on a sister city agreement, which officials hope to sign in Arden in May 2031. ';

  it('is a trip to the signing, dated and placed by it', () => {
    const en = plan + 'A delegation from Nordby, led by its mayor, Ilse Varga, would attend.';
    const trips = missionsFor(en, specs, [dateFor(en, 'May 2031', '2031-05')], 'en');
    expect(trips).toHaveLength(1);
    expect(trips[0]).toMatchObject({ date: '2031-05', place: 'Arden', signatories: ['Ilse Varga'] });
    expect(trips[0]!.parties).toEqual(expect.arrayContaining(['Nordby', 'Arden']));
  });

  it('is no trip when "attend" has a task for its object', () => {
    const en = plan + 'A delegation from Nordby, led by its mayor, Ilse Varga, would attend to the translation of the text.';
    expect(missionsFor(en, specs, [dateFor(en, 'May 2031', '2031-05')], 'en')).toHaveLength(0);
  });
});
