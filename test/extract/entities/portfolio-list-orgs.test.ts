import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a ministry named by a list of portfolios', () => {
  it('runs over the list after "of", with the words before the head', () => {
    const text = 'The Manitoba Department of Labour, Housing and Consumer Protection signed.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Manitoba Department of Labour, Housing and Consumer Protection']);
  });

  it('takes a serial comma before the last portfolio', () => {
    const text = 'Officials of the Ministry of Mines, Water, and Energy came.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Ministry of Mines, Water, and Energy']);
  });

  it('reads the list before a trailing head, also at a sentence start', () => {
    const text = 'Tourism, Culture and Sport Department staff met. They thanked the Tourism, Culture and Sport Department.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Tourism, Culture and Sport Department']);
  });

  it('stops before people and places in a list after the name', () => {
    const text = 'The Department of Health, Dr. Ann Lee and Lisbon officials met.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Lisbon')])).toEqual(['Department of Health']);
  });
});
