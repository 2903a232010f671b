import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('a planned agreement whose signing the next sentence tells as a noun', () => {
  it('takes the date and place after "Sa signature pourrait intervenir"', () => {
    const text =
      "La Ville de Pornic et la Commune de Tadine préparent une convention de coopération. Sa signature pourrait intervenir en mai 2027 à Tadine.";
    const specs = [['ORG', 'Ville de Pornic'], ['ORG', 'Commune de Tadine'], ['PLACE', 'Tadine']] as const;
    const [e] = eventsFor(text, specs, [dateFor(text, 'mai 2027', '2027-05')]);
    expect(e?.status).toBe('planned');
    expect(e?.place).toBe('Tadine');
    expect(e?.date).toBe('2027-05');
  });

  it('reads "Signing is expected in …, in X" and "Ça pourrait être signé …, à X"', () => {
    const en = 'The Harbour Trust and the Kelp Institute are drafting a memorandum of understanding. Signing is expected in April 2027, in Stromness.';
    const [a] = eventsFor(en, [['ORG', 'Harbour Trust'], ['ORG', 'Kelp Institute'], ['PLACE', 'Stromness']], [dateFor(en, 'April 2027', '2027-04')], 'en');
    expect(a?.place).toBe('Stromness');
    expect(a?.date).toBe('2027-04');
    const fr = "Le Cégep de Matane prépare une entente avec l'Institut de Tromsø. Ça pourrait être signé à l'automne 2027, à Matane.";
    const [b] = eventsFor(fr, [['ORG', 'Cégep de Matane'], ['ORG', 'Institut de Tromsø'], ['PLACE', 'Matane']], [dateFor(fr, '2027', '2027')]);
    expect(b?.place).toBe('Matane');
  });

  it('leaves alone a next sentence where someone is signing something else', () => {
    const text =
      'The Harbour Trust and the Kelp Institute are drafting a memorandum of understanding. Their director was signing books in Stromness in April 2027.';
    const [e] = eventsFor(text, [['ORG', 'Harbour Trust'], ['ORG', 'Kelp Institute'], ['PLACE', 'Stromness']], [dateFor(text, 'April 2027', '2027-04')], 'en');
    expect(e?.place).toBeUndefined();
  });
});
