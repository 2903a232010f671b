import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor, type Spec } from './entities-for.js';

const specs: Spec[] = [['ORG', 'Vesk Chamber'], ['ORG', 'Orlan Institute'], ['PLACE', 'Portugal'], ['PLACE', 'Morvelle'], ['PLACE', 'Brandois']];

describe('a signing on a day of one leg of a trip that a town heads', () => {
  const text =
    'The Vesk Chamber mission to Portugal ran from May 4 to May 9.\n\nMorvelle (May 4–6). Delegates toured two plants.\n\nBrandois (May 7–9). On Thursday, May 8, the Vesk Chamber and the Orlan Institute signed a memorandum of understanding.';
  const dates = [dateFor(text, 'from May 4 to May 9', '--05-04/--05-09'), dateFor(text, 'May 4–6', '--05-04/--05-06'), dateFor(text, 'May 7–9', '--05-07/--05-09'), dateFor(text, 'May 8', '--05-08')];

  it('was signed in the town of that leg', () => {
    expect(agreementFor(text, specs, dates, 'en')?.place).toBe('Brandois');
  });

  it('takes no town from days that no town heads', () => {
    const plain = `${text.replace('Brandois (May 7–9).', 'Then (May 7–9).').replace('Morvelle (May 4–6)', 'First (May 4–6)')}\n\nThe delegates also met exporters from Morvelle and Brandois.`;
    const plainDates = [dateFor(plain, 'from May 4 to May 9', '--05-04/--05-09'), dateFor(plain, 'May 4–6', '--05-04/--05-06'), dateFor(plain, 'May 7–9', '--05-07/--05-09'), dateFor(plain, 'May 8', '--05-08')];
    const agreement = agreementFor(plain, specs, plainDates, 'en');
    expect(agreement).toBeDefined();
    expect(agreement?.place).not.toBe('Brandois');
  });
});
