import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a bookshop named after its descriptor noun', () => {
  it('reads the name after "la librairie"', () => {
    expect(namesOf('Le livre a été présenté mercredi à la librairie Olivieri, dans le centre.', 'ORG')).toEqual(['Olivieri']);
  });
});
