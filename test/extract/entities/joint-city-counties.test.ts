import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a consolidated city and county named as one body', () => {
  it('reads "City and County of X" and "City and Borough of X" whole', () => {
    expect(namesOf('The deal was signed with the City and County of Honolulu on Monday.', 'ORG', 'en')).toEqual(['City and County of Honolulu']);
    expect(namesOf('The City and Borough of Sitka hosted the delegation.', 'ORG', 'en')).toEqual(['City and Borough of Sitka']);
  });

  it('does not join a city and a lower-case county, nor two bodies with an article', () => {
    expect(namesOf('The City and county officials met on Monday.', 'ORG', 'en')).toEqual([]);
    expect(namesOf('The City and the County of Essex met.', 'ORG', 'en')).not.toContain('City and the County of Essex');
  });
});
