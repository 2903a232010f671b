import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

// A signing told only as during a trip to a country: the dateline's town, inside that country, is where it was signed.
const story = (head: string): string => `Black Sea Port Review

${head}

The Varna Municipality and the City of Pécs have signed a memorandum of understanding on river cruises, capping a five-day visit by a Hungarian trade mission to Bulgaria. Led by Mayor Ivan Petrov, the mission was in Bulgaria from Nov 15 to 19.`;

const signingPlace = (head: string) => extract(story(head)).events.find((e) => e.type === 'agreement')?.place;

describe('a dateline with no dash, in the month-day-year order or broken across two lines', () => {
  it('places the signing in the town of "VARNA, Nov. 19, 2026" and of "VARNA, Thursday, November 19, 2026"', () => {
    expect(signingPlace('VARNA, Nov. 19, 2026')).toBe('Varna');
    expect(signingPlace('VARNA, Thursday, November 19, 2026')).toBe('Varna');
  });

  it('reads the town when the column breaks the date ("VARNA, Nov." then "19, 2026")', () => {
    expect(signingPlace('VARNA, Nov.\n19, 2026')).toBe('Varna');
  });

  it('reads the town alone on its line above the date line', () => {
    expect(signingPlace('VARNA\nNov. 19, 2026')).toBe('Varna');
  });

  it('takes no town from a masthead above the date line', () => {
    expect(signingPlace('Harbour Weekly\nNov. 19, 2026')).toBe('Bulgaria');
  });
});
