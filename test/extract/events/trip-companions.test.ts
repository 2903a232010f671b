import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('the bodies that accompany a trip travel with it', () => {
  it('adds "accompagnée de la X et de Y" to the travelling side', () => {
    const text =
      "La mairie de Kribi a reçu du 4 au 9 mai une délégation de la Ville de Dinan, conduite par le maire Paul Rio et accompagnée de l'Institut Rance Formation et de l'association Dinan Solidaire.";
    const e = missionFor(text, [['ORG', 'mairie de Kribi'], ['ORG', 'Ville de Dinan'], ['ORG', 'Institut Rance Formation'], ['ORG', 'Dinan Solidaire'], ['PERSON', 'Paul Rio']]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Ville de Dinan', 'Institut Rance Formation', 'Dinan Solidaire']));
  });

  it('adds "together with X, the Y and 20 firms" in a sentence that names the trip again', () => {
    const text =
      'Kestrel sends a trade mission to Peru this week. Trade Minister Ana Bell is leading the mission from 3 to 8 June, together with Invest Kestrel, the Kestrel Chamber of Industry and 20 local firms.';
    const e = missionFor(text, [['ORG', 'Invest Kestrel'], ['ORG', 'Kestrel Chamber of Industry'], ['PERSON', 'Ana Bell'], ['PLACE', 'Peru'], ['PLACE', 'Kestrel']], [], 'en');
    expect(e?.parties).toEqual(expect.arrayContaining(['Invest Kestrel', 'Kestrel Chamber of Industry', 'Peru']));
  });

  it('leaves out the partner of a signing told with "together with"', () => {
    const text =
      'A delegation from Kestrel visited Lima from 3 to 8 June. During the visit the mayor signed a memorandum together with the Lima Port Authority.';
    const e = missionFor(text, [['ORG', 'Lima Port Authority'], ['PLACE', 'Kestrel'], ['PLACE', 'Lima']], [], 'en');
    expect(e?.parties).not.toContain('Lima Port Authority');
  });
});
