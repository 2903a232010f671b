import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extract-dates.js';

const values = (text: string): string[] => extractDates(text, { language: 'en' }).map((d) => d.value);

describe('a range of spoken ordinals', () => {
  it('reads "from the 12th of March to the 2nd of April" as one range', () => {
    expect(values('The crew sailed from the 12th of March to the 2nd of April.')).toEqual(['--03-12/--04-02']);
  });

  it('reads "from the 4th to the 9th of July 2024" as one range', () => {
    expect(values('The crew sailed from the 4th to the 9th of July 2024.')).toEqual(['2024-07-04/2024-07-09']);
  });

  it('keeps "the 12th of March" alone a single day', () => {
    expect(values('The crew sailed on the 12th of March, then rested.')).toEqual(['--03-12']);
  });
});
