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
});
