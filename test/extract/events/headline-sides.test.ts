import { describe, expect, it } from 'vitest';
import { agreementsFor } from './entities-for.js';

describe('sides that only a headline names', () => {
  it('drops the countries a headline names when the body names the two towns', () => {
    const text =
      "SÉNÉGAL/ LA BELGIQUE RENOUVELLE SON JUMELAGE AVEC THIÈS\n\nSignée le 4 mai 1970, la charte de jumelage entre Thiès et Namur a été renouvelée le 2 mars 2024 à Thiès.";
    for (const e of agreementsFor(text, [['PLACE', 'Sénégal', 'SÉNÉGAL'], ['PLACE', 'Belgique', 'BELGIQUE'], ['PLACE', 'Thiès', 'THIÈS'], ['PLACE', 'Namur']])) expect(e.parties).toEqual(['Thiès', 'Namur']);
  });
});
