import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extract-dates.js';
import type { Language } from '../../../src/extract/types.js';

const values = (text: string, language: Language = 'fr', publishedAt?: string): string[] =>
  extractDates(text, { language, publishedAt }).map((d) => d.value);

describe('extractDates: French day dates', () => {
  it('reads day month year, weekdays, ordinals and leading zeros', () => {
    expect(values('La convention a été signée le 12 avril 2019 à Lyon.')).toEqual(['2019-04-12']);
    expect(values('Rendez-vous le jeudi 9 novembre 2023 au matin.')).toEqual(['2023-11-09']);
    expect(values('La loi entre en vigueur le 1er janvier 2025.')).toEqual(['2025-01-01']);
    expect(values('Réunion prévue le lundi 04 mars 2024.')).toEqual(['2024-03-04']);
    expect(values('Signé le 5 sept. 2022 puis le 6 déc. 2022.')).toEqual(['2022-09-05', '2022-12-06']);
  });

  it('keeps year-less dates year-less, or takes the year of publication', () => {
    expect(values('La délégation arrivera le 23 octobre.')).toEqual(['--10-23']);
    expect(values('La délégation arrivera le 23 octobre.', 'fr', '2021-09-30')).toEqual(['2021-10-23']);
  });

  it('reads "dernier" against the publication date', () => {
    expect(values('Il a visité la ville le 10 novembre dernier.', 'fr', '2022-02-15')).toEqual(['2021-11-10']);
    expect(values('Il a visité la ville en novembre dernier.', 'fr', '2022-12-15')).toEqual(['2022-11']);
  });

  it('reads "prochain" and "next" as the first such date after publication', () => {
    expect(values('Le maire reviendra en janvier prochain.', 'fr', '2026-11-24')).toEqual(['2027-01']);
    expect(values('La convention sera signée le 12 mars prochain.', 'fr', '2026-11-24')).toEqual(['2027-03-12']);
    expect(values('The delegation will return next February.', 'en', '2026-11-24')).toEqual(['2027-02']);
    expect(values('La foire aura lieu en novembre prochain.', 'fr', '2026-11-24')).toEqual(['2027-11']);
    expect(values('Le vote aura lieu le 30 novembre prochain.', 'fr', '2026-11-24')).toEqual(['2026-11-30']);
    expect(values('La mission partira en décembre prochain.', 'fr', '2026-11-24')).toEqual(['2026-12']);
  });

  it('takes a dateline at the top of the text as the publication date', () => {
    const text = 'Rimouski, 14 février 2020 – Les deux villes ont signé une entente.\nUne mission suivra le 3 mai.';
    expect(values(text)).toEqual(['2020-02-14', '2020-05-03']);
    expect(values('date 2019-04-02 Les maires se sont revus le 9 mai.')).toEqual(['2019-04-02', '2019-05-09']);
  });

  it('does not take a date in the first sentence as the publication date', () => {
    expect(values('En juin 2021, les élus ont voté. Le 18 mai, le président a signé.')).toEqual(['2021-06', '--05-18']);
  });
});

describe('extractDates: French ranges, months and years', () => {
  it('reads ranges within a month and across months', () => {
    expect(values('Le salon se tiendra du 3 au 5 juin 2024.')).toEqual(['2024-06-03/2024-06-05']);
    expect(values('Les journées auront lieu les 14 et 15 mars 2018.')).toEqual(['2018-03-14/2018-03-15']);
    expect(values('Une mission du 21 au 24 novembre.')).toEqual(['--11-21/--11-24']);
    expect(values('Du 28 février au 2 mars 2023, la délégation visitera trois villes.')).toEqual(['2023-02-28/2023-03-02']);
    expect(values('Le congrès aura lieu du lundi 3 au mercredi 5 juin 2024.')).toEqual(['2024-06-03/2024-06-05']);
    expect(values('Du 29 décembre au 3 janvier, fermeture.', 'fr', '2019-12-01')).toEqual(['2019-12-29/2020-01-03']);
  });

  it('reads month and year, and a month alone after a cue', () => {
    expect(values('En septembre 2020, le conseil a approuvé le projet.')).toEqual(['2020-09']);
    expect(values('La signature est prévue en octobre.')).toEqual(['--10']);
    expect(values('Depuis janvier dernier, les échanges se multiplient.')).toEqual(['--01']);
  });

  it('reads years with a cue or used as a label, and year ranges', () => {
    expect(values('Dès 2009, les deux régions collaborent.')).toEqual(['2009']);
    expect(values("L'objectif sera atteint d'ici 2030.")).toEqual(['2030']);
    expect(values('Le Forum Avenir 2026, qui réunit les élus.')).toEqual(['2026']);
    expect(values('Le plan couvre la période 2019-2022.')).toEqual(['2019/2022']);
    expect(values('Publié au PRINTEMPS 2021')).toEqual(['2021']);
    expect(values('Le budget 2023-24 et la saison 2011-12.')).toEqual(['2023/2024', '2011-12']);
  });

  it('does not take quantities, addresses, decades or relative days as dates', () => {
    expect(values('Plus de 2000 personnes ont participé.')).toEqual([]);
    expect(values('Le bureau est situé au 1985 rue Principale.')).toEqual([]);
    expect(values('Depuis les années 1990, la ville a changé.')).toEqual([]);
    expect(values("Aujourd'hui, hier et demain, mardi et mercredi.")).toEqual([]);
    expect(values('Le budget est de 2 500 000 $, soit 1 234,56 € par habitant.')).toEqual([]);
    expect(values('Appelez le 450.755.2015 ou le (514) 555-2020.')).toEqual([]);
    expect(values('Il a 31 ans et 12 enfants.')).toEqual([]);
  });
});

describe('extractDates: English', () => {
  it('reads month day year, weekdays and ordinals', () => {
    expect(values('The agreement was signed on October 5, 2017 in Halifax.', 'en')).toEqual(['2017-10-05']);
    expect(values('Wednesday, June 12 the premier travels to Boston.', 'en')).toEqual(['--06-12']);
    expect(values('It takes effect on the 3rd of July 2020.', 'en')).toEqual(['2020-07-03']);
    expect(values('Signed on Jan. 15, 2016.', 'en')).toEqual(['2016-01-15']);
  });

  it('reads ranges, months and years', () => {
    expect(values('The trade mission runs from September 8-11, 2019.', 'en')).toEqual(['2019-09-08/2019-09-11']);
    expect(values('The summit runs from 3 to 5 July.', 'en')).toEqual(['--07-03/--07-05']);
    expect(values('From March 30 to April 2, the delegation will tour the state.', 'en')).toEqual(['--03-30/--04-02']);
    expect(values('In March 2015 the two governors met.', 'en')).toEqual(['2015-03']);
    expect(values('The congress takes place in August.', 'en')).toEqual(['--08']);
    expect(values('Since 2012, both provinces have cooperated.', 'en')).toEqual(['2012']);
  });

  it('does not read the verb "may" or relative days as dates', () => {
    expect(values('Officials may 3 times revise the plan; they may meet next week.', 'en')).toEqual([]);
    expect(values('On Monday, today and tomorrow the delegation meets. Last year was busy.', 'en')).toEqual([]);
  });
});

describe('extractDates: numeric forms and offsets', () => {
  it('reads ISO and day-first numeric dates', () => {
    expect(values('Mise à jour 2022-11-03, première version 2022-10.')).toEqual(['2022-11-03', '2022-10']);
    expect(values('Signé à Dakar le 07/03/2022.')).toEqual(['2022-03-07']);
    expect(values('Posted 12/31/2019 by the office.', 'en')).toEqual(['2019-12-31']);
    expect(values('Le 31/02/2022 est une date impossible.')).toEqual([]);
  });

  it('gives offsets that point at the date in the text', () => {
    const text = 'Ainsi, le vendredi 17 mai 2019, les maires ont signé.';
    const [mention] = extractDates(text, { language: 'fr' });
    expect(mention).toBeDefined();
    expect(text.slice(mention!.start, mention!.end)).toBe(mention!.text);
    expect(mention!.text).toBe('vendredi 17 mai 2019');
  });
});

describe('extractDates: robustness', () => {
  it('stays bounded on pathological inputs', () => {
    const inputs = [
      'Le 3 juin 2005 à Québec en 2011. '.repeat(31_000).slice(0, 1_000_000),
      `le 3${' '.repeat(5000)}juin${' '.repeat(5000)}2005`,
      '!?.,;:-–—()'.repeat(20_000),
      'a'.repeat(1_000_000),
      '1'.repeat(200_000),
      'LE 3 JUIN 2005 ET LE 4 JUILLET 2006 '.repeat(5000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      extractDates(input, { language: 'fr' });
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });

  it('reads upper-case dates', () => {
    expect(values('SIGNÉ LE 3 JUIN 2005 À QUÉBEC')).toEqual(['2005-06-03']);
  });
});

describe('extractDates: dateline with the date in parentheses', () => {
  it('takes the year of "CITY, Region (Mon. D, YYYY) —" for later year-less dates', () => {
    const text = 'CAMPBELLTON, New Brunswick (Oct. 2, 2019) — The two provinces will sign the agreement on November 12.';
    expect(values(text, 'en')).toEqual(['2019-10-02', '2019-11-12']);
  });

  it('takes the year of "CITY — date" and not of a date inside a sentence', () => {
    expect(values('LYON — 3 mai 2021. La visite aura lieu le 12 juin.')).toEqual(['2021-05-03', '2021-06-12']);
    expect(values('Le maire de Lyon a dit le 3 mai 2021 que la visite aura lieu le 12 juin.')).toEqual(['2021-05-03', '--06-12']);
  });
});

describe('extractDates: earlier years, month cues and repeated months', () => {
  it('takes a year before 1800 only after a word that says year', () => {
    expect(values('Les liens entre les deux peuples remontent à loin : la ville a été fondée en 1642.')).toEqual(['1642']);
    expect(values('The friendship dates back to 1604, historians say.', 'en')).toEqual(['1604']);
    expect(values('Prices rose to 1700 dollars; the hall seats 1650.', 'en')).toEqual([]);
  });

  it('takes a month after "for" or "pour"', () => {
    expect(values('A second round is planned for March.', 'en')).toEqual(['--03']);
    expect(values('Le rapport est attendu pour juin.')).toEqual(['--06']);
  });

  it('drops a month named alone when the text gives a day of that month', () => {
    expect(values('La charte sera signée en juin, le 14 juin 2026, puis une visite en juillet.')).toEqual(['2026-06-14', '2026-07']);
    expect(values('La charte sera signée en juin 2026, le 14 juin 2026.')).toEqual(['2026-06', '2026-06-14']);
  });
});
