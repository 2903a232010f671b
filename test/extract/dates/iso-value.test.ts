import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../../../src/extract/dates/iso-value.js';

describe('addDays', () => {
  it('reads a year-less day in a leap year: "--02-28" + 1 is "--02-29"', () => {
    expect(addDays('--02-28', 1)).toBe('--02-29');
    expect(addDays('--02-29', 1)).toBe('--03-01');
    expect(addDays('--03-01', -1)).toBe('--02-29');
  });

  it('keeps a dated day in its own year: "2027-02-28" + 1 is "2027-03-01"', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('crosses a month and a year', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('--12-31', 1)).toBe('--01-01');
    expect(addDays('2026-11-03', -7)).toBe('2026-10-27');
  });

  it('leaves a month, a year or a range alone', () => {
    expect(addDays('2026-11', 1)).toBeUndefined();
    expect(addDays('2026', 1)).toBeUndefined();
    expect(addDays('2026-11-09/2026-11-13', 1)).toBeUndefined();
  });
});

describe('weekdayOf', () => {
  it('counts from Sunday', () => {
    expect(weekdayOf('2026-11-25')).toBe(3);
    expect(weekdayOf('2026-11-22')).toBe(0);
  });

  it('has none for a year-less day', () => {
    expect(weekdayOf('--11-25')).toBeUndefined();
  });
});
