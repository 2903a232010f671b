import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a body "of the State of X"', () => {
  it('names the government, with the state as its complement', () => {
    const text = 'The delegation was hosted by the Government of the State of Nuevo Arenal and its partners.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Government of the State of Nuevo Arenal']);
  });

  it('leaves the state alone as a place', () => {
    const text = 'Officials from the State of Nuevo Arenal attended the forum.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });
});
