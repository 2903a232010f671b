import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a body of a province named with its tier', () => {
  it('reads "Government of X Province" and "Department of Y of X Province" as bodies', () => {
    expect(namesOf('The letter was signed by the Government of Central Sulawesi Province on Monday.', 'ORG', 'en')).toEqual(['Government of Central Sulawesi Province']);
    expect(namesOf('He met the Department of Commerce of Sichuan Province in May.', 'ORG', 'en')).toEqual(['Department of Commerce of Sichuan Province']);
  });

  it('does not make a body of a province alone or of its people', () => {
    expect(namesOf('They visited Sichuan Province in May.', 'ORG', 'en')).toEqual([]);
    expect(namesOf('Officials of Sichuan Province came in May.', 'ORG', 'en')).toEqual([]);
  });
});
