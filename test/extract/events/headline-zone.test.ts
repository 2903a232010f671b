import { describe, expect, it } from 'vitest';
import { headlineZoneEnd } from '../../../src/extract/events/headline-zone.js';
import { agreementsFor } from './entities-for.js';

describe('a headline under a masthead and a date line', () => {
  it('reads the short lines before the first paragraph as the headline zone', () => {
    const text = 'Harbour Gazette\nMarch 3, 2026\n\nTralee and Bergen sign pact\n\nTRALEE — The two towns signed a pact on Monday.';
    expect(headlineZoneEnd(text)).toBe(text.indexOf('pact') + 4);
    expect(headlineZoneEnd('The two towns signed a pact on Monday in Tralee and in Bergen.')).toBe(0);
    expect(headlineZoneEnd('Tralee and Bergen sign pact\nThe two towns signed a pact on Monday.\nTrade notes\n')).toBe(27);
  });

  it('merges the headline’s agreement into the body’s, whatever noun each uses', () => {
    const text =
      'Campus Weekly\nMay 12, 2026\n\nKelso College and Lund Polytechnic sign agreement on forestry\n\n' +
      'Kelso College and Lund Polytechnic signed a memorandum of understanding on Monday at the Kelso campus, opening student exchanges in forestry.\n\n' +
      'Another partnership ahead\n\nStudents welcomed the news.';
    const deals = agreementsFor(text, [['ORG', 'Kelso College'], ['ORG', 'Lund Polytechnic']], [], 'en');
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ kind: expect.stringMatching(/^memorandum/) });
  });
});
