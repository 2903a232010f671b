import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

describe('a signatory is a person, not a place or a body read as one', () => {
  it('drops a "person" whose name is a town of the text', () => {
    const text =
      'Ardmore County Council has signed a friendship agreement with the Municipality of Valle Serena. It was signed by the Cathaoirleach of Ardmore County Council, Cllr Maura Quill, and the mayor of Valle Serena, Tomás Arrieta.';
    const specs = [['ORG', 'Ardmore County Council'], ['ORG', 'Municipality of Valle Serena'], ['PERSON', 'Valle Serena'], ['PLACE', 'Valle Serena'], ['PERSON', 'Maura Quill'], ['PERSON', 'Tomás Arrieta']] as const;
    expect(agreementFor(text, specs, [], 'en')?.signatories).toEqual(['Maura Quill', 'Tomás Arrieta']);
  });

  it('drops a "person" whose name only adds a word to a town ("Brackwater Fair")', () => {
    const text = 'The Brackwater Fair signed a memorandum of understanding with Lindholm University, signed by Brackwater Fair and Rector Ola Fenn.';
    const signers = agreementFor(text, [['PERSON', 'Brackwater Fair'], ['PLACE', 'Brackwater'], ['ORG', 'Lindholm University'], ['PERSON', 'Ola Fenn']], [], 'en')?.signatories;
    expect(signers).toEqual(['Ola Fenn']);
  });

  it('keeps a person named with a title whose given name is a town ("Professor Marion Kell")', () => {
    const text = 'Marion College and Kell University signed a memorandum, signed by Professor Marion Kell and Rector Ola Fenn. Marion is a small town.';
    const signers = agreementFor(text, [['PERSON', 'Marion Kell'], ['PLACE', 'Marion'], ['ORG', 'Kell University'], ['PERSON', 'Ola Fenn']], [], 'en')?.signatories;
    expect(signers).toEqual(['Marion Kell', 'Ola Fenn']);
  });
});
