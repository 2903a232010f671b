import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en');

describe('findPlaces: languages and nationality words', () => {
  it('takes no small town named like a language or a nationality', () => {
    expect(names('The lessons will be given in English and Portuguese at both schools.')).toEqual([]);
    expect(names('The charter was printed in English and Ukrainian for the guests.')).toEqual([]);
    expect(names('Welsh farmers settled the valley long ago.')).toEqual([]);
  });

  it('keeps a country of the same name and a real town after the same cue', () => {
    expect(names('The delegation flew to Laos on Monday.')).toEqual(['Laos']);
    expect(names('The lessons will be given in Lisbon and Porto.')).toEqual(['Lisbon', 'Porto']);
  });
});

describe('findPlaces: the trade of a chamber or an office', () => {
  it('reads the common word after "Chamber of" as its trade, not a town', () => {
    expect(names('The Harbor Chamber of Commerce sent two staff.')).toEqual([]);
    expect(names('The Plainfield Region Chamber of Industry and Commerce met buyers.')).toEqual([]);
    expect(names("The state's Secretary of Commerce led the group.")).toEqual([]);
  });

  it('reads the trade so even when a place is listed after it', () => {
    expect(names('The Plainfield Chamber of Commerce, Ontario, sent two staff.')).toEqual(['Ontario']);
  });

  it('still takes a town after "Chamber of Commerce of"', () => {
    expect(names('The Chamber of Commerce of Lyon met buyers.')).toEqual(['Lyon']);
  });
});

describe('findPlaces: a title before "Mayor"', () => {
  it('takes no town from a title word before the mayor', () => {
    expect(names('The group met Vice Mayor Lee Min-ho in the hall.')).toEqual([]);
  });

  it('keeps the town before the mayor', () => {
    expect(names('The delegation met Bristol Mayor Jane Roe on Tuesday.')).toEqual(['Bristol']);
  });
});

describe('findPlaces: a council meant as the body', () => {
  it('takes no hamlet named "Council" from the council’s own word', () => {
    expect(names('The memorandum was signed in Council Chambers at city hall.')).toEqual([]);
  });

  it('keeps a town whose longer name opens with the word', () => {
    expect(names('The delegation toured Council Bluffs, Iowa, on Monday.')).toEqual(['Council Bluffs', 'Iowa']);
  });
});
