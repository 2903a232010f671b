import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('an investment agency named "Invest in" its area', () => {
  it('reads the agency', () => {
    expect(namesOf('The delegation was hosted by Invest in Tarrowby and the City of Aldgate.', 'ORG', 'en')).toContain('Invest in Tarrowby');
  });

  it('leaves the imperative at a sentence start alone', () => {
    expect(namesOf('Invest in Tarrowby now, the mayor said to the City of Aldgate.', 'ORG', 'en')).toEqual(['City of Aldgate']);
  });
});
