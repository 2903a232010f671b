import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('a planned agreement "between X and Y, which will be signed in Z"', () => {
  it('takes the place of the relative clause that tells its signing', () => {
    const text =
      "Prochaine étape : une convention d'échanges entre le collège Saint-Yves et le lycée Port-Vila Sud, qui devrait être signée en mai 2027 à Luganville, lors d'une visite.";
    const specs = [['ORG', 'collège Saint-Yves'], ['ORG', 'lycée Port-Vila Sud'], ['PLACE', 'Luganville']] as const;
    const [e] = eventsFor(text, specs, [dateFor(text, 'mai 2027', '2027-05')]);
    expect(e?.status).toBe('planned');
    expect(e?.place).toBe('Luganville');
  });

  it('reads the English "…, which both expect to sign in Z"', () => {
    const text =
      'The trip prepared the ground for a staff exchange agreement between Tayside College and the University of Lapland, which both institutions expect to sign in Kiruna in May 2027, when a Tayside delegation will travel north.';
    const specs = [['ORG', 'Tayside College'], ['ORG', 'University of Lapland'], ['PLACE', 'Lapland'], ['PLACE', 'Kiruna']] as const;
    const [e] = eventsFor(text, specs, [dateFor(text, 'May 2027', '2027-05')], 'en');
    expect(e?.place).toBe('Kiruna');
  });

  it('still reads a place that describes a party inside the list as its seat', () => {
    const text = "Une convention sera signée en mai 2027 entre le collège Saint-Yves, basé à Luganville, et le lycée Port-Vila Sud.";
    const specs = [['ORG', 'collège Saint-Yves'], ['ORG', 'lycée Port-Vila Sud'], ['PLACE', 'Luganville']] as const;
    const [e] = eventsFor(text, specs, [dateFor(text, 'mai 2027', '2027-05')]);
    expect(e?.place).toBeUndefined();
  });
});
