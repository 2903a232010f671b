import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

describe('a planned agreement named again by "sign the agreement" in a sentence after it', () => {
  it('takes the place and date of that signing (English resolution)', () => {
    const text =
      'Council endorsed the draft twinning agreement between the City of Tamworth and Ichikawa City. It also resolved to authorize the Mayor to sign the agreement in Tamworth in April 2027.';
    const plan = extract(text).events.find((e) => e.type === 'agreement');
    expect(plan?.place).toBe('Tamworth');
    expect(plan?.date).toBe('2027-04');
  });

  it('takes the place of "signer ladite charte à X" (French resolution)', () => {
    const text =
      "Le conseil approuve le projet de charte d'amitié entre la Ville de Cowansville et la commune de Remiremont. La mairesse est autorisée à signer ladite charte à Cowansville en mai 2027.";
    const plan = extract(text).events.find((e) => e.type === 'agreement' && e.kind === "charte d'amitié");
    expect(plan?.place).toBe('Cowansville');
  });

  it('leaves alone a later sentence where something else was signed', () => {
    const text =
      'Council endorsed the draft twinning agreement between the City of Tamworth and Ichikawa City. The Mayor recalled that she had signed the guest book in Ichikawa in April 2019.';
    const plan = extract(text).events.find((e) => e.type === 'agreement');
    expect(plan?.place).toBeUndefined();
  });
});
