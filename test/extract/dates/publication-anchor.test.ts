import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extract-dates.js';
import type { Language } from '../../../src/extract/types.js';

const values = (text: string, language: Language = 'fr'): string[] => extractDates(text, { language }).map((d) => d.value);

describe('extractDates: a publication line anchors year-less dates', () => {
  it('reads the year of "Publié le …" after a masthead and a byline', () => {
    const text = [
      'Le Petit Courrier – Région',
      '',
      'Deux villes, un même fleuve',
      '',
      'Par Claire Dumont | Publié le 03/06/2024 à 08h10',
      '',
      'La délégation a séjourné à Liège du 27 au 31 mai.',
    ].join('\n');
    expect(values(text)).toEqual(['2024-06-03', '2024-05-27/2024-05-31']);
  });

  it('reads the year of "Published: …" in English', () => {
    const text = 'News release\n\nPublished: Friday 4 October 2024\n\nThe agreement was signed on Wednesday 2 October.';
    expect(values(text, 'en')).toEqual(['2024-10-04', '2024-10-02']);
  });

  it('reads a dateline whose date carries a weekday', () => {
    const text = 'COMMUNIQUÉ DE PRESSE\nVille de Florenval\nFlorenval, le lundi 2 mars 2026\n\nLa délégation partira le 25 février.';
    expect(values(text)).toEqual(['2026-03-02', '2026-02-25']);
  });

  it('reads the date of an edition, a broadcast or a week', () => {
    expect(values("L'Hebdo des Vallons\nÉdition du jeudi 5 mars 2026\n\nLa charte a été signée le 2 mars.")).toEqual(['2026-03-05', '2026-03-02']);
    expect(values('Transcription\nDiffusion : mardi 3 mars 2026, 7 h 40\n\nIls partent le 9 mars.')).toEqual(['2026-03-03', '2026-03-09']);
    expect(values('Prairie Business Journal\nWeek of March 2, 2026\n\nThey signed on February 26.', 'en')).toEqual(['2026-03-02', '2026-02-26']);
  });

  it('reads a masthead date set between separators', () => {
    expect(values('The Valley Courier | Local News | Wednesday, March 4, 2026\n\nThe pact was signed on March 2.', 'en')).toEqual([
      '2026-03-04',
      '2026-03-02',
    ]);
    expect(values('Le Réveil · Actualités · jeudi 5 mars 2026\n\nLa charte a été signée le 2 mars.')).toEqual(['2026-03-05', '2026-03-02']);
  });

  it('reads a dateline that follows a lead of a few words and a dash', () => {
    const text = 'Talvergne renoue avec Vasseral\n\nCommuniqué de presse – Talvergne, le 20 novembre 2026\n\nLe conseil avait voté le texte le 29 septembre.';
    expect(values(text)).toEqual(['2026-11-20', '2026-09-29']);
    const outlet = "Accord sur l'eau\n\nLa Gazette d'Ostrelin – Brumevaux, lundi 23 novembre 2026\n\nLa délégation est rentrée le 15 novembre.";
    expect(values(outlet)).toEqual(['2026-11-23', '2026-11-15']);
  });

  it('reads the date of a byline', () => {
    const text = 'My week in Harrowmere\n\nPosted by Maëlys Corbinet on Sunday 22 November 2026 | Travel notes\n\nWe landed on Tuesday 17 November.';
    expect(values(text, 'en')).toEqual(['2026-11-22', '2026-11-17']);
    const fr = 'Carnet de route\n\nPublié par Louis Quenneville le 3 mars 2026\n\nNous sommes partis le 24 février.';
    expect(values(fr)).toEqual(['2026-03-03', '2026-02-24']);
  });

  it('does not take a dated title or a dashed lead without a place for the publication date', () => {
    expect(values('Le 20 novembre 2026, une date à retenir\n\nLe conseil a voté le texte le 29 septembre.')).toEqual(['2026-11-20', '--09-29']);
    expect(values('Bilan – ce qui change le 20 novembre 2026\n\nLe conseil a voté le texte le 29 septembre.')).toEqual(['2026-11-20', '--09-29']);
    expect(values('Pellingford notes\n\nThe council met on Sunday 22 November 2026 to vote.\n\nThey signed on 17 March.', 'en')).toEqual([
      '2026-11-22',
      '--03-17',
    ]);
  });

  it('does not take a date inside a sentence near the top for the publication date', () => {
    const text = 'Les deux villes ont signé leur charte le jeudi 5 mars 2026 à Florenval.\n\nUne visite suivra le 12 mai.';
    expect(values(text)).toEqual(['2026-03-05', '--05-12']);
  });
});
