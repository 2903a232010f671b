import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const people = (text: string): string[] => extract(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.name).sort();

describe('people: names that go on past two words', () => {
  it('keeps a Malay patronymic after two given names', () => {
    expect(people("The agency's director of promotion, Ahmad Nizam bin Yusof, said the deal was good.")).toEqual(['Ahmad Nizam bin Yusof']);
  });

  it('reads a surname that is also a foreign body head when no complement follows it', () => {
    expect(people('Le préfet de Boké, Amadou Camara, conduit une délégation de cinq personnes.')).toEqual(['Amadou Camara']);
  });
});

describe('people: titles that are no names', () => {
  it('does not take the rank before a second title for a surname', () => {
    expect(people('The memorandum was signed by the hospital Chief Executive Officer Associate Professor Tan Boon Hock in May.')).toEqual(['Tan Boon Hock']);
  });

  it('reads "Dra." as an honorific', () => {
    expect(people('Rector Dra. Lucia Ferreira Campos signed the memorandum.')).toEqual(['Lucia Ferreira Campos']);
  });
});
