import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a signing at the premises of a body', () => {
  it('is placed in the town the body is named after', () => {
    const text =
      "La Fédération des artisans du Jura et l'Union des potiers de Nabeul ont signé une charte au siège de la Chambre des métiers de Delémont.";
    const [e] = eventsFor(text, [
      ['ORG', 'Fédération des artisans du Jura'],
      ['ORG', 'Union des potiers de Nabeul'],
      ['ORG', 'Chambre des métiers de Delémont'],
      ['PLACE', 'Delémont'],
    ]);
    expect(e?.place).toBe('Delémont');
  });

  it('is placed in that town in English too', () => {
    const text = 'The Guild of Glassmakers and the Murano Craft Union signed a memorandum at the offices of the Chamber of Commerce of Bristol.';
    const [e] = eventsFor(
      text,
      [['ORG', 'Guild of Glassmakers'], ['ORG', 'Murano Craft Union'], ['ORG', 'Chamber of Commerce of Bristol'], ['PLACE', 'Bristol']],
      [],
      'en',
    );
    expect(e?.place).toBe('Bristol');
  });
});
