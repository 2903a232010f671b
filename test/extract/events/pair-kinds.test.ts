import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a pair noun of schools or ports', () => {
  it('reads "les deux lycées" as the two lycées named before', () => {
    const text =
      "Le lycée Jean-Roy de Montclar et le lycée Paul-Gil de Varenne échangent des élèves depuis 2019. Les deux lycées ont signé mardi une convention d'échanges.";
    const out = eventsFor(text, [['ORG', 'lycée Jean-Roy de Montclar'], ['ORG', 'lycée Paul-Gil de Varenne']]);
    expect(out.find((e) => e.type === 'agreement')?.parties).toEqual(['lycée Jean-Roy de Montclar', 'lycée Paul-Gil de Varenne']);
  });

  it('reads "the two ports" as the two ports named before, not the towns', () => {
    const text =
      'Port Arden and Nordby Harbour have traded since 2010, and officials from Arden and Nordby met on Monday. The two ports signed a memorandum of understanding on green shipping.';
    const out = eventsFor(text, [['ORG', 'Port Arden'], ['ORG', 'Nordby Harbour'], ['PLACE', 'Arden'], ['PLACE', 'Nordby']], [], 'en');
    expect(out.find((e) => e.type === 'agreement')?.parties).toEqual(['Port Arden', 'Nordby Harbour']);
  });
});
