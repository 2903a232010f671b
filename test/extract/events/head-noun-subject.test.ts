import { describe, expect, it } from 'vitest';
import { agreementFor, eventsFor } from './entities-for.js';

describe('a side named again by its head noun', () => {
  it('reads "The university also intends to sign … with X" as the first-named university', () => {
    const text =
      'Arden University has signed a memorandum of understanding with Nordby University. The university also intends to sign a letter of intent with Velm Holdings Limited next year.';
    const out = eventsFor(text, [['ORG', 'Arden University'], ['ORG', 'Nordby University'], ['ORG', 'Velm Holdings Limited']], [], 'en');
    expect(out.find((e) => e.kind === 'letter of intent')?.parties).toEqual(['Arden University', 'Velm Holdings Limited']);
  });

  it('reads "Par ailleurs, la Ville prévoit de signer …" as the Ville named before', () => {
    const text =
      "La Ville de Montclar a accueilli une délégation de Varenne. Par ailleurs, la Ville prévoit de signer une convention avec la Chambre de commerce de Varenne au printemps.";
    expect(agreementFor(text, [['ORG', 'Ville de Montclar'], ['PLACE', 'Varenne'], ['ORG', 'Chambre de commerce de Varenne']])?.parties).toEqual(['Ville de Montclar', 'Chambre de commerce de Varenne']);
  });

  it('does not read a head noun deep in the clause as its subject', () => {
    const text =
      'Arden University hosted the visitors. On Monday, after a long tour of the campus and a lunch at the college, Velm Holdings Limited signed a letter of intent with Nordby Port.';
    expect(agreementFor(text, [['ORG', 'Arden University'], ['ORG', 'Velm Holdings Limited'], ['ORG', 'Nordby Port']], [], 'en')?.parties).toEqual(['Velm Holdings Limited', 'Nordby Port']);
  });
});
