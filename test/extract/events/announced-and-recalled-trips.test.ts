import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../../src/extract/dates/extract-dates.js';
import { extractEvents } from '../../../src/extract/events/extract-events.js';
import { splitSentences } from '../../../src/extract/text/split-sentences.js';
import { dateFor, entitiesFor, missionsFor, type Spec } from './entities-for.js';

describe('a trip announced with "doit se rendre"', () => {
  it('is a trip, where it goes named or not', () => {
    const text = [
      'Enfin, une délégation de la Ville de Lorient doit se rendre sur place en mai 2027 pour poursuivre les échanges.',
      'La Ville de Campbellton prépare déjà son accueil, et la Ville de Campbellton en assumera les frais.',
    ].join(' ');
    const trips = missionsFor(text, [['ORG', 'Ville de Lorient'], ['ORG', 'Ville de Campbellton']], [dateFor(text, 'mai 2027', '2027-05')]);
    expect(trips).toHaveLength(1);
    expect(trips[0]!.parties[0]).toBe('Ville de Lorient');
    expect(trips[0]!.date).toBe('2027-05');
  });
});

function tripsWithCountries(text: string, specs: readonly Spec[], dates: DateMention[] = []) {
  const entities = entitiesFor(text, specs).map((e) => (e.type === 'PLACE' ? { ...e, geo: { lat: 0, lon: 0, country: 'FR' } } : e));
  return extractEvents({ text, language: 'fr', sentences: splitSentences(text), entities, dates }).filter((e) => e.type === 'mission');
}

describe('a trip announced, then a dated one told as made', () => {
  const specs: Spec[] = [['ORG', 'Ville de Rimouski'], ['PLACE', 'France'], ['PLACE', 'Brest'], ['PERSON', 'Lise Caron', 'Caron']];

  it('are two trips, and the relative clause names the leader of the first', () => {
    const text = [
      'La charte serait signée pendant une mission de retour que dirigera la mairesse Caron en France.',
      "En 2019, une mission exploratoire de la Ville de Rimouski s'était rendue à Brest, sans qu'aucun texte ne soit signé.",
      'La mairesse Lise Caron en garde un bon souvenir.',
    ].join(' ');
    const trips = tripsWithCountries(text, specs, [dateFor(text, '2019', '2019')]);
    expect(trips).toHaveLength(2);
    expect(trips.find((e) => e.place === 'France')?.signatories).toEqual(['Lise Caron']);
    expect(trips.find((e) => e.place === 'Brest')?.date).toBe('2019');
  });

  it('stays one trip when the later telling is not dated', () => {
    const text = [
      'La charte serait signée pendant une mission de retour que dirigera la mairesse Caron en France.',
      "Une mission de la Ville de Rimouski se rendra d'abord à Brest.",
      'La mairesse Lise Caron en garde un bon souvenir.',
    ].join(' ');
    expect(tripsWithCountries(text, specs)).toHaveLength(1);
  });
});
