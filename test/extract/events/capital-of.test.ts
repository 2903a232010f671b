import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

describe('the place a party is the capital of only locates it', () => {
  it('leaves out "X, capital of Y" from an agreement\'s parties', () => {
    const text = 'The City of Oakport and Tarsville, capital of Vendria Province, signed a friendship agreement on Monday.';
    expect(agreementFor(text, [['ORG', 'City of Oakport'], ['PLACE', 'Tarsville'], ['PLACE', 'Vendria Province']], [], 'en')?.parties).toEqual(['City of Oakport', 'Tarsville']);
  });

  it('leaves out "X, chef-lieu de la province de Y"', () => {
    const text = 'Brioude et Ventrac, chef-lieu de la province de Lomarie, ont signé une charte de jumelage le 3 mai.';
    expect(agreementFor(text, [['PLACE', 'Brioude'], ['PLACE', 'Ventrac'], ['PLACE', 'Lomarie']])?.parties).toEqual(['Brioude', 'Ventrac']);
  });
});
