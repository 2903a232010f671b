import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('a trip received by a town body with no place told went to that town', () => {
  it('places a trip whose visitors "ont été accueillis par la Ville de X" in X', () => {
    const text =
      'Une délégation de Morlanges en visite les 9 et 10 mai. Le maire dirigeait une délégation de douze personnes, formée de représentants de la Ville de Morlanges et de la Chambre de commerce de Morlanges. ' +
      'Les visiteurs ont été accueillis par la Ville de Valbrune et par la Chambre de commerce de Valbrune.';
    expect(missionFor(text, [['ORG', 'Ville de Valbrune'], ['ORG', 'Ville de Morlanges'], ['ORG', 'Chambre de commerce de Morlanges'], ['ORG', 'Chambre de commerce de Valbrune'], ['PLACE', 'Morlanges'], ['PLACE', 'Valbrune']])?.place).toBe('Valbrune');
  });

  it('places a trip that "la Ville de X a accueilli" in X', () => {
    const text =
      "Du 2 au 5 mai 2026, la Ville de Valbrune et la Communauté d'agglomération Valbrune Océan ont accueilli une délégation marocaine conduite par M. Karim Dalil, président du conseil communal de Morlanges. " +
      'Elle comprenait également des élus de la Commune de Morlanges.';
    expect(missionFor(text, [['ORG', 'Ville de Valbrune'], ['ORG', "Communauté d'agglomération Valbrune Océan"], ['ORG', 'Commune de Morlanges'], ['PLACE', 'Morlanges'], ['PLACE', 'Valbrune']])?.place).toBe('Valbrune');
  });

  it('does not read a town from a county body that received the trip ("MRC de X")', () => {
    const text =
      'Une délégation de Morlanges en visite les 9 et 10 mai. Le maire dirigeait une délégation de douze personnes, formée de représentants de la Ville de Morlanges et de la Chambre de commerce de Morlanges. ' +
      'Les visiteurs ont été accueillis par la MRC de Valbrune et par la Chambre de commerce régionale.';
    const trip = missionFor(text, [['ORG', 'MRC de Valbrune'], ['ORG', 'Ville de Morlanges'], ['ORG', 'Chambre de commerce de Morlanges'], ['ORG', 'Chambre de commerce régionale'], ['PLACE', 'Morlanges'], ['PLACE', 'Valbrune']]);
    expect(trip).toBeDefined();
    expect(trip?.place).not.toBe('Valbrune');
  });
});
