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
