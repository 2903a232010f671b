import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('the leader of a trip told in the next sentence', () => {
  it('reads a fronted "Conduite par M. X, elle …"', () => {
    const text =
      "La délégation bretonne a séjourné au Nouveau-Brunswick du 3 au 8 mai. Conduite par M. Yann Kerhervé, elle comprend des élus et des chefs d'entreprise.";
    const [e] = eventsFor(text, [['PLACE', 'Nouveau-Brunswick'], ['PERSON', 'Yann Kerhervé']]);
    expect(e?.signatories).toEqual(['Yann Kerhervé']);
  });

  it('reads "Led by Mayor X, the delegation …"', () => {
    const text = 'A delegation from Tromsø spent a week in Anchorage in June. Led by Mayor Kari Holm, the delegation met fisheries researchers.';
    const [e] = eventsFor(text, [['PLACE', 'Tromsø'], ['PLACE', 'Anchorage'], ['PERSON', 'Kari Holm']], [], 'en');
    expect(e?.signatories).toEqual(['Kari Holm']);
  });
});
