import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a body named only as a signer’s office', () => {
  it('is no third side: "A, Chair of the Executive Board of X, signed"', () => {
    const text =
      'The City of Dunmore and Varberg Municipality signed a memorandum of understanding on Monday. Mayor Ann Keane and Lars Berg, Chair of the Executive Board of Varberg, signed the memorandum at City Hall.';
    const [e] = eventsFor(text, [['ORG', 'City of Dunmore'], ['ORG', 'Varberg Municipality'], ['ORG', 'Executive Board of Varberg'], ['PERSON', 'Ann Keane'], ['PERSON', 'Lars Berg'], ['PLACE', 'Varberg']], [], 'en');
    expect(e?.parties).toEqual(['City of Dunmore', 'Varberg Municipality']);
  });

  it('is no third side when the entity is the office itself ("Cathaoirleach of X")', () => {
    const text =
      'Clare County Council and the Maine Office of Tourism signed a memorandum of understanding. The memorandum was signed by the Cathaoirleach of Clare County Council, Cllr Ann Keane, and the Director of the Maine Office of Tourism, Tom Varney.';
    const [e] = eventsFor(text, [['ORG', 'Clare County Council'], ['ORG', 'Maine Office of Tourism'], ['ORG', 'Cathaoirleach of Clare County Council'], ['PERSON', 'Ann Keane'], ['PERSON', 'Tom Varney']], [], 'en');
    expect(e?.parties).toEqual(['Clare County Council', 'Maine Office of Tourism']);
  });

  it('stays a side when the clause names it as one', () => {
    const text =
      'The City of Dunmore, the Port of Dunmore and Varberg Municipality signed a memorandum of understanding on Monday.';
    const [e] = eventsFor(text, [['ORG', 'City of Dunmore'], ['ORG', 'Port of Dunmore'], ['ORG', 'Varberg Municipality']], [], 'en');
    expect(e?.parties).toEqual(['City of Dunmore', 'Port of Dunmore', 'Varberg Municipality']);
  });
});

describe('a body a signer heads, as the second side of an agreement told with one', () => {
  it('reads "le président de B, X, et M. Y ont paraphé une lettre d’intention entre la Ville de A et …"', () => {
    const text =
      "La Chambre de commerce du Jura a reçu les élus lundi. Mardi, le président de la CABV, Paul Ferrand, et M. Luc Marmet ont paraphé une lettre d'intention de coopération entre la Ville de Champagnole et la communauté des bords de Vienne. La Chambre de commerce du Jura a offert le déjeuner.";
    const [e] = eventsFor(text, [['ORG', 'CABV'], ['ORG', 'Ville de Champagnole'], ['ORG', 'Chambre de commerce du Jura'], ['PERSON', 'Paul Ferrand'], ['PERSON', 'Luc Marmet']]);
    expect(e?.parties).toContain('CABV');
  });
});
