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

  it('keeps a person whose family name is a place of the text ("Sarah Jackson" beside "City of Jackson")', () => {
    const text = 'The City of Penbury signed a partnership agreement with Lindholm University. The agreement was signed by Sarah Penbury and Ola Fenn.';
    const signers = agreementFor(text, [['ORG', 'City of Penbury'], ['PLACE', 'Penbury'], ['ORG', 'Lindholm University'], ['PERSON', 'Sarah Penbury'], ['PERSON', 'Ola Fenn']], [], 'en')?.signatories;
    expect(signers).toEqual(['Sarah Penbury', 'Ola Fenn']);
  });

  it('still drops a word that is no given name before a place ("Harbour Penbury")', () => {
    const text = 'The City of Penbury signed a partnership agreement with Lindholm University. The agreement was signed by Harbour Penbury and Ola Fenn.';
    const signers = agreementFor(text, [['ORG', 'City of Penbury'], ['PLACE', 'Penbury'], ['ORG', 'Lindholm University'], ['PERSON', 'Harbour Penbury'], ['PERSON', 'Ola Fenn']], [], 'en')?.signatories;
    expect(signers).toEqual(['Ola Fenn']);
  });

  it('still drops a given name before a place whose word alone is read as the same "person"', () => {
    const text = 'Lindholm University signed a partnership agreement at the Flora Penbury fair, signed by Flora Penbury and Ola Fenn. Penbury hosts the fair.';
    const signers = agreementFor(text, [['PERSON', 'Flora Penbury', 'Penbury'], ['PLACE', 'Penbury'], ['ORG', 'Lindholm University'], ['PERSON', 'Ola Fenn']], [], 'en')?.signatories;
    expect(signers).toEqual(['Ola Fenn']);
  });
});
