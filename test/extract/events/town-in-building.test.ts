import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('an agreement signed in a building named after its town', () => {
  it('was signed in that town, not in the region named beside a side', () => {
    const text = 'Hallam Borough and the Vesk Regional Municipality in Ontario, Canada, signed a friendship agreement on Monday at Hallam City Hall.';
    const [e] = eventsFor(text, [['ORG', 'Hallam Borough'], ['ORG', 'Vesk Regional Municipality'], ['PLACE', 'Ontario'], ['PLACE', 'Canada'], ['PLACE', 'Hallam City Hall'], ['PLACE', 'Hallam']], [], 'en');
    expect(e?.place).toBe('Hallam');
  });

  it('takes no town from a building whose name holds none', () => {
    const text = 'Hallam Borough and the Vesk Regional Municipality signed a friendship agreement on Monday at the Riverside Arts Centre, in Ontario.';
    const [e] = eventsFor(text, [['ORG', 'Hallam Borough'], ['ORG', 'Vesk Regional Municipality'], ['PLACE', 'Ontario'], ['PLACE', 'Riverside Arts Centre']], [], 'en');
    expect(e?.place).toBe('Ontario');
  });
});

describe('an abbey or a library as the building of a signing', () => {
  it("was signed in the town an abbey's name holds", () => {
    const text = "La Ville de Morvelle et la Ville de Brandois ont signé un protocole d'amitié le 5 mai à l'abbaye de Brandois.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Morvelle'], ['ORG', 'Ville de Brandois'], ['PLACE', 'abbaye de Brandois'], ['PLACE', 'Brandois']], [], 'fr');
    expect(e?.place).toBe('Brandois');
  });

  it('takes no town from a library named after a person, and falls back to the dateline', () => {
    const text = 'HALLAM — Hallam University and Vesk College signed a memorandum on Tuesday at the Jane R. Ostler Library.';
    const [e] = eventsFor(text, [['PLACE', 'HALLAM', 'Hallam'], ['ORG', 'Hallam University'], ['ORG', 'Vesk College'], ['PLACE', 'Jane R. Ostler Library']], [], 'en');
    expect(e?.place).toBe('HALLAM');
  });

  it('keeps a library-less site as the place when nothing else places the signing', () => {
    const text = 'Hallam University and Vesk College signed a memorandum on Tuesday at Ostler Square.';
    const [e] = eventsFor(text, [['ORG', 'Hallam University'], ['ORG', 'Vesk College'], ['PLACE', 'Ostler Square']], [], 'en');
    expect(e?.place).toBe('Ostler Square');
  });
});
