import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a participle telling what the agreement does', () => {
  it('keeps its places out of where the agreement was signed', () => {
    const text =
      "Le Collège de Montclar et l'Université de Varenne ont signé une convention de partenariat, permettant à des étudiants de faire un stage en Bretagne.";
    const [e] = eventsFor(text, [['ORG', 'Collège de Montclar'], ['ORG', 'Université de Varenne'], ['PLACE', 'Bretagne']]);
    expect(e?.place).toBeUndefined();
    const english = 'Arden University and Nordby College signed a memorandum of understanding, committing the two institutions to field trials in the Velm Delta.';
    const [en] = eventsFor(english, [['ORG', 'Arden University'], ['ORG', 'Nordby College'], ['PLACE', 'Velm Delta']], [], 'en');
    expect(en?.place).toBeUndefined();
  });

  it('leaves the place told before it', () => {
    const text = 'Arden University and Nordby College signed a memorandum of understanding in Halden, committing the two institutions to field trials in the Velm Delta.';
    const [e] = eventsFor(text, [['ORG', 'Arden University'], ['ORG', 'Nordby College'], ['PLACE', 'Halden'], ['PLACE', 'Velm Delta']], [], 'en');
    expect(e?.place).toBe('Halden');
  });
});
