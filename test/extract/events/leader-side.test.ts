import { describe, expect, it } from 'vitest';
import { eventsFor, missionFor } from './entities-for.js';

describe('a trip travels from its leader’s body', () => {
  it('reads the body in the title after the leader’s name rather than the town inside it', () => {
    const text =
      "Une délégation de cinq personnes, dirigée par Mme Rose Fleury, directrice générale de la Mairie de Jacmel, séjournera à Sherbrooke du 3 au 9 mars.";
    const [e] = eventsFor(text, [['ORG', 'Mairie de Jacmel'], ['PLACE', 'Jacmel'], ['PLACE', 'Sherbrooke'], ['PERSON', 'Rose Fleury']]);
    expect(e?.parties).toEqual(['Mairie de Jacmel', 'Sherbrooke']);
  });

  it('reads the body in the title before the leader’s name, past "le professeur"', () => {
    const text =
      "La cérémonie s'est tenue au pavillon Lionel-Groulx, en présence d'une délégation reçue à Sherbrooke du 7 au 10 octobre. L'entente a été signée par le président de l'Université de Kara, le professeur Koffi Adjo, qui dirigeait la délégation.";
    const trip = missionFor(text, [['PLACE', 'pavillon Lionel-Groulx'], ['PLACE', 'Sherbrooke'], ['ORG', 'Université de Kara'], ['PERSON', 'Koffi Adjo']]);
    expect(trip?.parties).toEqual(['Université de Kara', 'Sherbrooke']);
    expect(trip?.signatories).toEqual(['Koffi Adjo']);
  });
});
