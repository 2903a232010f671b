import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../src/export/records-format.js';

describe('CSV quoting', () => {
  it('quotes cells with commas, quotes and newlines and doubles inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['x', 1.5, undefined, 'l’entente, signée'])).toBe('x,1.5,,"l’entente, signée"');
  });
});
