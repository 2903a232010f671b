import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a town named "Port" and one word', () => {
  it('is no port body when the gazetteer has the whole name', () => {
    const text = 'The delegation also travelled to Cardigan and Port Brelan on Friday.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Port Brelan')])).toEqual([]);
  });

  it('stays a body when the gazetteer lacks it (near miss)', () => {
    const text = 'Port Brelan signed a memorandum with the city on Friday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Port Brelan']);
  });
});
