import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a college of a federated university, with the university\'s initials', () => {
  it('keeps the initials after the college head', () => {
    expect(namesOf('Staff from Perth College UHI and Lews Castle College UHI came.', 'ORG', 'en')).toEqual(['Lews Castle College UHI', 'Perth College UHI']);
  });

  it('leaves the college\'s own initials and a two-letter code out', () => {
    expect(namesOf('Nova Scotia Community College NSCC signed. Algonquin College ON staff came.', 'ORG', 'en')).toEqual(['Algonquin College', 'NSCC', 'Nova Scotia Community College']);
  });
});

describe('an agency named "Global" and its territory', () => {
  it('reads "Global" before a place as a body', () => {
    const text = 'The mission was supported by Global Tasmania and the City of Hobart.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Tasmania'), placeAt(text, 'Hobart')])).toContain('Global Tasmania');
  });

  it('leaves "Global" before a word that is no place alone', () => {
    expect(namesOf('The plan follows Global Engagement guidelines.', 'ORG', 'en')).toEqual([]);
  });
});
