import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('"and" inside one body\'s name', () => {
  it('keeps a committee whose portfolio opens with "City"', () => {
    expect(namesOf('The memorandum was approved by the City Works and Finance Committee on Monday.', 'ORG', 'en')).toEqual(['City Works and Finance Committee']);
  });

  it('still splits a city from the body after "and"', () => {
    expect(namesOf('The deal links Quebec City and the Harbour Development Corporation.', 'ORG', 'en')).toEqual(['Harbour Development Corporation']);
  });

  it('keeps a town that is also a given name before a field', () => {
    expect(namesOf('They toured the Sheldon Research and Development Centre on Monday.', 'ORG', 'en')).toEqual(['Sheldon Research and Development Centre']);
  });

  it('still reads a person before "and" and a body', () => {
    expect(namesOf('CEO Ana Ruiz and Ocean Cluster staff met.', 'ORG', 'en')).toEqual(['Ocean Cluster']);
  });

  it('keeps the first party of "between … and …" whole when a short parenthesis follows it', () => {
    const orgs = namesOf('An agreement between Kelso Education and Training Board (the board) and Highlands College was signed.', 'ORG', 'en');
    expect(orgs).toContain('Kelso Education and Training Board');
    expect(orgs).toContain('Highlands College');
  });

  it('still splits "between X and Y Board" when nothing follows', () => {
    expect(namesOf('An agreement between Acme and Training Board was signed.', 'ORG', 'en')).toContain('Training Board');
  });
});
