import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

describe('a second "avec" / "with" ends the list of sides', () => {
  it('leaves out the towns of "et entretient des liens avec A, B"', () => {
    const text =
      'Champagnole a signé en 1972 sa charte de jumelage avec Lahr, en Allemagne, et entretient des liens avec Carlow, Tortosa et Sighișoara.';
    const e = agreementFor(text, [['PLACE', 'Champagnole'], ['PLACE', 'Lahr'], ['PLACE', 'Allemagne'], ['PLACE', 'Carlow'], ['PLACE', 'Tortosa'], ['PLACE', 'Sighișoara']]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Champagnole', 'Lahr']));
    expect(e?.parties).not.toContain('Carlow');
    expect(e?.parties).not.toContain('Tortosa');
  });

  it('keeps "avec A et avec B" as one list', () => {
    const text = 'Champagnole a signé le 3 mars une convention de coopération avec Lahr et avec Carlow.';
    const e = agreementFor(text, [['PLACE', 'Champagnole'], ['PLACE', 'Lahr'], ['PLACE', 'Carlow']]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Champagnole', 'Lahr', 'Carlow']));
  });
});
