import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

describe('the sides named by a relative clause on the agreement', () => {
  it('reads "the agreement that has linked A and B" over the sentence’s other places', () => {
    const text =
      'A delegation returned from Brittany, where Mayor Ann Cole renewed the twinning agreement that has linked Ashford and Quimper since 1990.';
    expect(agreementFor(text, [['PLACE', 'Brittany'], ['PLACE', 'Ashford'], ['PLACE', 'Quimper'], ['PERSON', 'Ann Cole']], [], 'en')?.parties).toEqual(['Ashford', 'Quimper']);
  });

  it('reads "le jumelage qui unit A et B"', () => {
    const text = "De retour du Portugal, le maire a renouvelé la charte de jumelage qui unit Vierzon et Leiria depuis 1985.";
    expect(agreementFor(text, [['PLACE', 'Portugal'], ['PLACE', 'Vierzon'], ['PLACE', 'Leiria']])?.parties).toEqual(['Vierzon', 'Leiria']);
  });
});
