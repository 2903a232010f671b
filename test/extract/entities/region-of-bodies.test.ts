import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('"Region of X" as a regional government', () => {
  it('reads the body named "Region of" a place', () => {
    expect(namesOf('The City of Aldgate and the Region of Tarrowby signed a memorandum of understanding on Tuesday.', 'ORG', 'en')).toContain('Region of Tarrowby');
  });

  it('leaves an area named "X Region" alone', () => {
    expect(namesOf('The City of Aldgate sent a delegation to the Quenlow Region on Tuesday.', 'ORG', 'en').filter((n) => /Region/.test(n))).toEqual([]);
  });
});
