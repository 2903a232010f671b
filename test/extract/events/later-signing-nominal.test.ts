import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor } from './entities-for.js';

describe('a planned agreement whose signing the next sentence tells without a pronoun', () => {
  it('takes the place and date after "Une signature est espérée à X"', () => {
    const text =
      "La Ville de Gaspé et la commune de Dinan préparent une charte d'amitié. Une signature est espérée à Dinan au printemps 2027.";
    const specs = [['ORG', 'Ville de Gaspé'], ['ORG', 'commune de Dinan'], ['PLACE', 'Dinan']] as const;
    const e = agreementFor(text, specs, [dateFor(text, '2027', '2027')]);
    expect(e?.status).toBe('planned');
    expect(e?.place).toBe('Dinan');
  });

  it('takes the place after "Le pacte devrait être signé …, à X"', () => {
    const text =
      "La Ville de Gaspé et la commune de Dinan préparent un pacte d'amitié. Le pacte devrait être signé en mai 2027, à Dinan.";
    const specs = [['ORG', 'Ville de Gaspé'], ['ORG', 'commune de Dinan'], ['PLACE', 'Dinan']] as const;
    const e = agreementFor(text, specs, [dateFor(text, 'mai 2027', '2027-05')]);
    expect(e?.place).toBe('Dinan');
  });

  it('takes the place after "both sides expect to sign in X"', () => {
    const text =
      'The Tamworth Chamber and the Nelson Business Council are drafting a memorandum of understanding. Both sides expect to sign in Nelson in March 2027.';
    const specs = [['ORG', 'Tamworth Chamber'], ['ORG', 'Nelson Business Council'], ['PLACE', 'Nelson']] as const;
    const e = agreementFor(text, specs, [dateFor(text, 'March 2027', '2027-03')], 'en');
    expect(e?.place).toBe('Nelson');
  });

  it('takes no place from a sentence about a signature that is no signing to come', () => {
    const text =
      "La Ville de Gaspé et la commune de Dinan préparent une charte d'amitié. Une signature a déjà été recueillie à Dinan pour la pétition.";
    const specs = [['ORG', 'Ville de Gaspé'], ['ORG', 'commune de Dinan'], ['PLACE', 'Dinan']] as const;
    const e = agreementFor(text, specs);
    expect(e?.place).toBeUndefined();
  });
});
