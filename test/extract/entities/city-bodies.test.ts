import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a town then "City" or "Metropolitan City" names the municipal body', () => {
  it('reads "X City" and "X Metropolitan City" as bodies when they act', () => {
    const text = 'The accord was signed by Tottori City and Daegu Metropolitan City on Monday.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Tottori'), placeAt(text, 'Daegu')])).toEqual(['Daegu Metropolitan City', 'Tottori City']);
  });

  it('keeps a city the gazetteer knows whole as a place ("Quebec City")', () => {
    const text = 'The accord was signed by Quebec City and the port authority.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Quebec City')])).toEqual([]);
  });

  it('takes no body where a locative or a list after one makes it the place', () => {
    const text = 'Buyers met the exporters in Harbin and Nara City, then travelled to Tottori City.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Harbin'), placeAt(text, 'Nara'), placeAt(text, 'Tottori')])).toEqual([]);
  });

  it('takes no body from the seat in "the … Office of X City"', () => {
    const text = "The accord was signed with the Executive Office of Nara City last week.";
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Nara')])).not.toContain('Nara City');
  });
});

describe('"X City" of a town the gazetteer does not know', () => {
  it('is the body when the text also names the town bare', () => {
    const text = 'A Sorvik delegation came in May. The council drafted a friendship agreement with Sorvik City covering tourism.';
    expect(namesOf(text, 'ORG', 'en', [])).toContain('Sorvik City');
  });

  it('stays no body when the word only comes with "City" or inside a longer name', () => {
    const text = 'The council met officials of Hallevik City. The lunch was hosted by Hallevik Fisheries Board.';
    expect(namesOf(text, 'ORG', 'en', [])).not.toContain('Hallevik City');
  });

  it('is not cut out of "X City and County Council"', () => {
    const text = 'A Dunlow group came in May.\n\nPress Office, Dunlow City and County Council';
    expect(namesOf(text, 'ORG', 'en', [])).not.toContain('Dunlow City');
  });
});
