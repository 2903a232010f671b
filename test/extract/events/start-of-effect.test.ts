import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor } from './entities-for.js';

describe('a date that says when an agreement takes effect', () => {
  it('"dès la rentrée 2027" does not date a signing told on a day before', () => {
    const text =
      "Deux textes ont été signés jeudi 4 juin à Rimouski. Le Cégep de Rimouski et le Lycée de Brest ont conclu une entente d'échange, qui accueillera des élèves dès la rentrée 2027.";
    const dates = [dateFor(text, 'jeudi 4 juin', '--06-04'), dateFor(text, '2027', '2027')];
    expect(agreementFor(text, [['ORG', 'Cégep de Rimouski'], ['ORG', 'Lycée de Brest'], ['PLACE', 'Rimouski']], dates)?.date).toBe('--06-04');
  });

  it('"from autumn 2026" in English', () => {
    const text =
      'Two texts were signed on Monday, May 4. The Halden Chamber of Commerce and Tillford College signed a memorandum of understanding, which will place the first apprentices from autumn 2026.';
    const dates = [dateFor(text, 'Monday, May 4', '--05-04'), dateFor(text, '2026', '2026')];
    expect(agreementFor(text, [['ORG', 'Halden Chamber of Commerce'], ['ORG', 'Tillford College']], dates, 'en')?.date).toBe('--05-04');
  });

  it('the years an agreement runs, "d\'une durée de cinq ans (2026-2031)", are no signing date', () => {
    const text =
      "Trois textes ont été signés le 3 mars à Vichy. Les villes de Vichy et de Sherbrooke ont signé un protocole de coopération d'une durée de cinq ans (2026-2031).";
    const dates = [dateFor(text, '3 mars', '--03-03'), dateFor(text, '2026-2031', '2026/2031')];
    expect(agreementFor(text, [['PLACE', 'Vichy'], ['PLACE', 'Sherbrooke']], dates)?.date).toBe('--03-03');
  });
});
