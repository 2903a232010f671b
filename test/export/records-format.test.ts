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

  it('defuses text a spreadsheet would run as a formula, not numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('--05-18')).toBe("'--05-18");
    expect(csvCell(-0.5)).toBe('-0.5');
  });
});
