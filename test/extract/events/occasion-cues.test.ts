import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor, missions } from './entities-for.js';

describe('a trip told as made "then" for a signing told just before', () => {
  it('reads "fera alors le déplacement" as the trip for that signing', () => {
    const text =
      'Une délégation de Bignona a séjourné à Florenval du 3 au 6 mai. La charte devrait être signée à Bignona en juin 2027. Une délégation florenvaloise, conduite par le bourgmestre, fera alors le déplacement.';
    const out = eventsFor(text, [['PLACE', 'Florenval'], ['PLACE', 'Bignona']], [dateFor(text, 'du 3 au 6 mai', '--05-03/--05-06'), dateFor(text, 'juin 2027', '2027-06')]);
    expect(missions(out)[1]).toMatchObject({ parties: ['Florenval', 'Bignona'], date: '2027-06' });
  });

  it('reads "is expected then" the same way', () => {
    const text =
      'A delegation from Bignona was in Florenval from 3 to 6 May. The two universities intend to sign the agreement in Bignona in June 2027. A Florenval delegation led by the rector is expected then.';
    const out = eventsFor(text, [['PLACE', 'Florenval'], ['PLACE', 'Bignona']], [dateFor(text, 'from 3 to 6 May', '--05-03/--05-06'), dateFor(text, 'June 2027', '2027-06')], 'en');
    expect(missions(out)[1]).toMatchObject({ parties: ['Florenval', 'Bignona'], date: '2027-06' });
  });

  it('leaves a past trip alone: "no agreement was signed at that time"', () => {
    const text =
      'The two towns intend to sign a charter in Bignona in June 2027. In 2019, a Florenval delegation visited Bignona; no agreement was signed at that time.';
    const out = eventsFor(text, [['PLACE', 'Florenval'], ['PLACE', 'Bignona']], [dateFor(text, 'June 2027', '2027-06'), dateFor(text, '2019', '2019')], 'en');
    expect(missions(out)[0]).toMatchObject({ date: '2019' });
  });
});

describe('the occasion a trip is made for, told with a year of the past', () => {
  const places = [['PLACE', 'Carvenne'], ['PLACE', 'Lodoral']] as const;

  it('takes the signing date, not the year the occasion commemorates', () => {
    const text =
      'The charter is to be signed in Lodoral on May 5, 2027, during celebrations of the town charter granted in 1862. A Carvenne delegation will go to Lodoral for the occasion.';
    const dates = [dateFor(text, 'May 5, 2027', '2027-05-05'), dateFor(text, '1862', '1862')];
    expect(missions(eventsFor(text, places, dates, 'en'))[0]).toMatchObject({ date: '2027-05-05' });
  });

  it('takes a signing day told with no year, not the year the occasion commemorates', () => {
    const text =
      'The charter is to be signed in Lodoral on May 5, during the festival marking the 1862 founding of the town. The Mayor of Carvenne plans to lead a delegation to Lodoral for the occasion.';
    const dates = [dateFor(text, 'May 5', '--05-05'), dateFor(text, '1862', '1862')];
    expect(missions(eventsFor(text, places, dates, 'en'))[0]).toMatchObject({ date: '--05-05' });
  });

  it('takes the signing date, not the day of the council meeting that set it', () => {
    const text =
      "La charte doit être signée à Lodoral au printemps 2027, selon le calendrier présenté au conseil le 14 septembre. Une délégation de Carvenne s'y rendra à cette occasion.";
    const dates = [dateFor(text, 'printemps 2027', '2027'), dateFor(text, '14 septembre', '2026-09-14')];
    expect(missions(eventsFor(text, places, dates))[0]).toMatchObject({ date: '2027' });
  });

  it('still takes the last date when no earlier year is among them', () => {
    const text =
      'The charter is to be signed in 2027, most likely in Lodoral in June 2027. A Carvenne delegation will travel there for the signing.';
    const dates = [dateFor(text, '2027', '2027'), dateFor(text, 'June 2027', '2027-06')];
    expect(missions(eventsFor(text, places, dates, 'en'))[0]).toMatchObject({ date: '2027-06' });
  });
});
