import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor, missionFor } from './entities-for.js';

describe('a trip told with a year, then its days', () => {
  it('is dated by the days, in the year just named', () => {
    const text = 'En 2011, une délégation de la Ville de Morges conduite par son syndic a séjourné à Ziguinchor du 3 au 10 mars.';
    const dates = [dateFor(text, '2011', '2011'), dateFor(text, 'du 3 au 10 mars', '--03-03/--03-10')];
    expect(missionFor(text, [['ORG', 'Ville de Morges'], ['PLACE', 'Ziguinchor']], dates)?.date).toBe('2011-03-03/2011-03-10');
  });
});

describe('an agreement signed "ce jour-là" / "that day"', () => {
  it('takes the date and place the sentence before tells', () => {
    const text =
      "Tout a commencé le 2 octobre 1979 à Vevey, au bord du Léman. Ce jour-là, les maires de Vevey et de Matane ont signé la charte de jumelage entre les deux villes. En 2012, Vevey et Matane ont signé une convention culturelle.";
    const dates = [dateFor(text, '2 octobre 1979', '1979-10-02'), dateFor(text, '2012', '2012')];
    const out = eventsFor(text, [['PLACE', 'Vevey'], ['PLACE', 'Matane'], ['PLACE', 'Léman']], dates);
    const charter = out.find((e) => e.kind.startsWith('charte'));
    expect(charter).toMatchObject({ date: '1979-10-02', place: 'Vevey' });
  });

  it('reads "that day" in English', () => {
    const text =
      'The story began in Halifax on 12 May 1984. That day the cities of Halifax and Stavanger signed a friendship agreement. In 2015 they signed a port memorandum.';
    const dates = [dateFor(text, '12 May 1984', '1984-05-12'), dateFor(text, '2015', '2015')];
    const out = eventsFor(text, [['PLACE', 'Halifax'], ['PLACE', 'Stavanger']], dates, 'en');
    expect(out.find((e) => !e.kind.includes('memorandum'))?.date).toBe('1984-05-12');
  });
});
