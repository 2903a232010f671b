import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';

const countryOf = (text: string, name: string): string | undefined => findPlaces(text, 'en').find((p) => p.name === name)?.geo?.country;

describe('findPlaces: a shared town name read in the countries the text names', () => {
  it('takes the namesake in a province the text names over a larger one abroad', () => {
    expect(countryOf('A delegation from Perth, in Scotland, met the mayor of Lyon on Monday.', 'Perth')).toBe('GB');
  });

  it('keeps the larger namesake where the text names its own state', () => {
    expect(countryOf('A delegation from Perth, in Western Australia, met the mayor of Lyon on Monday.', 'Perth')).toBe('AU');
  });

  it('leaves the country open for a small town known only abroad when the text names other countries', () => {
    const places = findPlaces('The Tamil Nadu trade mission stopped in Madras before flying to Kenya.', 'en');
    expect(places.find((p) => p.name === 'Madras')).toBeDefined();
    expect(places.find((p) => p.name === 'Madras')?.geo).toBeUndefined();
  });

  it('keeps the country of two towns that vouch for each other', () => {
    expect(countryOf('Kenyan visitors toured Corvallis and Albany before flying to Kenya.', 'Corvallis')).toBe('US');
  });
});
