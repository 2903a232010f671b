import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a league or a guild closing an English name', () => {
  it('reads "… Growers League", "… League of X" and "… Arts Guild" as whole bodies', () => {
    const text = 'The Tallis Valley Apple Growers League signed with the Brelland Clay Arts Guild and the Korrowa National League of Brelland.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Brelland Clay Arts Guild', 'Korrowa National League of Brelland', 'Tallis Valley Apple Growers League']);
  });

  it('leaves a lower-case guild alone', () => {
    expect(namesOf('The potters of the Brelland guild exhibited in Tallis.', 'ORG', 'en')).toEqual([]);
  });
});
