import { describe, expect, it } from 'vitest';
import { dateFor, missionFor } from './entities-for.js';

describe('a word for the travellers as a whole names the leader of the trip just told', () => {
  it('reads "The group, in X from Nov. 9 to 13, was led by <title>, Y"', () => {
    const text =
      'A delegation from Norrvik wrapped up a visit to Eastmoor on Friday. The group, in Eastmoor from Nov. 9 to 13, was led by Norrvik’s deputy mayor, Lena Dahl, and included two engineers.';
    expect(missionFor(text, [['PLACE', 'Norrvik'], ['PLACE', 'Eastmoor'], ['PERSON', 'Lena Dahl']], [], 'en')?.signatories).toEqual(['Lena Dahl']);
  });

  it('reads "Les visiteurs, menés par Y, …"', () => {
    const text =
      'Une délégation de Sornac a effectué une visite à Brivelle la semaine dernière. Les visiteurs, menés par la mairesse Anne Roy, ont rencontré des producteurs.';
    expect(missionFor(text, [['PLACE', 'Sornac'], ['PLACE', 'Brivelle'], ['PERSON', 'Anne Roy']])?.signatories).toEqual(['Anne Roy']);
  });

  it('leaves out a group that is not the travellers ("the working group … led by")', () => {
    const text =
      'A delegation from Norrvik wrapped up a visit to Eastmoor on Friday. The working group on housing, led by Lena Dahl, will report in May.';
    expect(missionFor(text, [['PLACE', 'Norrvik'], ['PLACE', 'Eastmoor'], ['PERSON', 'Lena Dahl']], [], 'en')?.signatories).toEqual([]);
  });

  it('dates the trip by the stay that sentence tells', () => {
    const text = 'A delegation from Norrvik wrapped up a visit to Eastmoor on 14 November. The group, in Eastmoor from 9 to 13 November, was led by Mayor Lena Dahl.';
    const dates = [dateFor(text, '14 November', '--11-14'), dateFor(text, '9 to 13 November', '--11-09/--11-13')];
    expect(missionFor(text, [['PLACE', 'Norrvik'], ['PLACE', 'Eastmoor'], ['PERSON', 'Lena Dahl']], dates, 'en')?.date).toBe('--11-09/--11-13');
  });

  it('keeps the day of a trip whose stay that sentence does not hold', () => {
    const text = 'A delegation from Norrvik wrapped up a visit to Eastmoor on 14 November. The group, in Eastmoor from 2 to 6 March, was led by Mayor Lena Dahl.';
    const dates = [dateFor(text, '14 November', '--11-14'), dateFor(text, '2 to 6 March', '--03-02/--03-06')];
    expect(missionFor(text, [['PLACE', 'Norrvik'], ['PLACE', 'Eastmoor'], ['PERSON', 'Lena Dahl']], dates, 'en')?.date).toBe('--11-14');
  });
});
