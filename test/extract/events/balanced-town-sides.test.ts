import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor, missionFor } from './entities-for.js';

describe('an agreement between a town’s body and a bare town', () => {
  const entities = [
    ['ORG', 'Ville de Brivelle'],
    ['ORG', 'Commune urbaine de Sornac'],
    ['PLACE', 'Brivelle'],
    ['PLACE', 'Sornac'],
  ] as const;

  it('names the other side by its own body too, when the document names it', () => {
    const text =
      'La Commune urbaine de Sornac compte 40 000 habitants. Mardi, la Ville de Brivelle et Sornac ont signé une entente de coopération.';
    const e = agreementFor(text, entities);
    expect(e?.parties).toEqual(expect.arrayContaining(['Ville de Brivelle', 'Commune urbaine de Sornac']));
  });

  it('in English, with a town council on one side', () => {
    const text =
      'The Municipality of Kestel runs the port. ' +
      'Its harbour handles grain, timber and fish, and its quays were rebuilt after the storms of the last decade; the fishing fleet is the largest on that coast, and a ferry crosses the bay twice a day in summer. '.repeat(2) +
      'On Monday, Dunmere Town Council and Kestel signed a friendship agreement.';
    expect(agreementFor(text, [['ORG', 'Municipality of Kestel'], ['ORG', 'Dunmere Town Council'], ['PLACE', 'Kestel'], ['PLACE', 'Dunmere']], [], 'en')?.parties).toEqual(expect.arrayContaining(['Dunmere Town Council', 'Municipality of Kestel']));
  });

  it('keeps the town when the text frames the agreement as between the two towns', () => {
    const text =
      'La Commune urbaine de Sornac compte 40 000 habitants. Mardi, la Ville de Brivelle et Sornac ont signé une entente de coopération entre les deux villes.';
    const e = agreementFor(text, entities);
    expect(e?.parties).not.toContain('Commune urbaine de Sornac');
  });

  it('leaves the town alone when the other side is no town’s body (a chamber)', () => {
    const text =
      'La Commune urbaine de Sornac compte 40 000 habitants. Mardi, la Chambre de commerce de Brivelle et Sornac ont signé une entente de coopération.';
    const e = agreementFor(text, [['ORG', 'Chambre de commerce de Brivelle'], ['ORG', 'Commune urbaine de Sornac'], ['PLACE', 'Sornac']]);
    expect(e?.parties).not.toContain('Commune urbaine de Sornac');
  });
});

describe('a trip named as a town whose own body signs during it', () => {
  const text =
    'Une délégation de Brivelle a séjourné à Sornac du 3 au 6 mai 2026. Le 5 mai 2026, la Ville de Brivelle et la Commune de Sornac ont signé une convention de coopération.';
  const entities = [
    ['ORG', 'Ville de Brivelle'],
    ['ORG', 'Commune de Sornac'],
    ['PLACE', 'Brivelle'],
    ['PLACE', 'Sornac'],
  ] as const;

  it('adds the body beside the town among the trip’s sides', () => {
    const trip = missionFor(text, entities, [dateFor(text, '3 au 6 mai 2026', '2026-05-03/2026-05-06'), dateFor(text, '5 mai 2026', '2026-05-05')]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['Brivelle', 'Ville de Brivelle']));
  });

  it('not for an agreement signed outside the trip’s days', () => {
    const later = text.replace('Le 5 mai 2026', 'Le 25 mai 2026');
    const trip = missionFor(later, entities, [dateFor(later, '3 au 6 mai 2026', '2026-05-03/2026-05-06'), dateFor(later, '25 mai 2026', '2026-05-25')]);
    expect(trip?.parties).not.toContain('Ville de Brivelle');
  });
});
