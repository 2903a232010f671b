import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const story = (signingDay: string): string =>
  `WHANGANUI — 12 May 2026

A 10-member delegation led by Mayor Ruth Kingi spent 3 to 8 May 2026 in Kurashiki, meeting port and school officials.

On Wednesday ${signingDay} May 2026, Waimara District Council and Kurashiki City signed a memorandum of understanding on port logistics.`;

describe('a signing on a day of a trip that stayed in one town', () => {
  it('was signed in the town of the trip', () => {
    const signing = extract(story('5')).events.find((e) => e.type === 'agreement');
    expect(signing?.place).toBe('Kurashiki');
  });

  it('is not placed on the trip when its day falls after it', () => {
    const signing = extract(story('11')).events.find((e) => e.type === 'agreement');
    expect(signing?.place).not.toBe('Kurashiki');
  });
});
