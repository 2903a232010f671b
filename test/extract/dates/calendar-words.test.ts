import { describe, expect, it } from 'vitest';
import { weekdayNumber } from '../../../src/extract/dates/calendar-words.js';

describe('weekdayNumber', () => {
  it('numbers French and English names from Sunday, whatever the case', () => {
    expect(weekdayNumber('dimanche')).toBe(0);
    expect(weekdayNumber('Tuesday')).toBe(2);
    expect(weekdayNumber('MARDI')).toBe(2);
    expect(weekdayNumber('samedi')).toBe(6);
  });

  it('has none for another word', () => {
    expect(weekdayNumber('mardis')).toBeUndefined();
    expect(weekdayNumber('week')).toBeUndefined();
  });
});
