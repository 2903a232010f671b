import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('the room a council sits in', () => {
  it('does not read "the Council Chamber" as a body', () => {
    expect(namesOf('The motion was debated in the Council Chamber on Monday.', 'ORG', 'en')).toEqual([]);
  });

  it('still reads a named body ending on "Council Chamber"', () => {
    expect(namesOf('The Carlow Business Council Chamber merged last year.', 'ORG', 'en')).toEqual(['Carlow Business Council Chamber']);
  });
});
