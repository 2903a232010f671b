import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extract-dates.js';
import type { Language } from '../../../src/extract/types.js';

const values = (text: string, language: Language = 'en', publishedAt?: string): string[] =>
  extractDates(text, { language, publishedAt }).map((d) => d.value);

describe('extractDates: year-first numeric dates', () => {
  it('reads year/month/day with slashes or dots', () => {
    expect(values('HARBOUR TIMES | Published: 2025/03/14  Two ports sign a pact')).toEqual(['2025-03-14']);
    expect(values('Finance Committee 2025.10.02   Page 3')).toEqual(['2025-10-02']);
  });

  it('reads a month abbreviation between year and day', () => {
    expect(values('REGULAR MEETING, TUESDAY, 2025-OCT-07, AT 7:00 P.M.')).toEqual(['2025-10-07']);
    expect(values('deferred to the 2025-Dec-01 meeting')).toEqual(['2025-12-01']);
  });

  it('does not read mixed separators or a version number as a date', () => {
    expect(values('Release 2025/03.14 of the tool')).not.toContain('2025-03-14');
    expect(values('See clause 2025.13.40 of the code')).toEqual([]);
  });
});

describe('extractDates: a month alone whose year the text states elsewhere', () => {
  it('drops the month alone when the text names it with a year', () => {
    expect(values('Une mission en mars\nLa chambre prépare une mission à Oslo en mars 2027.', 'fr', '2026-11-20')).toEqual(['2027-03']);
    expect(values('Next stop: Oslo in January. A trade mission goes from 5 to 9 January 2027.', 'en', '2026-11-20')).toEqual([
      '2027-01-05/2027-01-09',
    ]);
  });

  it('keeps a month alone when no other mention gives that month', () => {
    expect(values('Une mission en mars, puis une visite en mai 2027.', 'fr', '2026-11-20')).toEqual(['2026-03', '2027-05']);
  });
});

describe('extractDates: years before a noun', () => {
  it('reads "the 2015 agreement", "the county\'s 2023 report", "de 2004"', () => {
    expect(values('A renewal of the 2015 friendship agreement was signed.')).toEqual(['2015']);
    expect(values("according to the county's 2023 statistical abstract")).toEqual(['2023']);
    expect(values('La ville a connu les inondations de 2004 et de 2008.', 'fr')).toEqual(['2004', '2008']);
    expect(values('Staff will exchange placements from 2027 and compare schemes.')).toEqual(['2027']);
  });

  it('reads "mid-2027" and "la rentrée 2027"', () => {
    expect(values('She expects to sign it in mid-2027.')).toEqual(['2027']);
    expect(values('Les premiers étudiants arriveront dès la rentrée 2027.', 'fr')).toEqual(['2027']);
  });

  it('does not read a count after "the" or "plus de" as a year', () => {
    expect(values('The 2000 residents voted.')).toEqual([]);
    expect(values('Plus de 2000 visiteurs et près de 1950 exposants.', 'fr')).toEqual([]);
    expect(values('the 1900 block of the street is closed')).toEqual([]);
  });
});
