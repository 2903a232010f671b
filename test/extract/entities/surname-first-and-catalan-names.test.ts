import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

const people = (text: string): string[] => namesOf(text, 'PERSON', 'en');

describe('people: family name first', () => {
  it('reads a Chinese surname and a pinyin given name', () => {
    expect(people('The talks ended when Zhou Jianhua and the delegation left.')).toEqual(['Zhou Jianhua']);
  });

  it('does not read a Chinese surname before a word that is no pinyin', () => {
    expect(people('The talks ended near Zhou Street and the Chen Bridge.')).toEqual([]);
  });

  it('does not read a surname and pinyin word that a company noun closes', () => {
    expect(people('Shares of Deng Fei Holdings rose on Monday.')).toEqual([]);
  });

  it('reads a Vietnamese name written with its diacritics', () => {
    expect(people('The delegation met Phạm Văn Khải on Monday.')).toEqual(['Phạm Văn Khải']);
  });

  it('does not read a Vietnamese surname before plain English words', () => {
    expect(people('The Phan Family Trust and Dương Street Bakery opened.')).toEqual([]);
  });
});

describe('people: Catalan double surnames', () => {
  it('joins two family names with a lower-case "i"', () => {
    expect(people('The chair of the chamber, Núria Puig i Soler, signed the protocol.')).toEqual(['Núria Puig i Soler']);
  });

  it('does not join a name to a capitalized word after the English pronoun', () => {
    expect(people('Then Núria Puig I Think left.')).not.toContain('Núria Puig I Think');
  });
});

describe('people: titles after "by"', () => {
  it('leaves the title out of a name after "Led by"', () => {
    expect(people('Led by Mayor Ingrid Halvorsen, the group left on Monday.')).toEqual(['Ingrid Halvorsen']);
  });

  it('still reads a byline name with no title', () => {
    expect(people('By Ingrid Halvorsen\nThe group left on Monday.')).toEqual(['Ingrid Halvorsen']);
  });
});

describe('people: bylines in a barred dateline', () => {
  it('reads the name after "| By" in full', () => {
    expect(people('Features | 2 March 2027 | By Ieuan Wyn Pritchard\nThe story.')).toEqual(['Ieuan Wyn Pritchard']);
  });

  it('does not read a lower-case "by" after a bar as a byline', () => {
    expect(people('Sales | by Region Total\nThe table.')).toEqual([]);
  });
});

describe('people: given names of more languages', () => {
  it.each([
    ['Welsh', 'Angharad Pugh'],
    ['Irish', 'Caoimhe Dunleavy'],
    ['Scottish', 'Eilidh Macrae'],
    ['Catalan', 'Oriol Casals'],
    ['Ewe', 'Komlan Agbeko'],
    ['Malagasy', 'Voahangy Rasoanaivo'],
    ['Dutch', 'Nienke Verhoeven'],
  ])('reads a %s given name and surname', (_lang, name) => {
    expect(people(`The agreement was welcomed by ${name} on Monday.`)).toEqual([name]);
  });

  it('does not read a county that shares a given name as a person', () => {
    expect(people('The Angus Council and the Fraser Valley Regional District met.')).toEqual([]);
  });
});
