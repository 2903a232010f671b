import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a trip travels from its leader’s body', () => {
  it('reads the body in the title after the leader’s name rather than the town inside it', () => {
    const text =
      "Une délégation de cinq personnes, dirigée par Mme Rose Fleury, directrice générale de la Mairie de Jacmel, séjournera à Sherbrooke du 3 au 9 mars.";
    const [e] = eventsFor(text, [['ORG', 'Mairie de Jacmel'], ['PLACE', 'Jacmel'], ['PLACE', 'Sherbrooke'], ['PERSON', 'Rose Fleury']]);
    expect(e?.parties).toEqual(['Mairie de Jacmel', 'Sherbrooke']);
  });
});
