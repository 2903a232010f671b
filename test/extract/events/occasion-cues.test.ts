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
