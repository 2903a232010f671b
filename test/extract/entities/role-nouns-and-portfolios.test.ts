import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

const people = (text: string): string[] => namesOf(text, 'PERSON', 'en');

describe('people: role nouns are no names', () => {
  it('does not read a role before an apposition as a name', () => {
    expect(people('The trip was led by the then Deputy Leader, Councillor Tegwen Morgan, in May.')).toEqual(['Tegwen Morgan']);
  });

  it('does not read a role noun after a body as a surname', () => {
    expect(people('The team was led by the Regional Executive Committee Member for Trade, Grace Achieng Otieno.')).toEqual(['Grace Achieng Otieno']);
  });

  it('still reads a name whose surname is a role-like word that is no role noun', () => {
    expect(people('The dean, Suzanne Thibodeau, signed the letter.')).toEqual(['Suzanne Thibodeau']);
  });
});

describe('people: portfolios after a role', () => {
  it('does not read a portfolio adjective before the holder as a surname', () => {
    expect(people('The campus was opened by the Deputy Vice-Chancellor Global, Professor Hamish Dunbar, on Monday.')).toEqual(['Hamish Dunbar']);
  });

  it('still reads a lone surname before a second titled person', () => {
    expect(people('The accord was signed by Mayor Vidal, Dr Ruiz and others.')).toEqual(['Ruiz', 'Vidal']);
  });
});

describe('people: Korean family names spelled like nouns', () => {
  it('does not read a place name with "Park" inside a run of capitals', () => {
    expect(people('The visitors toured the Science Park Dundee on Tuesday.')).toEqual([]);
  });

  it('still reads a Korean name that opens the run', () => {
    expect(people('The visitors met Park Min-jae on Tuesday.')).toEqual(['Park Min-jae']);
  });
});

describe('people: things named after a person', () => {
  it('does not read a name that a place noun closes as a person', () => {
    expect(people('The memorandum was signed in the hall on Megan Probert Square.')).toEqual([]);
  });

  it('still reads a name before a lower-case noun', () => {
    expect(people('The memorandum was signed by Megan Probert on the square.')).toEqual(['Megan Probert']);
  });
});

describe('people: transport companies named like people', () => {
  it('does not read a given name before "Ferries" as a person', () => {
    expect(people('The crossing was run by Bethan Ferries last year.')).toEqual([]);
  });

  it('still reads a surname that looks like the noun', () => {
    expect(people('The crossing was praised by Bethan Ferris last year.')).toEqual(['Bethan Ferris']);
  });
});
