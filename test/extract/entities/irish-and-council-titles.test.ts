import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('Irish surnames and council titles', () => {
  it('keeps the surname after an Irish particle, even one spelled like a pronoun', () => {
    const text = 'The visitors were welcomed by Cllr Niamh Ní Shé and Dr Ciarán Ó Sé of the harbour board.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Ciarán Ó Sé', 'Niamh Ní Shé']);
  });

  it('reads a council chair, a warden and an Australian councillor as titles', () => {
    const text = 'The Cathaoirleach of Kilmarra County Council met Warden Fiona MacLellan-Ross. Cr Dean Holloway moved the motion.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Kilmarra County Council']);
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Dean Holloway', 'Fiona MacLellan-Ross']);
  });

  it('drops a question or a "Neither" that opens the sentence before a body', () => {
    const text = 'Is the Welsh Government ready? Neither Kilmarra County Council nor the port replied.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Kilmarra County Council', 'Welsh Government']);
  });
});
