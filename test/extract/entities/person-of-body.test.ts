import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a person named before "of" and the body they are of', () => {
  it('reads the body alone after a titled person and "of the"', () => {
    const text = 'The mayor spoke on Monday. Professor Anna Lindqvist of the Kanazu Institute of Marine Science signed it.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Kanazu Institute of Marine Science']);
  });

  it('keeps a body whose own name opens with a given name before its head', () => {
    const text = 'The mayor spoke on Monday. The Anna Maria College of Fine Arts signed it.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Anna Maria College of Fine Arts']);
  });
});
