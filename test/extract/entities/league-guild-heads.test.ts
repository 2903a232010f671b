import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a league or a guild closing an English name', () => {
  it('reads "… Growers League", "… League of X" and "… Arts Guild" as whole bodies', () => {
    const text = 'The Tallis Quince Growers League signed with the Brelland Glass Arts Guild and the Korrowa National League of Brelland.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Brelland Glass Arts Guild', 'Korrowa National League of Brelland', 'Tallis Quince Growers League']);
  });

  it('leaves "Guild" inside a name whose head comes later', () => {
    const text = 'The delegation toured the Brelland Guild Hall Museum on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
    expect(namesOf(text, 'PLACE', 'en')).toEqual(['Brelland Guild Hall Museum']);
  });
});

describe('an akimat, the municipal administration of a Kazakh town', () => {
  it('heads a body with its "of" complement ("the Akimat of Sorvik")', () => {
    const text = 'The City of Harlowe and the Akimat of Sorvik signed a memorandum on Friday.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Sorvik')])).toContain('Akimat of Sorvik');
  });

  it('names no body alone as a capitalized word ("Akimat officials")', () => {
    const text = 'Akimat officials met the visitors on Friday.';
    expect(namesOf(text, 'ORG', 'en', [])).not.toContain('Akimat');
  });
});
