import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a given name inside a company name a descriptor opens', () => {
  const text =
    "Le contrat a été conclu avec l'entreprise horticole Tanvir Rose Kellan, spécialisée dans les semences. La directrice de Tanvir Rose Kellan, Mme Odile Brun, a paraphé le document.";

  it('reads the whole run as the company', () => {
    expect(namesOf(text, 'ORG')).toContain('Tanvir Rose Kellan');
  });

  it('takes neither that mention nor the same words elsewhere as a person', () => {
    expect(namesOf(text, 'PERSON')).toEqual(['Odile Brun']);
  });

  it('keeps a person the body only follows after a link word', () => {
    const en = 'The agreement was signed by Rose Kellan of Tanvir University and by the rector of Orlan College, Professor Ada Voss.';
    expect(namesOf(en, 'PERSON', 'en')).toContain('Rose Kellan');
  });

  it('keeps a person after a portfolio in capitals', () => {
    const en = 'The agreement, signed by State Secretary of Commerce and Community Development Rose Kellan and Orlan Technopole executive director Mark Lane, commits the two bodies to share data.';
    expect(namesOf(en, 'PERSON', 'en')).toEqual(['Mark Lane', 'Rose Kellan']);
  });
});

describe('an export or trading house', () => {
  it('names the firm, not a person spelled like its first word', () => {
    const text = 'On the same trip, Kestrel Abalone Pty Ltd signed a supply agreement with Varkala Marine Exports, one of the largest processors in the port.';
    expect(namesOf(text, 'ORG', 'en')).toContain('Varkala Marine Exports');
    expect(namesOf(text, 'PERSON', 'en')).toEqual([]);
  });
});
