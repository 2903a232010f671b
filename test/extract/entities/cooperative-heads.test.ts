import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a cooperative closing an English name', () => {
  it('reads "… Dairy Cooperative" as a whole body', () => {
    expect(namesOf('The visitors met the council and the Tallis Dairy Cooperative.', 'ORG', 'en')).toEqual(['Tallis Dairy Cooperative']);
  });

  it('reads a plural owner\'s cooperative after another body\'s name ("the X Cooperative and the Y Farmers\' Co-operative")', () => {
    const text = 'The visitors met the Tallis Dairy Cooperative and the Korrowa Kelp Farmers\' Co-operative.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Korrowa Kelp Farmers\' Co-operative', 'Tallis Dairy Cooperative']);
  });

  it('leaves "Cooperative" inside a name whose head comes later', () => {
    const text = 'The delegation visited the Brelland Cooperative Research Centre on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Brelland Cooperative Research Centre']);
  });

  it('still ends a body\'s own name before a plural owner\'s apostrophe', () => {
    const text = 'The visitors met the council and the Tallis University Farmers\' Market.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Tallis University Farmers']);
  });
});
