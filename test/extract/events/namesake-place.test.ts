import { describe, expect, it } from 'vitest';
import { agreementsFor, eventsFor } from './entities-for.js';

describe('a town beside a body named after it', () => {
  it('does not make "Kelso" a party beside "Kelso General Hospital"', () => {
    const text =
      'Ann Vale Clinic and Kelso General Hospital signed a memorandum of understanding on Monday. Under the memorandum, nurses will train in Kelso each spring, and Kelso will host a burns course.';
    const deals = agreementsFor(text, [['PERSON', 'Ann Vale'], ['ORG', 'Kelso General Hospital'], ['PLACE', 'Kelso']], [], 'en');
    expect(deals).toHaveLength(1);
    expect(deals[0]!.parties).not.toContain('Kelso');
    expect(deals[0]!.parties).toContain('Kelso General Hospital');
  });

  it('keeps a town that signs with a body of another town', () => {
    const text = 'La ville de Champagnole et l’Université de Besançon ont signé une convention de stages.';
    const out = eventsFor(text, [['PLACE', 'Champagnole'], ['ORG', 'Université de Besançon']]);
    expect(out[0]!.parties).toEqual(expect.arrayContaining(['Champagnole', 'Université de Besançon']));
  });
});
