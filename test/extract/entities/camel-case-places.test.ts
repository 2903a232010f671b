import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a gazetteer place written with an inner capital', () => {
  it('is no brand', () => {
    const text = 'The delegation wrapped up a visit to KiwaMoro-Tane on Thursday.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'KiwaMoro-Tane')])).toEqual([]);
  });

  it('still opens a brand that an industry noun closes', () => {
    const text = 'The delegation met DeVarne Robotics on Thursday.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'DeVarne')])).toEqual(['DeVarne Robotics']);
  });
});
