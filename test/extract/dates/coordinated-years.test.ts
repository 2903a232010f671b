import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extract-dates.js';
import type { Language } from '../../../src/extract/types.js';

const values = (text: string, language: Language = 'fr'): string[] => extractDates(text, { language }).map((d) => d.value);

describe('extractDates: two years joined by "and" / "et"', () => {
  it('reads two years, not a span, when no "between" opens them', () => {
    expect(values('Droughts in 2003 and 2018 hurt both farms.', 'en')).toEqual(['2003', '2018']);
    expect(values('Le comité a siégé en 2016 et 2022 à Namur.')).toEqual(['2016', '2022']);
  });

  it('keeps the span after "between" / "entre"', () => {
    expect(values('The plan ran between 2016 and 2019.', 'en')).toEqual(['2016/2019']);
    expect(values('Entre 2016 et 2019, le plan a tenu.')).toEqual(['2016/2019']);
  });

  it('takes no count for a second year', () => {
    expect(values('In 2019 and 2000 visitors came back.', 'en')).toEqual(['2019']);
  });
});
