import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a lower-case group of people is no body', () => {
  it('reads "la délégation bretonne au X" and "la communauté italienne de Y" as people', () => {
    const text = 'Le voyage a conduit la délégation bretonne au Québec. La communauté italienne de Laval les a reçus.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Québec'), placeAt(text, 'Laval')])).toEqual([]);
  });

  it('keeps bodies whose adjective names their kind', () => {
    const text = 'La délégation générale du Québec à Rome et la communauté urbaine de Lille ont signé.';
    const places = [placeAt(text, 'Québec'), placeAt(text, 'Rome'), placeAt(text, 'Lille')];
    expect(namesOf(text, 'ORG', 'fr', places)).toEqual(['communauté urbaine de Lille', 'délégation générale du Québec à Rome']);
  });

  it('reads "la délégation de X" with no kind adjective as the people who travel', () => {
    const text = 'La délégation des Pays de la Loire, conduite par sa présidente, séjourne en Acadie du 3 au 8 mai.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Pays de la Loire'), placeAt(text, 'Acadie')])).toEqual([]);
  });
});
