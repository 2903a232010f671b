import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('people: honorifics of the Indian press', () => {
  it('leaves Thiru, Shri and Smt out of the name', () => {
    const text = 'The pact was signed by Thiru R. Murugesan and Shri Anil Deshpande, with Smt. Kavita Iyer present.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Anil Deshpande', 'Kavita Iyer', 'R. Murugesan']);
  });
});
