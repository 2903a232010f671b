import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a possessive inside an English body name', () => {
  it('keeps a plural owner\'s apostrophe and a role\'s office in the name', () => {
    const text = "Members of the Kentucky Bourbon Makers' Association met pupils of Taupo Girls' High School and the Ohio Governor's Office of Economic Development.";
    const places = [placeAt(text, 'Kentucky'), placeAt(text, 'Taupo'), placeAt(text, 'Ohio')];
    expect(namesOf(text, 'ORG', 'en', places)).toEqual(["Kentucky Bourbon Makers' Association", "Ohio Governor's Office of Economic Development", "Taupo Girls' High School"]);
  });

  it('leaves a quoted plural and a role\'s possession that is no body alone', () => {
    expect(namesOf("He called them 'Old Friends' Tom Hanks said.", 'ORG', 'en')).toEqual([]);
    expect(namesOf("The Governor's Award went to Leeds Trinity University.", 'ORG', 'en')).toEqual(['Leeds Trinity University']);
  });
});

describe('a body\'s own possessive before another name', () => {
  it('ends the body before its apostrophe', () => {
    expect(namesOf("Staff of the University of Texas Rio Grandes' Marine Science Center came.", 'ORG', 'en')).not.toContain("University of Texas Rio Grandes' Marine Science Center");
  });
});
