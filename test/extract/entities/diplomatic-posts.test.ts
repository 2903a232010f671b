import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a diplomatic post and its seat', () => {
  it('keeps the country it is accredited to ("Embassy of X to Y")', () => {
    const text = 'Help came from the Embassy of Chile to Korea last year.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Korea')])).toEqual(['Embassy of Chile to Korea']);
  });

  it('reads the seat over its article ("… in the Netherlands")', () => {
    const text = 'The High Commission of Ghana in the Netherlands hosted them.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Netherlands')])).toEqual(['High Commission of Ghana in the Netherlands']);
  });

  it('keeps the seat of a province’s government or trade office abroad', () => {
    const text = 'The Manitoba Government Office in Seoul and the Alberta Trade Office in Lima helped.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Seoul'), placeAt(text, 'Lima')])).toEqual(['Alberta Trade Office in Lima', 'Manitoba Government Office in Seoul']);
  });

  it('leaves out where a delegation travels to', () => {
    const text = 'The Business Delegation to Peru left on Monday.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Peru')])).toEqual(['Business Delegation']);
  });
});
