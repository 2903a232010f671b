import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a place in what an agreement is for', () => {
  it('is not where it was signed', () => {
    const text =
      "L'Université de Tahiti et l'Université de Sherbrooke ont signé une convention qui permettra à des étudiants de faire un stage au Japon.";
    const [e] = eventsFor(text, [['ORG', 'Université de Tahiti'], ['ORG', 'Université de Sherbrooke'], ['PLACE', 'Japon']]);
    expect(e?.place).toBeUndefined();
  });

  it('is, when the relative clause tells the signing', () => {
    const text = 'The Port of Aberdeen and the Port of Bergen extended the agreement which they signed in Oslo in 2019.';
    const out = eventsFor(text, [['ORG', 'Port of Aberdeen'], ['ORG', 'Port of Bergen'], ['PLACE', 'Oslo']], [], 'en');
    expect(out[0]?.place).toBe('Oslo');
  });
});
