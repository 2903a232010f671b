import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor, missionFor } from './entities-for.js';

const PLACES = [['PLACE', 'Norrvik'], ['PLACE', 'Eastmoor']] as const;

describe('a trip is dated by the stay told in a sentence next to it', () => {
  it('dates an undated trip by the range told a few sentences after it', () => {
    const text =
      'The council met on 2 November. A delegation from Norrvik has returned from Eastmoor with a signed charter. The charter covers culture and sport. Councillors were in Eastmoor from 26 to 30 October.';
    const dates = [dateFor(text, '2 November', '--11-02'), dateFor(text, '26 to 30 October', '--10-26/--10-30')];
    expect(missionFor(text, [...PLACES], dates, 'en')?.date).toBe('--10-26/--10-30');
  });

  it('dates a trip told on one day by the stay told just before that holds it', () => {
    const text =
      "Du 2 au 7 novembre, des élus de Norrvik ont visité la région d'Eastmoor. Le temps fort du séjour de la délégation de Norrvik à Eastmoor : le jeudi 5 novembre, les maires ont visité le port.";
    const dates = [dateFor(text, 'Du 2 au 7 novembre', '--11-02/--11-07'), dateFor(text, 'jeudi 5 novembre', '--11-05')];
    expect(missionFor(text, [...PLACES], dates)?.date).toBe('--11-02/--11-07');
  });

  it('leaves a range that does not hold the day the trip gives', () => {
    const text =
      "Du 2 au 7 mars, des élus de Norrvik ont visité la région d'Eastmoor. Le temps fort du séjour de la délégation de Norrvik à Eastmoor : le jeudi 5 novembre, les maires ont visité le port.";
    const dates = [dateFor(text, 'Du 2 au 7 mars', '--03-02/--03-07'), dateFor(text, 'jeudi 5 novembre', '--11-05')];
    expect(missionFor(text, [...PLACES], dates)?.date).toBe('--11-05');
  });

  it('leaves an undated trip told as a plan to the range of a festival told after it', () => {
    const text =
      'The council met on 2 November. A delegation from Norrvik will travel to Eastmoor next year. The charter covers culture and sport. Eastmoor holds its harbour festival from 5 to 9 June.';
    const dates = [dateFor(text, '2 November', '--11-02'), dateFor(text, '5 to 9 June', '--06-05/--06-09')];
    expect(missionFor(text, [...PLACES], dates, 'en')?.date).toBe('--11-02');
  });

  it('leaves the range of another trip told in between', () => {
    const text =
      'The council met on 2 November. A delegation from Norrvik has returned from Eastmoor with a signed charter. A delegation from Eastmoor will visit Norrvik from 5 to 9 June next year.';
    const dates = [dateFor(text, '2 November', '--11-02'), dateFor(text, '5 to 9 June', '--06-05/--06-09')];
    const out = eventsFor(text, [...PLACES], dates, 'en');
    expect(out.find((x) => x.type === 'mission' && x.parties[0] === 'Norrvik')?.date).toBe('--11-02');
  });
});
