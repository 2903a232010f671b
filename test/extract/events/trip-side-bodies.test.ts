import { describe, expect, it } from 'vitest';
import { agreementFor, missionFor } from './entities-for.js';

describe('a trip’s host named by a lower-case description ("reçue par la municipalité de X")', () => {
  it('stays the body beside the town', () => {
    const text =
      'Une délégation de Brivelle a séjourné à Sornac du 3 au 8 mai. Elle a été reçue par la municipalité de Sornac et par la Chambre de commerce de Sornac.';
    const trip = missionFor(text, [['ORG', 'municipalité de Sornac'], ['ORG', 'Chambre de commerce de Sornac'], ['PLACE', 'Brivelle'], ['PLACE', 'Sornac']]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['municipalité de Sornac', 'Chambre de commerce de Sornac', 'Sornac']));
  });

  it('an agreement’s only body of that kind still names the place', () => {
    const text = 'La commune de Sornac a signé une convention de jumelage avec Brivelle le 4 mai.';
    const deal = agreementFor(text, [['ORG', 'commune de Sornac'], ['PLACE', 'Brivelle'], ['PLACE', 'Sornac']]);
    expect(deal?.parties).toContain('Sornac');
    expect(deal?.parties).not.toContain('commune de Sornac');
  });
});

describe('hosts named in a participle set off by a comma after the trip', () => {
  it('"La délégation, accueillie par X et par Y, a visité …"', () => {
    const text =
      'Une délégation de Brivelle a séjourné à Sornac du 3 au 8 mai. La délégation, accueillie par la Ville de Sornac et par le Comité de jumelage de Sornac, a visité le musée.';
    const trip = missionFor(text, [['ORG', 'Ville de Sornac'], ['ORG', 'Comité de jumelage de Sornac'], ['PLACE', 'Brivelle'], ['PLACE', 'Sornac']]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['Ville de Sornac', 'Comité de jumelage de Sornac']));
  });

  it('"The delegation, hosted by X and by Y, toured …"', () => {
    const text =
      'A delegation from Dunmere visited Kestel in May. The delegation, hosted by the Kestel Harbour Trust and by the Kestel Rowing Club, toured the docks.';
    const trip = missionFor(text, [['ORG', 'Kestel Harbour Trust'], ['ORG', 'Kestel Rowing Club'], ['PLACE', 'Dunmere'], ['PLACE', 'Kestel']], [], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Kestel Harbour Trust', 'Kestel Rowing Club']));
  });

  it('not a participle about something other than the trip', () => {
    const text = 'A delegation from Dunmere visited Kestel in May. The festival, hosted by the Kestel Harbour Trust, drew large crowds.';
    const trip = missionFor(text, [['ORG', 'Kestel Harbour Trust'], ['PLACE', 'Dunmere'], ['PLACE', 'Kestel']], [], 'en');
    expect(trip).toBeDefined();
    expect(trip?.parties).not.toContain('Kestel Harbour Trust');
  });

  it('not a participle after a word that only contains a trip word ("commission")', () => {
    const text = 'A delegation from Dunmere visited Kestel in May. The harbour commission, hosted by the Kestel Harbour Trust, drew large crowds.';
    const trip = missionFor(text, [['ORG', 'Kestel Harbour Trust'], ['PLACE', 'Dunmere'], ['PLACE', 'Kestel']], [], 'en');
    expect(trip?.parties).not.toContain('Kestel Harbour Trust');
  });
});

describe('a host cue with a venue between the verb and "par" / "by"', () => {
  it('"Ils ont été reçus à l’hôtel de ville par X"', () => {
    const text = "Une délégation de Brivelle a séjourné à Sornac du 3 au 8 mai. Ils ont été reçus à l'hôtel de ville par la Chambre de commerce de Sornac.";
    const trip = missionFor(text, [['ORG', 'Chambre de commerce de Sornac'], ['PLACE', 'Brivelle'], ['PLACE', 'Sornac']]);
    expect(trip?.parties).toContain('Chambre de commerce de Sornac');
  });

  it('not past a longer stretch of words', () => {
    const text = 'A delegation from Dunmere was in Kestel from May 3 to 7. It was received at the old town hall in the evening by the Kestel Harbour Trust.';
    const trip = missionFor(text, [['ORG', 'Kestel Harbour Trust'], ['PLACE', 'Dunmere'], ['PLACE', 'Kestel']], [], 'en');
    expect(trip).toBeDefined();
    expect(trip?.parties).not.toContain('Kestel Harbour Trust');
  });
});
