import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a festival named in one word with an inner capital', () => {
  it('is an event, no body', () => {
    const text = 'The mayor hoped the band could play at PlumFest next summer, and at FestiLune in Brelac.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });

  it('leaves a brand with an inner capital (near miss)', () => {
    const text = 'The deal with FestoWave Energy was signed on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['FestoWave Energy']);
  });

  it('leaves a brand whose "Fest" goes on with an accented letter', () => {
    const text = "L'accord avec NordFestéa a été signé lundi.";
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['NordFestéa']);
  });
});
