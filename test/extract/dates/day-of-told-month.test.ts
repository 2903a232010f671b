import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extract-dates.js';

const dates = (text: string, language: 'en' | 'fr' = 'en') => extractDates(text, { language }).map((d) => [d.text, d.value]);

describe('a day told alone after a date that gives its month', () => {
  it('reads "On the 3rd, at the covered market" in the month of the stay told before', () => {
    expect(dates('Our stay in Harwick ran from the 1st to the 5th of March. On the 3rd, at the covered market, the charter was signed.')).toEqual([
      ['1st to the 5th of March', '--03-01/--03-05'],
      ['the 3rd', '--03-03'],
    ]);
  });

  it('takes the year too: "on the 12th at the port"', () => {
    expect(dates('The delegation landed on 10 March 2027. They met the harbour board on the 12th at the port.')).toEqual([
      ['10 March 2027', '2027-03-10'],
      ['the 12th', '2027-03-12'],
    ]);
  });

  it('reads "Le 4, à l\'hôtel de ville" in French', () => {
    expect(dates("La délégation a séjourné à Morvaine du 2 au 6 novembre. Le 4, à l'hôtel de ville, les deux maires ont signé.", 'fr')).toEqual([
      ['du 2 au 6 novembre', '--11-02/--11-06'],
      ['Le 4', '--11-04'],
    ]);
  });

  it('leaves a floor, a score and a day with no month told before', () => {
    expect(dates('The office moved in March 2026. It is on the 4th floor.')).toEqual([['March 2026', '2026-03']]);
    expect(dates('Le 2 novembre, Morvaine a gagné le 4 à 2.', 'fr')).toEqual([['2 novembre', '--11-02']]);
    expect(dates('On the 4th, in the old town hall, the two mayors signed.')).toEqual([]);
  });

  it('leaves a decimal comma after "le" ("le 1,5 million", "le 2,5 %") in the month of a stay', () => {
    const text = 'Les élus de Quessac iront à Tellancourt du 2 au 6 novembre. Le conseil votera le 1,5 million restant, puis le 2,5 % de hausse.';
    expect(dates(text, 'fr')).toEqual([['du 2 au 6 novembre', '--11-02/--11-06']]);
  });

  it('still reads a day told alone after a letter-less break ("(Le 4, …")', () => {
    expect(dates("La délégation a séjourné à Quessac du 2 au 6 novembre. (Le 4, à la mairie, les maires ont signé.)", 'fr')).toEqual([
      ['du 2 au 6 novembre', '--11-02/--11-06'],
      ['Le 4', '--11-04'],
    ]);
    expect(dates('Les élus de Quessac iront à Tellancourt du 2 au 6 novembre. Quille 4, à la mairie.', 'fr')).toEqual([
      ['du 2 au 6 novembre', '--11-02/--11-06'],
    ]);
  });
});
