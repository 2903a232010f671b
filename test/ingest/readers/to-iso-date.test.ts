import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../src/ingest/readers/to-iso-date.js';

describe('toIsoDate', () => {
  it.each([
    ['2025-09-18', '2025-09-18'],
    ['2024-03-12T23:30:00-05:00', '2024-03-12'],
    ['2024-03-12 10:00', '2024-03-12'],
    ['20240312T101500Z', '2024-03-12'],
    ['12/03/2024', '2024-03-12'],
    ['5.11.2024', '2024-11-05'],
    ['Tue, 12 Mar 2024 10:00:00 GMT', '2024-03-12'],
  ])('reads %s as %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it.each(['', 'hier', '2024-02-30', '31/02/2024', '0000-01-01'])('gives nothing for %j', (input) => {
    expect(toIsoDate(input)).toBeUndefined();
  });

  it('reads Date objects in UTC and ignores invalid ones', () => {
    expect(toIsoDate(new Date('2025-05-02T12:00:00Z'))).toBe('2025-05-02');
    expect(toIsoDate(new Date('garbage'))).toBeUndefined();
    expect(toIsoDate(null)).toBeUndefined();
  });
});
