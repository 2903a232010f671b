import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor } from './entities-for.js';

const COUNCILS = [['ORG', 'Port Alba Council'], ['ORG', 'Nordvik Council']] as const;

describe('a signing told undated, then again with its day in the next sentence', () => {
  it('dates it by "The deal was signed on <day>" rather than by the publication date before it', () => {
    const text =
      'Published: 7 November 2026\n\nPort Alba Council and Nordvik Council have signed a memorandum of understanding on dairy farming.\n\nThe deal was signed on Wednesday, 4 November at the town hall.';
    const dates = [dateFor(text, '7 November 2026', '2026-11-07'), dateFor(text, 'Wednesday, 4 November', '--11-04')];
    expect(agreementFor(text, [...COUNCILS], dates, 'en')?.date).toBe('--11-04');
  });

  it('keeps the date before when the next sentence tells no signing', () => {
    const text =
      'Published: 7 November 2026\n\nPort Alba Council and Nordvik Council have signed a memorandum of understanding on dairy farming.\n\nThe deal was discussed on Wednesday, 4 November at the town hall.';
    const dates = [dateFor(text, '7 November 2026', '2026-11-07'), dateFor(text, 'Wednesday, 4 November', '--11-04')];
    expect(agreementFor(text, [...COUNCILS], dates, 'en')?.date).toBe('2026-11-07');
  });
});
